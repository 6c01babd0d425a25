// Byte-level forms of the title normaliser for deduplication, which works on every title of
// every record: the same results as the `String` functions, without their allocations.

extension TitleNormaliser {
    /// `variants(title)` as UTF-8 bytes of the normalised (space-separated) forms.
    static func variantBytes(_ title: String) -> [[UInt8]] {
        guard title.utf8.contains(UInt8(ascii: "[")) else {
            let whole = TextFolding.foldedBytes(title)
            return whole.isEmpty ? [] : [whole]
        }
        return variants(title).map { Array($0.utf8) }
    }

    /// `numbers(normalised)` for the normalised title's bytes. ASCII titles are read byte by
    /// byte; others (folding left letters outside ASCII) take the `String` path.
    static func numbers(bytes: [UInt8]) -> [String] {
        if bytes.contains(where: { $0 >= 0x80 }) { return numbers(String(decoding: bytes, as: UTF8.self)) }
        var result: [String] = []
        var previous: ArraySlice<UInt8> = []
        for token in bytes.split(separator: 0x20) {
            if let known = numberToken(token, previous: previous) {
                result.append(known)
            } else {
                var start = -1
                for index in token.indices {
                    let isDigit = token[index] >= 0x30 && token[index] <= 0x39
                    if isDigit && start < 0 { start = index }
                    if !isDigit && start >= 0 { result.append(digitRun(token[start..<index])); start = -1 }
                }
                if start >= 0 { result.append(digitRun(token[start...])) }
            }
            previous = token
        }
        return result
    }

    /// A Roman numeral, a counted "i" ("part i") or a number word, as `numbers` reads them.
    /// Only tokens of at most five letters can be one, so longer ones cost nothing.
    private static func numberToken(_ token: ArraySlice<UInt8>, previous: ArraySlice<UInt8>) -> String? {
        guard token.count <= 5, let first = token.first, first >= 0x61 else { return nil }
        let text = Substring(String(decoding: token, as: UTF8.self))
        if let roman = romanValue(text) { return roman }
        if text == "i", previous.count <= 5, countedNoun(Substring(String(decoding: previous, as: UTF8.self))) { return "1" }
        return numberWordValue(text)
    }

    /// Digits without leading zeros ("0" for all zeros), as `numbers` writes them.
    private static func digitRun(_ digits: ArraySlice<UInt8>) -> String {
        let trimmed = digits.drop { $0 == 0x30 }
        return trimmed.isEmpty ? "0" : String(decoding: trimmed, as: UTF8.self)
    }

    /// `notice(normalised)` for the normalised title's bytes: the word tests of `notice` run
    /// only when the title holds one of the stems every notice needs ("errat", "corrig",
    /// "retract", "withdrawn", "reply", "response", a leading "correction", "comment" or "re").
    static func notice(bytes: [UInt8]) -> TitleNotice? {
        let stems: Bool = TextFolding.contains(bytes, "errat") || TextFolding.contains(bytes, "corrig")
            || TextFolding.contains(bytes, "retract") || TextFolding.contains(bytes, "withdrawn")
            || TextFolding.contains(bytes, "reply") || TextFolding.contains(bytes, "response")
            || bytes.starts(with: "correction".utf8) || bytes.starts(with: "comment".utf8)
            || bytes == Array("re".utf8) || bytes.starts(with: "re ".utf8)
        return stems ? notice(String(decoding: bytes, as: UTF8.self)) : nil
    }
}
