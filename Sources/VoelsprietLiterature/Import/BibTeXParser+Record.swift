import Foundation

/// BibTeX field mapping.
extension BibTeXParser.Entry {
    /// Title `title`; abstract `abstract`; authors `author` split on `and` outside braces
    /// (so `{Barnes and Noble}` stays one); year `year` > `date`; journal `journal` >
    /// `journaltitle` > `booktitle`; issue `number` > `issue`; pages with `--` as `-`; keywords
    /// split on `;` or `,`; type the entry type as written (lower case).
    func record(id: String) -> LiteratureRecord {
        var record = LiteratureRecord(id: id)
        record.type = type
        record.title = text("title")
        record.abstract = text("abstract")
        record.authors = Self.splitAuthors(value("author") ?? "").map(LaTeXText.decode).filter { !$0.isEmpty }
        record.year = FieldNormalizer.year(text("year") ?? text("date"))
        record.journal = text("journal", "journaltitle", "booktitle")
        record.volume = text("volume")
        record.issue = text("number", "issue")
        record.pages = text("pages")?.replacingOccurrences(of: "--", with: "-")
        record.doi = FieldNormalizer.doi(text("doi"))
        record.pmid = text("pmid")
        if let keywords = text("keywords", "keyword") {
            let separator: Character = keywords.contains(";") ? ";" : ","
            record.keywords = keywords.split(separator: separator).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
        record.issn = text("issn")
        record.url = text("url")
        record.language = text("language", "langid")
        return record
    }

    private func text(_ names: String...) -> String? {
        for name in names {
            if let raw = fields.first(where: { $0.name == name })?.value {
                let decoded = LaTeXText.decode(raw)
                if !decoded.isEmpty { return decoded }
            }
        }
        return nil
    }

    /// Splits on the word `and` (any case) between whitespace at brace depth 0.
    static func splitAuthors(_ raw: String) -> [String] {
        let chars = Array(raw)
        var parts: [String] = []
        var current = ""
        var depth = 0
        var k = 0
        while k < chars.count {
            let c = chars[k]
            if c == "{" { depth += 1 } else if c == "}" { depth -= 1 }
            if depth == 0, c.isWhitespace, k + 4 < chars.count,
               String(chars[(k + 1)...(k + 3)]).lowercased() == "and", chars[k + 4].isWhitespace {
                parts.append(current)
                current = ""
                k += 5
                continue
            }
            current.append(c)
            k += 1
        }
        parts.append(current)
        return parts.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }
}
