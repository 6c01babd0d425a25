import Foundation

/// Writes records as RIS, the tagged format every reference manager imports.
///
/// Each line is `TAG  - value` (two letters, two spaces, hyphen, space) ending in CRLF, as the
/// RIS specification asks; a record starts with `TY` and ends with `ER  - `, with a blank line
/// between records. Repeatable tags get one line per value (`AU` per author, `KW` per keyword).
/// Tags used: TY, ID (our record id), TI, AU, PY, T2 (journal), VL, IS, SP, EP, DO, AN (PubMed
/// id), SN, KW, AB, LA, UR, DB (source database). Line breaks inside values become spaces.
/// Checked by reading our output with rispy (see `Fixtures/Export/README.md`).
public enum RISWriter {
    public static func write(_ records: [LiteratureRecord]) -> String {
        var out = ""
        for record in records {
            for (tag, value) in fields(record) { out += line(tag, value) }
            out += "ER  - \r\n\r\n"
        }
        return out
    }

    private static func line(_ tag: String, _ value: String) -> String {
        let flat = value.components(separatedBy: .newlines).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        return "\(tag)  - \(flat)\r\n"
    }

    private static func fields(_ r: LiteratureRecord) -> [(String, String)] {
        var fields: [(String, String)] = [("TY", ExportReferenceType(r.type).ris), ("ID", r.id)]
        func add(_ tag: String, _ value: String?) {
            if let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { fields.append((tag, value)) }
        }
        add("TI", r.title)
        for author in r.authors { add("AU", author) }
        add("PY", r.year.map(String.init))
        add("T2", r.journal)
        add("VL", r.volume)
        add("IS", r.issue)
        add("SP", r.pageRange?.first)
        add("EP", r.pageRange?.last)
        add("DO", r.doi)
        add("AN", r.pmid)
        add("SN", r.issn)
        for keyword in r.keywords { add("KW", keyword) }
        add("AB", r.abstract)
        add("LA", r.language)
        add("UR", r.url)
        add("DB", r.database)
        return fields
    }
}
