/// One option of a choice item or one point of a scale.
public struct AnswerOption: Codable, Sendable, Hashable {
    /// Stable code, used in the API, storage and exports.
    public var code: String
    /// What the respondent reads.
    public var label: LocalizedText
    /// When true, choosing this option opens an "other, namely …" text field.
    public var specify: Bool

    public init(code: String, label: LocalizedText, specify: Bool = false) {
        self.code = code
        self.label = label
        self.specify = specify
    }

    enum CodingKeys: String, CodingKey { case code, label, specify }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        label = try container.decode(LocalizedText.self, forKey: .label)
        specify = try container.decodeIfPresent(Bool.self, forKey: .specify) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(label, forKey: .label)
        if specify { try container.encode(true, forKey: .specify) }
    }
}
