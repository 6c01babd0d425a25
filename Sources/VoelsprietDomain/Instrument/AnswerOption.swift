/// One option of a choice item or one point of a scale.
public struct AnswerOption: Codable, Sendable, Hashable {
    /// Stable code, used in the API, storage and exports.
    public var code: String
    /// What the respondent reads.
    public var label: LocalizedText
    /// A short label for tables and group names in reports ("Ervaring" for a long option text).
    public var short: LocalizedText?
    /// When true, choosing this option opens an "other, namely …" text field.
    public var specify: Bool
    /// When true (multiple items), this option cannot be combined with any other ("nobody", "don't know").
    /// Exclusive and specify options also keep their place when the item's order is randomised.
    public var exclusive: Bool

    public init(code: String, label: LocalizedText, short: LocalizedText? = nil, specify: Bool = false, exclusive: Bool = false) {
        self.code = code
        self.label = label
        self.short = short
        self.specify = specify
        self.exclusive = exclusive
    }

    enum CodingKeys: String, CodingKey { case code, label, short, specify, exclusive }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        label = try container.decode(LocalizedText.self, forKey: .label)
        short = try container.decodeIfPresent(LocalizedText.self, forKey: .short)
        specify = try container.decodeIfPresent(Bool.self, forKey: .specify) ?? false
        exclusive = try container.decodeIfPresent(Bool.self, forKey: .exclusive) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(label, forKey: .label)
        try container.encodeIfPresent(short, forKey: .short)
        if specify { try container.encode(true, forKey: .specify) }
        if exclusive { try container.encode(true, forKey: .exclusive) }
    }

    /// The label for tables and group names: the short label when there is one.
    public func shortLabel(in language: String) -> String { (short ?? label).text(in: language) }

    /// Whether the option stays in place when the item's options are shuffled.
    public var staysInPlace: Bool { exclusive || specify }
}
