/// Unvalidated answers keyed by field name (`item` or `item.option` for specify texts).
public struct RawAnswers: Sendable, Hashable, Codable {
    public var fields: [String: RawValue]

    public init(_ fields: [String: RawValue] = [:]) {
        self.fields = fields
    }

    public subscript(field: String) -> RawValue? {
        get { fields[field] }
        set { fields[field] = newValue }
    }

    /// Builds raw answers from repeated form fields, as a browser posts them.
    ///
    /// A field given once becomes a string, a field given more than once a list.
    public init(formPairs: [(String, String)]) {
        var collected: [String: [String]] = [:]
        var order: [String] = []
        for (name, value) in formPairs {
            if collected[name] == nil { order.append(name) }
            collected[name, default: []].append(value)
        }
        var fields: [String: RawValue] = [:]
        for name in order {
            let values = collected[name]!
            fields[name] = values.count == 1 ? .string(values[0]) : .list(values)
        }
        self.fields = fields
    }

    public init(from decoder: any Decoder) throws {
        fields = try decoder.singleValueContainer().decode([String: RawValue].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(fields)
    }
}
