// Participants of interviews and focus groups: a label used in quotes (Prof8, Stud6, Cl5), one or
// more overlapping types, and typed attributes (REFI-QDA variables).

/// The kinds of participant in the study. They overlap: a student may also be an expert by
/// experience. Custom types are allowed (any lowercase identifier).
public struct ParticipantType: RawRepresentable, Sendable, Hashable, Codable, Comparable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let professional = ParticipantType(rawValue: "professional")
    public static let student = ParticipantType(rawValue: "student")
    public static let client = ParticipantType(rawValue: "client")
    public static let expertByExperience = ParticipantType(rawValue: "expert_by_experience")
    /// The built-in types, in display order.
    public static let builtIn: [ParticipantType] = [.professional, .student, .client, .expertByExperience]

    public static func < (a: ParticipantType, b: ParticipantType) -> Bool {
        let ia = builtIn.firstIndex(of: a) ?? builtIn.count, ib = builtIn.firstIndex(of: b) ?? builtIn.count
        return ia != ib ? ia < ib : a.rawValue < b.rawValue
    }
}

/// The value types of REFI-QDA variables (`VariableType` in the Project schema).
public enum VariableType: String, Sendable, Hashable, Codable, CaseIterable {
    case text = "Text", boolean = "Boolean", integer = "Integer", float = "Float", date = "Date", dateTime = "DateTime"
}

/// An attribute that participants (REFI cases) may have: "age band", "sector", "own experience".
public struct Variable: Sendable, Hashable, Codable {
    public var name: String
    public var type: VariableType
    public var description: String?
    public init(name: String, type: VariableType, description: String? = nil) {
        self.name = name
        self.type = type
        self.description = description
    }
}

/// One attribute value of a participant. Dates are ISO 8601 text ("2023-03-14",
/// "2023-03-14T10:00:00Z"), as REFI writes them.
public enum VariableValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case text(String), boolean(Bool), integer(Int), float(Double), date(String), dateTime(String)

    public var type: VariableType {
        switch self {
        case .text: .text
        case .boolean: .boolean
        case .integer: .integer
        case .float: .float
        case .date: .date
        case .dateTime: .dateTime
        }
    }

    /// The value as text (what a filter compares and a page shows).
    public var description: String {
        switch self {
        case .text(let s), .date(let s), .dateTime(let s): s
        case .boolean(let b): b ? "true" : "false"
        case .integer(let i): String(i)
        case .float(let d): String(d)
        }
    }

    /// Parses text as a value of `type`; nil when it does not fit.
    public static func parse(_ text: String, as type: VariableType) -> VariableValue? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch type {
        case .text: return .text(t)
        case .boolean:
            switch t.lowercased() {
            case "true", "1", "yes", "ja", "waar": return .boolean(true)
            case "false", "0", "no", "nee", "onwaar": return .boolean(false)
            default: return nil
            }
        case .integer: return Int(t).map { .integer($0) }
        case .float: return Double(t.replacingOccurrences(of: ",", with: ".")).map { .float($0) }
        case .date:
            return t.count == 10 && t.split(separator: "-").count == 3 ? .date(t) : nil
        case .dateTime: return t.contains("T") ? .dateTime(t) : nil
        }
    }
}

/// A participant: the label used in quotes, types and attribute values by variable name.
public struct Participant: Sendable, Hashable, Codable {
    public var label: String
    public var types: [ParticipantType]
    public var attributes: [String: VariableValue]
    public init(label: String, types: [ParticipantType] = [], attributes: [String: VariableValue] = [:]) {
        self.label = label
        self.types = types
        self.attributes = attributes
    }
}
