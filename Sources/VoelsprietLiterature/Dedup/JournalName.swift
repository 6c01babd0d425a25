// Journal names compared across databases that abbreviate differently
// ("J Child Psychol Psychiatry" / "Journal of Child Psychology and Psychiatry").

enum JournalName {
    private static let stopwords: Set<String> = ["of", "the", "and", "in", "for", "on", "de", "la", "des", "der", "und", "et", "du", "a"]
    /// Words from which on an Embase-style journal field describes a meeting, not the journal
    /// ("Circulation. Conference: American Heart Association's ...").
    private static let meetingWords: Set<String> = ["conference", "congress", "meeting", "symposium", "supplement", "suppl"]

    /// Significant words of a journal name: folded, a parenthetical place ("(Lond)") dropped,
    /// cut before a meeting description, stopwords left out.
    static func words(_ journal: String) -> [String] {
        var text = journal
        while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            text.replaceSubrange(open...close, with: " ")
        }
        var result: [String] = []
        for token in TextFolding.fold(text).split(separator: " ") {
            let word = String(token)
            if meetingWords.contains(word) && !result.isEmpty { break }
            if !stopwords.contains(word) { result.append(word) }
        }
        return result
    }

    /// Whether two journal names (as `words`) are the same journal: equal, or word by word one
    /// an abbreviation of the other (same first letter, its letters in order within the full
    /// word: "j"/"journal", "natl"/"national", "psychol"/"psychology").
    static func agree(_ a: [String], _ b: [String]) -> Bool {
        guard !a.isEmpty, a.count == b.count else { return false }
        if a == b { return true }
        for (x, y) in zip(a, b) where x != y {
            let (short, long) = x.count <= y.count ? (x, y) : (y, x)
            guard short.first == long.first, isSubsequence(short, of: long) else { return false }
        }
        return true
    }

    private static func isSubsequence(_ short: String, of long: String) -> Bool {
        var iterator = long.unicodeScalars.makeIterator()
        outer: for scalar in short.unicodeScalars {
            while let next = iterator.next() { if next == scalar { continue outer } }
            return false
        }
        return true
    }

    /// ISSNs in a field ("0957-9672 (Print) 0957-9672", "1522-9645"), as 8 characters without
    /// the hyphen, check character uppercased.
    static func issns(_ text: String) -> Set<String> {
        var found: Set<String> = []
        let chars = Array(text.uppercased())
        var i = 0
        while i + 8 <= chars.count {
            var digits: [Character] = []
            var j = i
            while j < chars.count, digits.count < 8 {
                let c = chars[j]
                if c.isASCII && c.isNumber || (digits.count == 7 && c == "X") { digits.append(c) }
                else if c == "-" && digits.count == 4 {}
                else { break }
                j += 1
            }
            let before = i > 0 ? chars[i - 1] : " "
            let after = j < chars.count ? chars[j] : " "
            if digits.count == 8 && !(before.isNumber) && !(after.isNumber) && !(after == "-") {
                found.insert(String(digits))
                i = j
            } else {
                i += 1
            }
        }
        return found
    }
}
