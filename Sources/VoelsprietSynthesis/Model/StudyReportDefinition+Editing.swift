import Foundation

/// The edits the composer page makes, each on one section or block named by id. An id that is
/// not there throws `EditError.notFound`, naming it; nothing is changed then.
extension StudyReportDefinition {
    public enum EditError: Error, Equatable, CustomStringConvertible {
        case notFound(UUID)

        public var description: String {
            switch self {
            case .notFound(let id): "no section or block \(id.uuidString.lowercased()) in this report"
            }
        }
    }

    public enum Direction: String, Sendable { case up, down }

    public mutating func addSection(_ section: ReportSection, after: UUID? = nil) {
        if let after, let index = sections.firstIndex(where: { $0.id == after }) {
            sections.insert(section, at: index + 1)
        } else {
            sections.append(section)
        }
    }

    public mutating func renameSection(_ id: UUID, title: String) throws {
        sections[try sectionIndex(id)].title = title
    }

    public mutating func removeSection(_ id: UUID) throws {
        sections.remove(at: try sectionIndex(id))
    }

    public mutating func moveSection(_ id: UUID, _ direction: Direction) throws {
        let index = try sectionIndex(id)
        let target = direction == .up ? index - 1 : index + 1
        guard sections.indices.contains(target) else { return }
        sections.swapAt(index, target)
    }

    public mutating func addBlock(_ block: ReportBlock, to section: UUID) throws {
        sections[try sectionIndex(section)].blocks.append(block)
    }

    public mutating func replaceBlock(_ block: ReportBlock) throws {
        let (s, b) = try blockIndex(block.id)
        sections[s].blocks[b] = block
    }

    public mutating func removeBlock(_ id: UUID) throws {
        let (s, b) = try blockIndex(id)
        sections[s].blocks.remove(at: b)
    }

    /// Moves a block within its section, or to the neighbouring section at its edge.
    public mutating func moveBlock(_ id: UUID, _ direction: Direction) throws {
        let (s, b) = try blockIndex(id)
        switch direction {
        case .up where b > 0: sections[s].blocks.swapAt(b, b - 1)
        case .down where b < sections[s].blocks.count - 1: sections[s].blocks.swapAt(b, b + 1)
        case .up where s > 0: sections[s - 1].blocks.append(sections[s].blocks.remove(at: b))
        case .down where s < sections.count - 1: sections[s + 1].blocks.insert(sections[s].blocks.remove(at: b), at: 0)
        default: break
        }
    }

    public func block(_ id: UUID) -> ReportBlock? {
        guard let (s, b) = try? blockIndex(id) else { return nil }
        return sections[s].blocks[b]
    }

    func sectionIndex(_ id: UUID) throws -> Int {
        guard let index = sections.firstIndex(where: { $0.id == id }) else { throw EditError.notFound(id) }
        return index
    }

    func blockIndex(_ id: UUID) throws -> (Int, Int) {
        for (s, section) in sections.enumerated() {
            if let b = section.blocks.firstIndex(where: { $0.id == id }) { return (s, b) }
        }
        throw EditError.notFound(id)
    }
}
