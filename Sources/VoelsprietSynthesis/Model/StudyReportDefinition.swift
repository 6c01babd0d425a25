import Foundation

/// A study report as the researcher composed it: a title and sections of blocks. It holds no
/// data: every number is pulled from the study when the report is composed.
public struct StudyReportDefinition: Sendable, Hashable, Codable {
    public var title: String
    public var subtitle: String?
    public var sections: [ReportSection]

    public init(title: String, subtitle: String? = nil, sections: [ReportSection] = []) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
    }

    /// Size limits: a report is written by people, so these are generous, but a hostile post
    /// cannot make a definition that takes minutes to compose.
    public enum Limits {
        public static let sections = 200
        public static let blocksPerSection = 200
        public static let markdownCharacters = 200_000
        public static let titleCharacters = 300
        public static let quotesPerBlock = 200
    }

    /// Every block, with its section.
    public var blocks: [(section: ReportSection, block: ReportBlock)] {
        sections.flatMap { section in section.blocks.map { (section, $0) } }
    }

    /// What is wrong with this definition, each problem naming its place; empty when it can
    /// be stored.
    public func problems() -> [DefinitionProblem] {
        var problems: [DefinitionProblem] = []
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.init(place: "title", message: .emptyTitle)) }
        if title.count > Limits.titleCharacters { problems.append(.init(place: "title", message: .tooLong(Limits.titleCharacters))) }
        if sections.count > Limits.sections { problems.append(.init(place: "sections", message: .tooMany(Limits.sections))) }
        var seen = Set<UUID>()
        for (index, section) in sections.enumerated() {
            let place = "section \(index + 1)"
            if section.title.count > Limits.titleCharacters { problems.append(.init(place: place, message: .tooLong(Limits.titleCharacters))) }
            if section.blocks.count > Limits.blocksPerSection { problems.append(.init(place: place, message: .tooMany(Limits.blocksPerSection))) }
            if !seen.insert(section.id).inserted { problems.append(.init(place: place, message: .duplicateID)) }
            for (blockIndex, block) in section.blocks.enumerated() {
                let blockPlace = "\(place), block \(blockIndex + 1)"
                if !seen.insert(block.id).inserted { problems.append(.init(place: blockPlace, message: .duplicateID)) }
                problems += block.problems().map { DefinitionProblem(place: blockPlace, message: $0) }
            }
        }
        return problems
    }
}

/// One section of a report (e.g. one per research question).
public struct ReportSection: Sendable, Hashable, Codable, Identifiable {
    public var id: UUID
    public var title: String
    public var blocks: [ReportBlock]

    public init(id: UUID = UUID(), title: String, blocks: [ReportBlock] = []) {
        self.id = id
        self.title = title
        self.blocks = blocks
    }
}

/// A problem in a definition and where it is.
public struct DefinitionProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Message: Sendable, Hashable {
        case emptyTitle
        case tooLong(Int)
        case tooMany(Int)
        case duplicateID
        case missingField(String)
        case outOfRange(String)
    }

    public var place: String
    public var message: Message

    public init(place: String, message: Message) {
        self.place = place
        self.message = message
    }

    public var description: String {
        switch message {
        case .emptyTitle: "\(place): the title is empty"
        case .tooLong(let limit): "\(place): longer than \(limit) characters"
        case .tooMany(let limit): "\(place): more than \(limit) entries"
        case .duplicateID: "\(place): an id used twice"
        case .missingField(let field): "\(place): '\(field)' is required for this kind of block"
        case .outOfRange(let field): "\(place): '\(field)' is out of range"
        }
    }
}

extension ReportBlock {
    /// The fields this kind needs, present and within limits.
    func problems() -> [DefinitionProblem.Message] {
        var problems: [DefinitionProblem.Message] = []
        switch kind {
        case .text:
            if markdown == nil { problems.append(.missingField("markdown")) }
        case .quickscanTable, .quickscanChart:
            if (item ?? "").isEmpty { problems.append(.missingField("item")) }
        case .quotes:
            if codeID == nil { problems.append(.missingField("code")) }
            if (codingIDs?.count ?? 0) > StudyReportDefinition.Limits.quotesPerBlock { problems.append(.tooMany(StudyReportDefinition.Limits.quotesPerBlock)) }
        case .focusGroupFragments:
            if codeID == nil { problems.append(.missingField("code")) }
            if let limit, !(1...500).contains(limit) { problems.append(.outOfRange("limit")) }
        case .prismaFlow, .includedSources, .quickscanSignificant, .agreement:
            break
        }
        if (markdown?.count ?? 0) > StudyReportDefinition.Limits.markdownCharacters {
            problems.append(.tooLong(StudyReportDefinition.Limits.markdownCharacters))
        }
        if (caption?.count ?? 0) > StudyReportDefinition.Limits.titleCharacters {
            problems.append(.tooLong(StudyReportDefinition.Limits.titleCharacters))
        }
        return problems
    }
}
