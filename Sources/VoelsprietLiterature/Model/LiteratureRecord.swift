// The bibliographic record every part of the literature review works on: import produces it,
// deduplication groups it, screening and prioritisation read its title and abstract, exports
// write it back out. Pure value type, no I/O.

/// One record as read from a database export (or added by hand).
///
/// Field contents are kept as the source gave them (trimmed of surrounding whitespace, internal
/// line breaks of continuation lines joined by a single space); normalisation for matching
/// happens in deduplication, never here, so an export writes back what was read.
public struct LiteratureRecord: Sendable, Equatable, Hashable, Codable {
    /// Stable id within an import: assigned by the importer (`<file-stem>-<n>` on the CLI, a
    /// database id once stored).
    public var id: String
    public var title: String?
    public var abstract: String?
    /// Authors in source order, each as the source wrote it ("Smith, J. A.", "J. A. Smith").
    public var authors: [String]
    public var year: Int?
    public var journal: String?
    public var volume: String?
    public var issue: String?
    public var pages: String?
    /// Bare DOI ("10.1000/xyz"), without a resolver prefix.
    public var doi: String?
    public var pmid: String?
    /// Extra fields worth keeping for exports and review (keywords, ISSN, URL, language, type).
    public var keywords: [String]
    public var issn: String?
    public var url: String?
    public var language: String?
    /// Reference type as given (RIS `TY`, BibTeX entry type, ...), e.g. "JOUR", "article".
    public var type: String?
    /// File name the record came from (no folders).
    public var sourceFile: String?
    /// The bibliographic database it came from, as detected (see `LiteratureDatabase`).
    public var database: String?

    public init(
        id: String, title: String? = nil, abstract: String? = nil, authors: [String] = [],
        year: Int? = nil, journal: String? = nil, volume: String? = nil, issue: String? = nil,
        pages: String? = nil, doi: String? = nil, pmid: String? = nil, keywords: [String] = [],
        issn: String? = nil, url: String? = nil, language: String? = nil, type: String? = nil,
        sourceFile: String? = nil, database: String? = nil
    ) {
        self.id = id
        self.title = title
        self.abstract = abstract
        self.authors = authors
        self.year = year
        self.journal = journal
        self.volume = volume
        self.issue = issue
        self.pages = pages
        self.doi = doi
        self.pmid = pmid
        self.keywords = keywords
        self.issn = issn
        self.url = url
        self.language = language
        self.type = type
        self.sourceFile = sourceFile
        self.database = database
    }

    /// The JSON keys of `voelspriet lit import --out records.jsonl` (an interface: keep them).
    public enum CodingKeys: String, CodingKey {
        case id, title, abstract, authors, year, journal, volume, issue, pages, doi, pmid
        case keywords, issn, url, language, type
        case sourceFile = "source_file"
        case database
    }

    /// Missing keys read as empty (`authors`, `keywords`) or nil; only `id` is required, so
    /// JSON lines from other tools can be read.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        abstract = try c.decodeIfPresent(String.self, forKey: .abstract)
        authors = try c.decodeIfPresent([String].self, forKey: .authors) ?? []
        year = try c.decodeIfPresent(Int.self, forKey: .year)
        journal = try c.decodeIfPresent(String.self, forKey: .journal)
        volume = try c.decodeIfPresent(String.self, forKey: .volume)
        issue = try c.decodeIfPresent(String.self, forKey: .issue)
        pages = try c.decodeIfPresent(String.self, forKey: .pages)
        doi = try c.decodeIfPresent(String.self, forKey: .doi)
        pmid = try c.decodeIfPresent(String.self, forKey: .pmid)
        keywords = try c.decodeIfPresent([String].self, forKey: .keywords) ?? []
        issn = try c.decodeIfPresent(String.self, forKey: .issn)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        type = try c.decodeIfPresent(String.self, forKey: .type)
        sourceFile = try c.decodeIfPresent(String.self, forKey: .sourceFile)
        database = try c.decodeIfPresent(String.self, forKey: .database)
    }

    /// Every key is written, absent values as `null`, so each JSON line has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(abstract, forKey: .abstract)
        try c.encode(authors, forKey: .authors)
        try c.encode(year, forKey: .year)
        try c.encode(journal, forKey: .journal)
        try c.encode(volume, forKey: .volume)
        try c.encode(issue, forKey: .issue)
        try c.encode(pages, forKey: .pages)
        try c.encode(doi, forKey: .doi)
        try c.encode(pmid, forKey: .pmid)
        try c.encode(keywords, forKey: .keywords)
        try c.encode(issn, forKey: .issn)
        try c.encode(url, forKey: .url)
        try c.encode(language, forKey: .language)
        try c.encode(type, forKey: .type)
        try c.encode(sourceFile, forKey: .sourceFile)
        try c.encode(database, forKey: .database)
    }
}

/// Databases an export can be recognised as coming from. The raw value is what is stored and
/// written to `database` in JSON lines.
public enum LiteratureDatabase: String, Sendable, CaseIterable, Codable {
    case pubmed = "PubMed"
    case scopus = "Scopus"
    case psycinfo = "PsycINFO"
    case embase = "Embase"
    case webOfScience = "Web of Science"
    case proquest = "ProQuest"
    case ebsco = "EBSCO"
    case ovid = "Ovid"
    case zotero = "Zotero"
    case endnote = "EndNote"
    case mendeley = "Mendeley"
    case other = "other"
    /// Added by hand (grey literature): a source of its own in the PRISMA flow.
    case manual = "manual"
}
