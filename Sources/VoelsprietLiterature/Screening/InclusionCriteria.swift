import Foundation

/// The eligibility criteria of a review, structured so that the screening page can show them
/// and the simple ones (language, years) can be checked against a record automatically.
/// A protocol amendment is a new value with a higher `version`.
public struct InclusionCriteria: Sendable, Hashable, Codable {
    public var version: Int
    /// Short label of this version ("first round", "widened to addiction care and mental health").
    public var label: String
    /// Accepted publication languages as ISO 639-1 codes ("en", "nl"); empty: any.
    public var languages: [String]
    public var fromYear: Int?
    public var toYear: Int?
    /// What a source must be about.
    public var topics: [String]
    /// The fields of practice that count.
    public var settings: [String]
    /// Further criteria in words, shown to reviewers.
    public var freeCriteria: [String]

    public init(
        version: Int, label: String, languages: [String] = [], fromYear: Int? = nil, toYear: Int? = nil,
        topics: [String] = [], settings: [String] = [], freeCriteria: [String] = []
    ) {
        self.version = version
        self.label = label
        self.languages = languages
        self.fromYear = fromYear
        self.toYear = toYear
        self.topics = topics
        self.settings = settings
        self.freeCriteria = freeCriteria
    }
}

/// A criterion a record visibly fails, from its metadata alone.
public enum CriterionFailure: Sendable, Hashable, CustomStringConvertible {
    case language(String)
    case tooOld(year: Int, fromYear: Int)
    case tooNew(year: Int, toYear: Int)

    public var description: String {
        switch self {
        case .language(let language): "language '\(language)' is not among the accepted languages"
        case .tooOld(let year, let fromYear): "published \(year), before \(fromYear)"
        case .tooNew(let year, let toYear): "published \(year), after \(toYear)"
        }
    }
}

extension InclusionCriteria {
    /// Metadata checks only: language (when the record states one we recognise) and year. A
    /// record without language or year passes; reviewers judge the rest.
    public func automaticFailures(_ record: LiteratureRecord) -> [CriterionFailure] {
        var failures: [CriterionFailure] = []
        if !languages.isEmpty, let stated = record.language, let code = Self.languageCode(stated),
            !languages.contains(code)
        {
            failures.append(.language(stated))
        }
        if let year = record.year {
            if let fromYear, year < fromYear { failures.append(.tooOld(year: year, fromYear: fromYear)) }
            if let toYear, year > toYear { failures.append(.tooNew(year: year, toYear: toYear)) }
        }
        return failures
    }

    /// ISO 639-1 code for the spellings databases use ("English", "eng", "en", "Dutch", "dut",
    /// "nld", "Nederlands", ...); nil when not recognised.
    static func languageCode(_ text: String) -> String? {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        let table: [String: String] = [
            "en": "en", "eng": "en", "english": "en", "engels": "en",
            "nl": "nl", "dut": "nl", "nld": "nl", "dutch": "nl", "nederlands": "nl", "flemish": "nl",
            "de": "de", "ger": "de", "deu": "de", "german": "de", "duits": "de",
            "fr": "fr", "fre": "fr", "fra": "fr", "french": "fr", "frans": "fr",
            "es": "es", "spa": "es", "spanish": "es",
        ]
        return table[key]
    }
}
