/// What moved between two versions of a report: every cited-able number whose value changed,
/// appeared or disappeared.
public struct FactChange: Sendable, Hashable, Codable {
    public var key: String
    public var before: Fact?
    public var after: Fact?

    public enum Kind: String, Sendable, Hashable, Codable { case changed, added, removed }

    public var kind: Kind { before == nil ? .added : (after == nil ? .removed : .changed) }

    /// Changes from `old` to `new`, by key; values equal to 1e-9 (relative) are the same.
    public static func between(_ old: [String: Fact], _ new: [String: Fact]) -> [FactChange] {
        var changes: [FactChange] = []
        for key in Set(old.keys).union(new.keys).sorted() {
            let before = old[key]
            let after = new[key]
            switch (before, after) {
            case let (b?, a?):
                let scale = max(1, abs(b.value), abs(a.value))
                if abs(b.value - a.value) > 1e-9 * scale { changes.append(FactChange(key: key, before: b, after: a)) }
            case (nil, nil): break
            default: changes.append(FactChange(key: key, before: before, after: after))
            }
        }
        return changes
    }
}
