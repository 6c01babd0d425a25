/// Which column of a delimited export holds which record field. Header names are compared
/// after lower-casing and dropping everything but letters and digits, so `Article Title`,
/// `article_title` and `ARTICLE TITLE ` all match `articletitle`. For each field the first
/// name of its list that is present wins (so `Title` beats `Original Title` in Embase CSV, and
/// `Source title` beats `Source` in Scopus CSV).
struct ColumnMap: Sendable {
    enum Field: CaseIterable, Sendable {
        case title, abstract, doi, authors, year, journal, volume, issue
        case pageStart, pageEnd, pages, pmid, keywords, issn, url, language, type
    }

    /// Accepted header names per field, best first (generic names, Scopus, Web of Science
    /// tab-delimited tags, RIS tags as column names, Zotero, EndNote, ASReview).
    static let names: [Field: [String]] = [
        .title: ["title", "primarytitle", "articletitle", "documenttitle", "ti", "t1"],
        .abstract: ["abstract", "notesabstract", "abstractnote", "ab", "n2"],
        .doi: ["doi", "di", "do"],
        .authors: ["authors", "author", "authorfullnames", "authornames", "firstauthors", "au", "af", "a1"],
        .year: ["year", "publicationyear", "py", "pubyear", "yr", "y1", "date", "publicationdate", "da", "dp"],
        .journal: ["sourcetitle", "journal", "journaltitle", "secondarytitle", "publicationtitle", "so", "t2", "jo", "jf", "source"],
        .volume: ["volume", "vl", "vi"],
        .issue: ["issue", "is", "ip", "number"],
        .pageStart: ["pagestart", "startpage", "bp", "sp"],
        .pageEnd: ["pageend", "endpage", "ep"],
        .pages: ["pages", "pg"],
        .pmid: ["pmid", "pubmedid", "pm"],
        .keywords: ["keywords", "authorkeywords", "kw", "de", "manualtags"],
        .issn: ["issn", "sn", "isbnissn", "eissn", "ei"],
        .url: ["url", "link", "ur"],
        .language: ["language", "languageoforiginaldocument", "la"],
        .type: ["documenttype", "itemtype", "referencetype", "typeofreference", "type", "dt", "ty", "pt"],
    ]

    private(set) var columns: [Field: Int] = [:]
    /// Normalised header names, in column order.
    let normalizedHeader: [String]

    init(header: [String]) {
        normalizedHeader = header.map(Self.normalize)
        var position: [String: Int] = [:]
        for (index, name) in normalizedHeader.enumerated() where position[name] == nil {
            position[name] = index
        }
        for (field, candidates) in Self.names {
            if let index = candidates.lazy.compactMap({ position[$0] }).first {
                columns[field] = index
            }
        }
    }

    /// True when the table has a title, an abstract or a DOI column.
    var hasTextColumn: Bool {
        columns[.title] != nil || columns[.abstract] != nil || columns[.doi] != nil
    }

    func contains(_ normalizedName: String) -> Bool { normalizedHeader.contains(normalizedName) }

    func value(_ field: Field, in row: [String]) -> String? {
        guard let index = columns[field], index < row.count else { return nil }
        return FieldNormalizer.nonEmpty(row[index])
    }

    static func normalize(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter {
            $0.properties.isAlphabetic || ("0"..."9").contains($0)
        }))
    }
}
