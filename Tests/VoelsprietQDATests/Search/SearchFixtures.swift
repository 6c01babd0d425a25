import Foundation
import Testing

/// Reads the committed reference files in Fixtures/Search (two folders up from this file).
enum SearchFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Search")

    struct StemFile: Decodable {
        let generator: String
        let count: Int
        let stems: [String: String]
    }

    /// word → stem per `snowballstemmer` (make_fixtures.py).
    static func stems(_ code: String) throws -> StemFile {
        let data = try Data(contentsOf: directory.appendingPathComponent("stems_\(code).json"))
        return try JSONDecoder().decode(StemFile.self, from: data)
    }
}
