// The codebook: hierarchical codes with description, colour and whether they came from the
// topic list (deductive) or from the data (inductive).
import Foundation

/// Whether a code was set up in advance from the topic list or grew out of the data.
public enum CodeOrigin: String, Sendable, Hashable, Codable, CaseIterable {
    case deductive, inductive
}

/// One code. `id` is a GUID (REFI-QDA identifies codes by GUID); `parentID` nil for a top code.
public struct Code: Sendable, Hashable, Codable, Identifiable {
    public var id: UUID
    public var name: String
    public var description: String?
    /// "#RRGGBB" or nil.
    public var colour: String?
    public var origin: CodeOrigin
    public var parentID: UUID?
    /// False for a grouping code that cannot be applied itself (REFI `isCodable`).
    public var isCodable: Bool

    public init(
        id: UUID = UUID(), name: String, description: String? = nil, colour: String? = nil,
        origin: CodeOrigin = .inductive, parentID: UUID? = nil, isCodable: Bool = true
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.colour = colour
        self.origin = origin
        self.parentID = parentID
        self.isCodable = isCodable
    }
}

/// Problems a codebook can have, each naming the code.
public enum CodebookProblem: Error, Sendable, Hashable, CustomStringConvertible {
    case emptyName(UUID)
    case duplicateID(UUID)
    case unknownParent(code: String, parent: UUID)
    case cycle(code: String)
    case duplicateSibling(name: String)
    case invalidColour(code: String, colour: String)

    public var description: String {
        switch self {
        case .emptyName(let id): "code \(id.uuidString) has no name"
        case .duplicateID(let id): "two codes have the id \(id.uuidString)"
        case .unknownParent(let code, let parent): "code \"\(code)\" names parent \(parent.uuidString), which is not in the codebook"
        case .cycle(let code): "code \"\(code)\" is its own ancestor"
        case .duplicateSibling(let name): "two codes under one parent are both named \"\(name)\""
        case .invalidColour(let code, let colour): "code \"\(code)\": colour \"\(colour)\" is not #RRGGBB"
        }
    }
}

/// A codebook: codes in display order (a parent before its children is not required).
public struct Codebook: Sendable, Hashable, Codable {
    public var codes: [Code]
    public init(codes: [Code] = []) { self.codes = codes }

    public func code(_ id: UUID) -> Code? { codes.first { $0.id == id } }

    /// Direct children of a code (nil: the top codes), in codebook order.
    public func children(of parent: UUID?) -> [Code] { codes.filter { $0.parentID == parent } }

    /// The code and all its descendants.
    public func subtree(of id: UUID) -> Set<UUID> {
        var out: Set<UUID> = [id], frontier = [id]
        while let next = frontier.popLast() {
            for c in codes where c.parentID == next && out.insert(c.id).inserted { frontier.append(c.id) }
        }
        return out
    }

    /// Names from the top down to the code: ["Ervaringskennis", "Inzetten"].
    public func path(of id: UUID) -> [String] {
        var names: [String] = [], seen = Set<UUID>(), current = code(id)
        while let c = current, seen.insert(c.id).inserted {
            names.append(c.name)
            current = c.parentID.flatMap { code($0) }
        }
        return names.reversed()
    }

    /// The codes depth-first (parents before children), each with its depth — the display order.
    /// A code whose parent is not in the codebook is shown at the top; a cycle is cut.
    public func outline() -> [(code: Code, depth: Int)] {
        let known = Set(codes.map(\.id))
        let children = Dictionary(grouping: codes, by: { $0.parentID.flatMap { known.contains($0) ? $0 : nil } })
        var out: [(Code, Int)] = [], emitted = Set<UUID>()
        func visit(_ parent: UUID?, _ depth: Int) {
            for c in children[parent] ?? [] where emitted.insert(c.id).inserted {
                out.append((c, depth))
                visit(c.id, depth + 1)
            }
        }
        visit(nil, 0)
        return out
    }

    /// Every problem, not only the first.
    public func problems() -> [CodebookProblem] {
        var out: [CodebookProblem] = []
        var ids = Set<UUID>()
        for c in codes where !ids.insert(c.id).inserted { out.append(.duplicateID(c.id)) }
        var siblings = Set<String>()
        for c in codes {
            if c.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { out.append(.emptyName(c.id)) }
            if let p = c.parentID, !ids.contains(p) { out.append(.unknownParent(code: c.name, parent: p)) }
            let key = (c.parentID?.uuidString ?? "-") + "\u{1F}" + c.name.lowercased()
            if !siblings.insert(key).inserted { out.append(.duplicateSibling(name: c.name)) }
            if let colour = c.colour, !Codebook.isColour(colour) { out.append(.invalidColour(code: c.name, colour: colour)) }
            var seen: Set<UUID> = [c.id], current = c.parentID
            while let p = current {
                if !seen.insert(p).inserted { out.append(.cycle(code: c.name)); break }
                current = code(p)?.parentID
            }
        }
        return out
    }

    /// Distinct, readable highlight colours, given out in turn to new codes (and the template's themes).
    public static let highlightColours = [
        "#f4c542", "#7cc4f4", "#f49a7c", "#9be39b", "#d7a6f2", "#f2a6c8", "#a6e3e0", "#e0c9a6", "#c9d98c", "#b4b8f0",
    ]

    /// The n-th highlight colour (cycling).
    public static func highlightColour(_ n: Int) -> String { highlightColours[abs(n) % highlightColours.count] }

    /// "#RRGGBB".
    public static func isColour(_ s: String) -> Bool {
        s.count == 7 && s.first == "#" && s.dropFirst().allSatisfy(\.isHexDigit)
    }
}
