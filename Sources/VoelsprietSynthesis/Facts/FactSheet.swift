import Foundation

/// Every number a reader may cite from a study, and the parts they may not see.
///
/// A reference `{{key}}` resolves to `.found` when the number exists, to `.withheld` when it
/// belongs to a part the reader has no right to (or a group hidden as too small) — the reason is
/// shown in its place, the number never — and to `.unknown` when no such number exists (a typo,
/// or an item removed since the text was written).
public struct FactSheet: Sendable, Hashable, Codable {
    public private(set) var facts: [String: Fact]
    /// Parts the reader may not see: any key under them is withheld.
    public private(set) var withheldParts: [String: WithheldReason]
    /// Single keys withheld (groups below the minimum size).
    public private(set) var withheldKeys: [String: WithheldReason]

    public enum WithheldReason: String, Sendable, Hashable, Codable {
        /// The reader's role has no right to this part of the study.
        case noRight = "no_right"
        /// A group smaller than the report's minimum size.
        case smallGroup = "small_group"
        /// The part has no data yet (no responses, no review).
        case noData = "no_data"
    }

    public enum Lookup: Sendable, Hashable {
        case found(Fact)
        case withheld(WithheldReason)
        case unknown
    }

    public init() {
        facts = [:]
        withheldParts = [:]
        withheldKeys = [:]
    }

    public mutating func add(_ fact: Fact) { facts[fact.key] = fact }

    public mutating func add(_ facts: [Fact]) { for fact in facts { add(fact) } }

    /// Withholds every key starting with `prefix.` (e.g. "quickscan").
    public mutating func withhold(part prefix: String, _ reason: WithheldReason) { withheldParts[prefix] = reason }

    public mutating func withhold(key: String, _ reason: WithheldReason) { withheldKeys[key] = reason }

    public func lookup(_ key: String) -> Lookup {
        let key = key.trimmingCharacters(in: .whitespaces)
        if let reason = withheldKeys[key] { return .withheld(reason) }
        if let prefix = key.split(separator: ".", maxSplits: 1).first, let reason = withheldParts[String(prefix)] {
            return .withheld(reason)
        }
        if let fact = facts[key] { return .found(fact) }
        return .unknown
    }

    /// Keys in order, for the page that lists what can be cited.
    public var sortedKeys: [String] { facts.keys.sorted() }
}
