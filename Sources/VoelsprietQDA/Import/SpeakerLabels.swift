// Speaker turns in running text (plain text, Markdown, .docx): a line that starts with a short
// label and a colon — "Interviewer:", "I:", "Prof8:", "Deelnemer 3:", "**Stud6:**" — starts a
// turn that runs until the next labelled line.

/// Recognises a speaker label at the start of a line.
///
/// A label is 1–4 words before a colon, the colon followed by whitespace or the end of the line
/// (so `https://…` and `10:30` are no labels). The first word starts with an uppercase letter;
/// later words start with an uppercase letter or a digit ("Deelnemer 3"), or are a lowercase name
/// particle ("Jan de Vries", "Moeder van Sam"), which keeps "Toen zei ik: nee" from being read as
/// a speaker. Words hold letters, digits, marks and `.`, `-`, `'`, `’`, `(`, `)`. Markdown bold
/// around the label (`**Stud6:**`, `**Stud6**:`) is allowed and not part of the speaker.
enum SpeakerLabel {
    static let maxWords = 4
    static let maxLength = 48
    private static let particles: Set<String> = [
        "de", "der", "den", "van", "het", "ten", "ter", "te", "in", "'t", "’t", "von", "la", "le",
        "du", "da", "di", "del", "dos", "das", "y", "bin", "al", "el",
    ]

    /// The speaker named at the start of `line` and the number of scalars the label takes
    /// (through the colon and a closing `**`), or nil.
    static func parse<S: Collection>(_ line: S) -> (speaker: String, length: Int)? where S.Element == Unicode.Scalar {
        let s = Array(line.prefix(maxLength + 8))
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
        let bold = i + 1 < s.count && s[i] == s[i + 1] && (s[i] == "*" || s[i] == "_")
        if bold { i += 2 }
        guard let colon = s[i...].firstIndex(of: ":"), colon - i <= maxLength else { return nil }
        var after = colon + 1
        if bold, after + 1 < s.count, s[after] == s[i - 1], s[after + 1] == s[i - 1] { after += 2 }
        guard after >= s.count || s[after] == " " || s[after] == "\t" || s[after] == "\u{A0}" else { return nil }
        var candidate = String(String.UnicodeScalarView(s[i..<colon]))
        if bold, candidate.hasSuffix("**") || candidate.hasSuffix("__") { candidate.removeLast(2) }
        guard let speaker = validLabel(candidate) else { return nil }
        return (speaker, after)
    }

    /// The label with its whitespace normalised, when it satisfies the word rules.
    private static func validLabel(_ candidate: String) -> String? {
        let words = candidate.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard (1...maxWords).contains(words.count) else { return nil }
        for (n, word) in words.enumerated() {
            guard let first = word.unicodeScalars.first, word.unicodeScalars.allSatisfy(isWordScalar) else {
                return nil
            }
            let upper = first.properties.isUppercase
            if n == 0 {
                guard upper else { return nil }
            } else if !(upper || first.properties.numericType != nil || particles.contains(word.lowercased())) {
                return nil
            }
        }
        return words.joined(separator: " ")
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return ".-'’()".unicodeScalars.contains(s)
        }
    }
}

/// Builds speaker turns from labelled lines of a normalised (LF) text.
enum SpeakerTurns {
    /// One turn per labelled line, running to the end of the last non-blank line before the next
    /// label (the newline excluded). Lines before the first label belong to no turn.
    static func turns(in text: String) -> [SpeakerTurn] {
        var turns: [SpeakerTurn] = []
        var current: (speaker: String, start: Int)?
        var lastEnd = 0
        forEachLine(of: text) { line, start in
            let end = start + line.count
            if let label = SpeakerLabel.parse(line) {
                if let c = current { turns.append(SpeakerTurn(speaker: c.speaker, range: ScalarRange(start: c.start, end: lastEnd))) }
                current = (label.speaker, start)
                lastEnd = end
            } else if current != nil, line.contains(where: { !$0.properties.isWhitespace }) {
                lastEnd = end
            }
        }
        if let c = current { turns.append(SpeakerTurn(speaker: c.speaker, range: ScalarRange(start: c.start, end: lastEnd))) }
        return turns
    }

    /// Calls `body` with each line's scalars (without the LF) and its start offset.
    static func forEachLine(of text: String, _ body: (ArraySlice<Unicode.Scalar>, Int) -> Void) {
        let scalars = Array(text.unicodeScalars)
        var start = 0
        for (i, s) in scalars.enumerated() where s == "\n" {
            body(scalars[start..<i], start)
            start = i + 1
        }
        body(scalars[start...], start)
    }
}
