/// One question of an instrument.
public struct InstrumentItem: Codable, Sendable, Hashable {
    /// Stable identifier (`^[a-z][a-z0-9_]*$`), unique in the instrument.
    public var id: String
    public var type: ItemType
    /// The question as the respondent reads it.
    public var text: LocalizedText
    /// Optional help shown under the question.
    public var help: LocalizedText?
    /// Whether a visible item must be answered.
    public var required: Bool
    /// Options of a `single` or `multiple` item.
    public var options: [AnswerOption]?
    /// Name of the shared scale of a `scale` item.
    public var scale: String?
    /// Longest accepted answer of a `text` item, in characters.
    public var maxLength: Int?
    /// Shown only when this holds (in addition to its section's condition).
    public var showIf: Condition?
    /// The published figure this item corresponds to, such as `tno2023:T5.2`.
    public var reference: String?

    public init(
        id: String, type: ItemType, text: LocalizedText, help: LocalizedText? = nil, required: Bool = false,
        options: [AnswerOption]? = nil, scale: String? = nil, maxLength: Int? = nil, showIf: Condition? = nil,
        reference: String? = nil
    ) {
        self.id = id
        self.type = type
        self.text = text
        self.help = help
        self.required = required
        self.options = options
        self.scale = scale
        self.maxLength = maxLength
        self.showIf = showIf
        self.reference = reference
    }

    enum CodingKeys: String, CodingKey {
        case id, type, text, help, required, options, scale, maxLength, showIf, reference
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        type = try container.decode(ItemType.self, forKey: .type)
        text = try container.decode(LocalizedText.self, forKey: .text)
        help = try container.decodeIfPresent(LocalizedText.self, forKey: .help)
        required = try container.decodeIfPresent(Bool.self, forKey: .required) ?? false
        options = try container.decodeIfPresent([AnswerOption].self, forKey: .options)
        scale = try container.decodeIfPresent(String.self, forKey: .scale)
        maxLength = try container.decodeIfPresent(Int.self, forKey: .maxLength)
        showIf = try container.decodeIfPresent(Condition.self, forKey: .showIf)
        reference = try container.decodeIfPresent(String.self, forKey: .reference)
    }

    /// Default longest free-text answer, in characters.
    public static let defaultMaxLength = 4000

    /// The effective longest free-text answer.
    public var effectiveMaxLength: Int { maxLength ?? Self.defaultMaxLength }
}
