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
    /// Options of a `single`, `dropdown` or `multiple` item.
    public var options: [AnswerOption]?
    /// Name of the shared scale of a `scale` item.
    public var scale: String?
    /// Longest accepted answer of a `text` item, in characters.
    public var maxLength: Int?
    /// Shown only when this holds (in addition to its section's condition).
    public var showIf: Condition?
    /// The published figure this item corresponds to, such as `tno2023:T5.2`.
    public var reference: String?
    /// Whether the options are shown in an order of their own for each respondent (exclusive
    /// and specify options keep their place).
    public var randomize: Bool
    /// Numeric items: whole or decimal numbers (default whole).
    public var format: NumberFormat?
    /// Numeric items: smallest and largest accepted answer.
    public var min: Double?
    public var max: Double?
    /// Numeric items: the unit shown after the field ("uur", "jaar").
    public var unit: LocalizedText?
    /// Date items: earliest and latest accepted date, `YYYY-MM-DD`.
    public var earliest: String?
    public var latest: String?

    public init(
        id: String, type: ItemType, text: LocalizedText, help: LocalizedText? = nil, required: Bool = false,
        options: [AnswerOption]? = nil, scale: String? = nil, maxLength: Int? = nil, showIf: Condition? = nil,
        reference: String? = nil, randomize: Bool = false, format: NumberFormat? = nil, min: Double? = nil,
        max: Double? = nil, unit: LocalizedText? = nil, earliest: String? = nil, latest: String? = nil
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
        self.randomize = randomize
        self.format = format
        self.min = min
        self.max = max
        self.unit = unit
        self.earliest = earliest
        self.latest = latest
    }

    enum CodingKeys: String, CodingKey {
        case id, type, text, help, required, options, scale, maxLength, showIf, reference, randomize, format, min, max,
            unit, earliest, latest
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
        randomize = try container.decodeIfPresent(Bool.self, forKey: .randomize) ?? false
        format = try container.decodeIfPresent(NumberFormat.self, forKey: .format)
        min = try container.decodeIfPresent(Double.self, forKey: .min)
        max = try container.decodeIfPresent(Double.self, forKey: .max)
        unit = try container.decodeIfPresent(LocalizedText.self, forKey: .unit)
        earliest = try container.decodeIfPresent(String.self, forKey: .earliest)
        latest = try container.decodeIfPresent(String.self, forKey: .latest)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(help, forKey: .help)
        if required { try container.encode(true, forKey: .required) }
        try container.encodeIfPresent(options, forKey: .options)
        try container.encodeIfPresent(scale, forKey: .scale)
        try container.encodeIfPresent(maxLength, forKey: .maxLength)
        try container.encodeIfPresent(showIf, forKey: .showIf)
        try container.encodeIfPresent(reference, forKey: .reference)
        if randomize { try container.encode(true, forKey: .randomize) }
        try container.encodeIfPresent(format, forKey: .format)
        try container.encodeIfPresent(min, forKey: .min)
        try container.encodeIfPresent(max, forKey: .max)
        try container.encodeIfPresent(unit, forKey: .unit)
        try container.encodeIfPresent(earliest, forKey: .earliest)
        try container.encodeIfPresent(latest, forKey: .latest)
    }

    /// Default longest free-text answer, in characters.
    public static let defaultMaxLength = 4000

    /// The effective longest free-text answer.
    public var effectiveMaxLength: Int { maxLength ?? Self.defaultMaxLength }

    /// The effective number format of a numeric item.
    public var numberFormat: NumberFormat { format ?? .integer }
}
