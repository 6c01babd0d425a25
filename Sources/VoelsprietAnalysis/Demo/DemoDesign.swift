import Foundation

/// A demo data set described as counts: respondents in groups, and per item how many in each
/// group chose each code. Dealing the counts out at random gives different respondents per
/// seed but always the same tables and tests.
public struct DemoDesign: Sendable, Decodable {
    /// A group of respondents with the same role and with or without own experience.
    public struct Group: Sendable, Decodable {
        public let id: String
        public let role: String
        public let n: Int
        /// Experience codes and how many in the group gave each.
        public let experience: [String: Int]
    }

    /// One closed item: counts per group and code.
    public struct Item: Sendable, Decodable {
        public let id: String
        /// "single" or "multiple" (single also covers scale and yes/no items).
        public let type: String
        public let counts: [String: [String: Int]]
        /// Single items: eligible respondents in the group who left the item blank.
        public let missing: [String: Int]?
        /// Multiple items: respondents in the group who ticked at least one option.
        public let respondents: [String: Int]?
    }

    public let source: String?
    public let notes: [String]
    public let groups: [Group]
    public let items: [Item]
    /// Open answers to sample, keyed by item id or `item.option` for "other, namely" texts.
    public let texts: [String: [String]]

    /// The design that reproduces TNO report R10432 (2023), chapter 3.
    public static func quickscan() throws -> DemoDesign {
        guard let url = Bundle.module.url(forResource: "quickscan-demo-design", withExtension: "json", subdirectory: "demo")
        else { throw DemoDataError.missingDesign }
        return try JSONDecoder().decode(DemoDesign.self, from: Data(contentsOf: url))
    }
}

/// Why demo data could not be made.
public enum DemoDataError: Error, Sendable, CustomStringConvertible {
    case missingDesign
    case inconsistent(String)

    public var description: String {
        switch self {
        case .missingDesign: "the demo design resource is missing from this build"
        case .inconsistent(let detail): "the demo design does not add up: \(detail)"
        }
    }
}
