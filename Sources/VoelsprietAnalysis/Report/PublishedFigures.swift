import Foundation

/// Figures printed in a published report, keyed by the references instrument items carry
/// (`tno2023:T5.2`), with values keyed by our option codes.
public struct PublishedFigures: Sendable {
    /// One published table or table row.
    public struct Entry: Sendable, Decodable {
        public struct Value: Sendable, Decodable {
            public let count: Int?
            public let percent: Int
        }

        public let table: String
        public let n: Int
        public let percentOf: String
        public let values: [String: Value]
        public let note: String?

        enum CodingKeys: String, CodingKey {
            case table, n
            case percentOf = "percent_of"
            case values, note
        }
    }

    public let entries: [String: Entry]

    /// The quickscan figures of TNO report R10432 (2023), chapter 3.
    public static let tno2023: PublishedFigures = {
        guard let url = Bundle.module.url(forResource: "tno2023", withExtension: "json", subdirectory: "published"),
            let data = try? Data(contentsOf: url),
            let file = try? JSONDecoder().decode(File.self, from: data)
        else { return PublishedFigures(entries: [:]) }
        return PublishedFigures(entries: file.references)
    }()

    private struct File: Decodable {
        let references: [String: Entry]
    }

    public init(entries: [String: Entry]) {
        self.entries = entries
    }

    /// The entry for `reference`, if published.
    public subscript(reference: String) -> Entry? { entries[reference] }
}
