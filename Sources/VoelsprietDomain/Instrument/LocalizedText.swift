/// A text in several languages, keyed by language code ("nl", "en").
///
/// Encoded in instrument files as a plain JSON object: `{"nl": "…", "en": "…"}`.
public struct LocalizedText: Codable, Sendable, Hashable {
    /// The texts by language code.
    public var values: [String: String]

    /// Creates a text from a language-to-text dictionary.
    public init(_ values: [String: String]) {
        self.values = values
    }

    /// The text in `language`, falling back to Dutch, then to any language present.
    public func text(in language: String) -> String {
        if let value = values[language], !value.isEmpty { return value }
        if let value = values["nl"], !value.isEmpty { return value }
        return values.values.sorted().first ?? ""
    }

    /// Languages in `languages` for which this text is missing or blank.
    public func missingLanguages(of languages: [String]) -> [String] {
        languages.filter { (values[$0] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    public init(from decoder: any Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: String].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}
