import Foundation

/// Writes records as BibTeX entries with stable, readable citation keys.
///
/// Keys are first author's family name + year + first significant title word, lower-case
/// ASCII (`smith2019child`; `anon` without authors, `nd` without a year). When several records
/// in one file share a key, all of them get a suffix a, b, c … in input order (`smith2019childa`,
/// `smith2019childb`), as author–year styles do; so a key never depends on records after it
/// except for whether it needs a suffix. Field values are wrapped in braces with the BibTeX/LaTeX
/// specials escaped (`{ } & % $ # _` by a backslash, `\ ~ ^` by text commands); non-ASCII text
/// is kept as UTF-8 (biber and bibtexparser read it; classic bibtex needs `inputenc`). `url`
/// and `doi` are written verbatim apart from braces, because LaTeX's url handling expects raw
/// `_` and `%`. Page ranges use `--`.
public enum BibTeXWriter {
    public static func write(_ records: [LiteratureRecord]) -> String {
        let keys = citationKeys(records)
        return zip(records, keys).map { entry($0, key: $1) }.joined(separator: "\n")
    }

    /// The key of each record, in order, unique within `records`.
    public static func citationKeys(_ records: [LiteratureRecord]) -> [String] {
        let bases = records.map(baseKey)
        var totals: [String: Int] = [:]
        for base in bases { totals[base, default: 0] += 1 }
        var used: [String: Int] = [:]
        return bases.map { base in
            guard totals[base]! > 1 else { return base }
            let index = used[base, default: 0]
            used[base] = index + 1
            return base + suffix(index)
        }
    }

    /// a … z, then aa, ab … (spreadsheet-column style) for the rare 27th duplicate.
    private static func suffix(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var n = index
        var out = ""
        repeat {
            out = String(letters[n % 26]) + out
            n = n / 26 - 1
        } while n >= 0
        return out
    }

    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "on", "in", "and", "for", "to", "with", "from", "by", "at", "as", "is", "are",
        "de", "het", "een", "van", "en", "voor", "over", "met", "bij", "op", "der", "die", "das", "la", "le", "les",
    ]

    static func baseKey(_ record: LiteratureRecord) -> String {
        let author = record.authors.first.map(familyName).map(asciiLetters) ?? ""
        let words = (record.title ?? "").split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { asciiLetters(String($0)) }
        let word = words.first { !$0.isEmpty && !stopWords.contains($0) } ?? ""
        return (author.isEmpty ? "anon" : author) + (record.year.map(String.init) ?? "nd") + word
    }

    /// "Smith, J. A." → "Smith"; "J. A. Smith" → "Smith"; "van der Berg, A." → "van der Berg".
    static func familyName(_ author: String) -> String {
        if let comma = author.firstIndex(of: ",") { return String(author[..<comma]) }
        return author.split(separator: " ").last.map(String.init) ?? author
    }

    /// Lower-case ASCII letters and digits only, diacritics folded ("Müller-Lüdenscheidt" → "mullerludenscheidt").
    static func asciiLetters(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
        return String(folded.unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.map(Character.init))
    }

    private static func entry(_ r: LiteratureRecord, key: String) -> String {
        var fields: [(String, String)] = []
        func add(_ name: String, _ value: String?, verbatim: Bool = false) {
            guard let value = value?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return }
            let flat = value.components(separatedBy: .newlines).joined(separator: " ")
            fields.append((name, verbatim ? flat.filter { $0 != "{" && $0 != "}" } : escape(flat)))
        }
        add("author", r.authors.isEmpty ? nil : r.authors.joined(separator: " and "))
        add("title", r.title)
        add("journal", r.journal)
        add("year", r.year.map(String.init))
        add("volume", r.volume)
        add("number", r.issue)
        add("pages", r.pageRange.map { range in range.last.map { "\(range.first)--\($0)" } ?? range.first })
        add("doi", r.doi, verbatim: true)
        add("issn", r.issn)
        add("pmid", r.pmid)
        add("keywords", r.keywords.isEmpty ? nil : r.keywords.joined(separator: ", "))
        add("abstract", r.abstract)
        add("language", r.language)
        add("url", r.url, verbatim: true)
        let body = fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n")
        return "@\(ExportReferenceType(r.type).bibtex){\(key),\n\(body)\n}\n"
    }

    /// Escapes the characters that are special to BibTeX or LaTeX.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\textbackslash{}"
            case "{", "}", "&", "%", "$", "#", "_": out += "\\" + String(character)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            default: out.append(character)
            }
        }
        return out
    }
}
