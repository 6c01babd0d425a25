import Foundation
import VoelsprietLiterature

/// Loads the JSON fixtures in `Fixtures/Prioritisation/` (made by `make_fixtures.py` there).
enum PrioritisationFixtures {
    static func url(_ name: String) -> URL {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()   // Prioritisation
        url.deleteLastPathComponent()   // VoelsprietLiteratureTests
        return url.appendingPathComponent("Fixtures/Prioritisation/\(name)")
    }

    static func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: url(name)))
    }
}

/// A labelling order with the metrics asreview-insights computed for it.
struct MetricsCase: Decodable {
    var name: String
    /// "1" relevant, "0" irrelevant, in screening order, priors first.
    var labels: String
    var priors: Int
    var records: Int?
    var wss: [[Double]]
    var recall: [[Double]]
    var curve: [[Double]]?

    var order: [Bool] { labels.map { $0 == "1" } }
}

struct MetricsFixture: Decodable { var cases: [MetricsCase] }

struct TFIDFCase: Decodable {
    var name: String
    var idf: [String: Double]
    var rows: [[String: Double]]
}

struct TFIDFFixture: Decodable {
    var texts: [String]
    var stop_words: [String]
    var cases: [TFIDFCase]
}

/// Reads a labelled screening CSV the way ASReview does: text = title + " " + abstract.
enum ScreeningCSV {
    static func load(_ url: URL, labelColumn: String = "label_included") throws -> (texts: [String], labels: [Bool]) {
        let rows = try DelimitedText.rows(String(contentsOf: url, encoding: .utf8), delimiter: ",")
        let header = rows[0].fields
        guard let title = header.firstIndex(of: "title"), let abstract = header.firstIndex(of: "abstract"),
              let label = header.firstIndex(of: labelColumn) else { return ([], []) }
        var texts: [String] = [], labels: [Bool] = []
        for row in rows.dropFirst() {
            func field(_ i: Int) -> String { i < row.fields.count ? row.fields[i] : "" }
            texts.append(field(title) + " " + field(abstract))
            labels.append(field(label) == "1")
        }
        return (texts, labels)
    }
}
