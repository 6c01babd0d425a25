/// A feature's texts as a dictionary per language (both languages with the same keys): looked up
/// by key, with the `notice_…` keys as the notices a redirect can name.
protocol KeyedTexts: Sendable {
    var words: [String: String] { get }
}

extension KeyedTexts {
    subscript(_ key: String) -> String { words[key] ?? "⟨\(key)⟩" }

    /// `notice_saved` → `saved`: the notices of `PageRequest.notice(_:)`.
    var notices: [String: String] {
        var out: [String: String] = [:]
        for (key, value) in words where key.hasPrefix("notice_") { out[String(key.dropFirst(7))] = value }
        return out
    }
}
