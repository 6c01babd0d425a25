/// Text helpers for tables: captions, the n they give, and signs of multiple-response questions.
enum TableText {
    /// The text without leading Markdown/HTML markup (`#`, `*`, `_`, `>`, `|`, spaces) and trimmed.
    static func stripMarkup(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, "#*_>`| \t".unicodeScalars.contains(first) { scalars.removeFirst() }
        var result = String(scalars)
        result.removeAll { $0 == "*" || $0 == "_" }
        return result.trimmingSpaces()
    }

    /// "Tabel 4. …", "Table 2 …", "Tab. 3: …" (a digit within four characters after the word).
    static func isCaption(_ text: String) -> Bool {
        captionRest(text) != nil
    }

    /// A caption that is only "Table 2" / "Tabel 4." (APA puts the title on the next line).
    static func isBareCaption(_ text: String) -> Bool {
        guard let rest = captionRest(text) else { return false }
        return rest.unicodeScalars.allSatisfy { $0.isDigit || ".:-–— ".unicodeScalars.contains($0) || ("A"..."Z").contains($0) }
            && rest.count <= 6
    }

    /// What follows "Tabel"/"Table"/"Tab." when `text` starts a caption.
    private static func captionRest(_ text: String) -> Substring? {
        let stripped = stripMarkup(text)
        let lower = stripped.lowercased()
        for word in ["tabel", "table", "tab."] where lower.hasPrefix(word) {
            let rest = stripped.dropFirst(word.count)
            guard let first = rest.first, first == " " || first == "\u{A0}" || word == "tab." else { continue }
            let head = rest.prefix(5)
            if head.contains(where: { $0.isNumber }) { return rest.drop { $0 == " " || $0 == "\u{A0}" } }
        }
        return nil
    }

    /// Every "n = 131", "N=131", "n= 1.234" in `text` (n not part of a word).
    static func nValues(in text: String) -> [Int] {
        let s = Array(text.unicodeScalars)
        var values: [Int] = []
        var i = 0
        while i < s.count {
            defer { i += 1 }
            guard s[i] == "n" || s[i] == "N", i == 0 || !s[i - 1].properties.isAlphabetic else { continue }
            var j = TestHead.skipSpaces(s, from: i + 1)
            guard j < s.count, s[j] == "=" else { continue }
            j = TestHead.skipSpaces(s, from: j + 1)
            if let value = TableCells.count(digitsIn: s, from: j) { values.append(value) }
        }
        return values
    }

    /// The single n a text gives, or nil when it gives none or several different ones.
    static func singleN(in texts: [String]) -> Int? {
        let values = Set(texts.flatMap { nValues(in: $0) })
        return values.count == 1 ? values.first : nil
    }

    /// The caption, header or note says several answers per respondent were possible.
    static func signalsMultipleResponses(_ text: String) -> Bool {
        let lower = text.lowercased()
        return multipleResponseSignals.contains { lower.contains($0) }
    }

    static let multipleResponseSignals = [
        "meerdere antwoorden", "meer antwoorden", "meerdere antwoordmogelijkheden", "meerdere opties",
        "meer dan één antwoord", "meer dan een antwoord", "meer dan 1 antwoord", "meerdere keuzes",
        "alle die van toepassing", "wat van toepassing is", "meer dan één optie",
        "multiple responses", "multiple response", "multiple answers", "more than one answer",
        "more than one option", "several answers", "all that apply", "multiple selections",
    ]
}

extension String {
    /// Without leading and trailing spaces, tabs and non-breaking spaces.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !Self.isSpace($0) }),
            let end = scalars.lastIndex(where: { !Self.isSpace($0) })
        else { return "" }
        return String(scalars[start...end])
    }

    /// Trimmed, with every run of spaces and tabs made one space.
    func collapsingSpaces() -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in unicodeScalars {
            if Self.isSpace(s) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(s)
            }
        }
        return String(out)
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{A0}" || s == "\u{202F}"
    }
}
