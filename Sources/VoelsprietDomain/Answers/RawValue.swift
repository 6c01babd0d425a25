/// An unvalidated answer as it arrives: one string, or a list of strings.
public enum RawValue: Sendable, Hashable, Codable {
    case string(String)
    case list([String])

    /// The strings, whatever the shape.
    public var strings: [String] {
        switch self {
        case .string(let value): return [value]
        case .list(let values): return values
        }
    }

    /// True when nothing was filled in: an empty or blank string, or an empty list.
    public var isBlank: Bool {
        switch self {
        case .string(let value): return Self.isBlank(value)
        case .list(let values): return values.allSatisfy(Self.isBlank)
        }
    }

    // On the intake path for every field: a scalar scan, not Foundation's trimming.
    static func isBlank(_ text: String) -> Bool {
        // Fast path: a printable ASCII first byte settles it without Unicode property lookups.
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(String.self) {
            self = .string(value)
        } else {
            self = .list(try container.decode([String].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .list(let values): try container.encode(values)
        }
    }
}
