import Foundation

/// A record's kind of publication, recognised from whatever `LiteratureRecord.type` holds (an
/// RIS code, a BibTeX entry type, or a database's wording such as "Journal Article").
enum ExportReferenceType: Sendable, Hashable {
    case journalArticle, book, chapter, conferencePaper, report, thesis, webPage, generic

    /// nil or unrecognised types count as journal articles: that is what databases export.
    init(_ type: String?) {
        let key = (type ?? "").lowercased().filter { $0.isLetter }
        switch key {
        case "", "jour", "article", "journalarticle", "ejour", "review", "mgzn", "magazinearticle": self = .journalArticle
        case "book", "ebook", "edbook": self = .book
        case "chap", "echap", "incollection", "inbook", "bookchapter", "booksection": self = .chapter
        case "conf", "cpaper", "inproceedings", "conferencepaper", "proceedings": self = .conferencePaper
        case "rprt", "report", "techreport", "govdoc": self = .report
        case "thes", "thesis", "phdthesis", "mastersthesis", "dissertation": self = .thesis
        case "elec", "web", "webpage", "online", "blog": self = .webPage
        default: self = .generic
        }
    }

    var ris: String {
        switch self {
        case .journalArticle: "JOUR"
        case .book: "BOOK"
        case .chapter: "CHAP"
        case .conferencePaper: "CPAPER"
        case .report: "RPRT"
        case .thesis: "THES"
        case .webPage: "ELEC"
        case .generic: "GEN"
        }
    }

    var bibtex: String {
        switch self {
        case .journalArticle: "article"
        case .book: "book"
        case .chapter: "incollection"
        case .conferencePaper: "inproceedings"
        case .report: "techreport"
        case .thesis: "phdthesis"
        case .webPage, .generic: "misc"
        }
    }
}

extension LiteratureRecord {
    /// First and last page from "123-130", "123–130" or "123"; nil when there are no pages.
    var pageRange: (first: String, last: String?)? {
        guard let pages = pages?.trimmingCharacters(in: .whitespaces), !pages.isEmpty else { return nil }
        let parts = pages.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        guard let first = parts.first else { return nil }
        return (first, parts.count > 1 ? parts.last : nil)
    }
}
