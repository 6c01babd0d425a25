import Foundation
import VoelsprietLiterature

/// Loading of the deduplication fixtures and shared test sets.
enum DedupFixtures {
    struct HardCase: Decodable {
        var name: String
        var duplicate: Bool
        var records: [LiteratureRecord]
    }

    static func hardCases() throws -> [HardCase] {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        url.deleteLastPathComponent()
        url.appendPathComponent("Fixtures/Dedup/hard_cases.json")
        return try JSONDecoder().decode([HardCase].self, from: Data(contentsOf: url))
    }

    /// Text of a shared file; the ASySD CSV is Latin-1 (one "©"), the others UTF-8.
    static func text(_ relativePath: String) throws -> String {
        let data = try Data(contentsOf: SharedData.url(relativePath))
        return String(data: data, encoding: .utf8) ?? String(decoding: data, as: UTF8.self)
    }

    static func latin1(_ relativePath: String) throws -> String {
        let data = try Data(contentsOf: SharedData.url(relativePath))
        return String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1)!
    }

    /// Rows of a CSV as dictionaries keyed by the trimmed header; "NA" and empty cells are nil.
    static func table(_ text: String) throws -> [[String: String]] {
        let rows = try DelimitedText.rows(text, delimiter: ",")
        guard let header = rows.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces) }) else { return [] }
        return rows.dropFirst().map { row in
            var result: [String: String] = [:]
            for (name, value) in zip(header, row.fields) {
                let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty && trimmed != "NA" { result[name] = trimmed }
            }
            return result
        }
    }

    /// The ASySD test set as records plus the ground truth of each (`source`: "unique" for the
    /// record kept of each study, "duplicate" for the others).
    static func asysd() throws -> (records: [LiteratureRecord], truth: [String]) {
        let table = try table(latin1("dedup/ASySD/labelled_test_set.csv"))
        let records = table.map { row in
            LiteratureRecord(
                id: row["record_id"] ?? "", title: row["title"], abstract: row["abstract"],
                authors: splitConcatenatedAuthors(row["author"] ?? ""), year: row["year"].flatMap { Int($0) },
                journal: row["journal"], volume: row["volume"], issue: row["number"], pages: row["pages"],
                doi: row["doi"], issn: row["isbn"])
        }
        return (records, table.map { $0["source"] ?? "" })
    }

    /// The ASySD CSV writes each author list as one string without separators
    /// ("Adeli K.Lewis G. F."): a new author starts where a period is directly followed by a
    /// capital letter.
    static func splitConcatenatedAuthors(_ text: String) -> [String] {
        var authors: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            if character == ".", index + 1 < characters.count, characters[index + 1].isUppercase {
                authors.append(current)
                current = ""
            }
        }
        if !current.isEmpty { authors.append(current) }
        return authors.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
