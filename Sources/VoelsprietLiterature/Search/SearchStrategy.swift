/// A Boolean search: concept blocks combined with AND (terms within a block with OR), an
/// optional block of terms to exclude (NOT), the fields free text is searched in, and optional
/// publication-year and language limits. Render it for a database with `query(for:)`.
public struct SearchStrategy: Sendable, Hashable, Codable {
    /// Where free-text terms are looked for.
    public enum Fields: String, Sendable, Hashable, Codable, CaseIterable {
        case title
        case titleAbstract
        /// Title, abstract and author keywords (Scopus `TITLE-ABS-KEY`, PubMed `[tiab]` or `[ot]`,
        /// Ovid `.ti,ab,id.`).
        case titleAbstractKeywords
    }

    public var blocks: [ConceptBlock]
    /// Records matching any of these terms are removed (rendered last, as Scopus advises for AND NOT).
    public var exclude: ConceptBlock?
    public var fields: Fields
    /// First publication year included, if any.
    public var fromYear: Int?
    /// Last publication year included, if any.
    public var toYear: Int?
    /// Languages to limit to; empty means no language limit.
    public var languages: [SearchLanguage]

    public init(
        blocks: [ConceptBlock], exclude: ConceptBlock? = nil, fields: Fields = .titleAbstract,
        fromYear: Int? = nil, toYear: Int? = nil, languages: [SearchLanguage] = []
    ) {
        self.blocks = blocks
        self.exclude = exclude
        self.fields = fields
        self.fromYear = fromYear
        self.toYear = toYear
        self.languages = languages
    }

    /// The query in the database's own syntax (a single line for PubMed and Scopus, numbered
    /// lines joined by `\n` for Ovid). Throws when a block has nothing searchable there (for
    /// example only MeSH headings, rendered for Scopus) or the year range is reversed.
    public func query(for database: SearchDatabase) throws(SearchStrategyError) -> String {
        try validate()
        switch database {
        case .pubmed: return try pubmedQuery()
        case .scopus: return try scopusQuery()
        case .psycinfoOvid: return try ovidLines().joined(separator: "\n")
        }
    }

    func validate() throws(SearchStrategyError) {
        if blocks.isEmpty { throw .noBlocks }
        if let fromYear, let toYear, fromYear > toYear { throw .reversedYears(from: fromYear, to: toYear) }
    }
}

/// Databases a strategy can be rendered for.
public enum SearchDatabase: String, Sendable, Hashable, Codable, CaseIterable {
    case pubmed = "PubMed"
    case scopus = "Scopus"
    /// APA PsycINFO on the Ovid platform (line-numbered search history).
    case psycinfoOvid = "PsycINFO (Ovid)"
}

/// Publication languages with the spelling each database's limit expects.
public enum SearchLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    case english, dutch, german, french

    /// PubMed `[lang]` value and Ovid language limit word: "English", "Dutch", ...
    var name: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// Why a strategy cannot be rendered.
public enum SearchStrategyError: Error, Sendable, Hashable, CustomStringConvertible {
    case noBlocks
    /// A block has no term that the database can search (block name, database).
    case emptyBlock(name: String, database: SearchDatabase)
    case reversedYears(from: Int, to: Int)

    public var description: String {
        switch self {
        case .noBlocks: "a search strategy needs at least one concept block"
        case .emptyBlock(let name, let database):
            "block '\(name)' has no term that \(database.rawValue) can search (only headings of another thesaurus?)"
        case .reversedYears(let from, let to): "the year range \(from)–\(to) is reversed"
        }
    }
}
