// Normalised titles for matching records across databases.

/// Kinds of published notice that carry the title of the paper they are about; a notice is
/// never a duplicate of that paper.
public enum TitleNotice: String, Sendable, Codable, CaseIterable {
    case erratum, retraction, comment
}

/// Title normalisation shared by deduplication, screening and exports.
///
/// Normalising folds case and diacritics, decodes HTML entities and LaTeX, strips tags, reads
/// `&` as "and", spells Greek letters ("α" → "alpha") and turns punctuation into single spaces,
/// so a trailing period, hyphenation and quoting do not matter.
public enum TitleNormaliser {
    /// Folded title: lowercase letters and digits separated by single spaces ("" for no title).
    public static func normalise(_ title: String) -> String {
        TextFolding.fold(title)
    }

    /// The normalised title with the spaces removed too, so "insulin-resistant" and
    /// "insulin resistant" compare equal; the form edit distances are computed on.
    public static func compact(_ title: String) -> String {
        String(normalise(title).unicodeScalars.filter { $0 != " " })
    }

    /// Normalised forms of a title worth comparing: the whole title and, when the title holds a
    /// bracketed segment of three or more words (MEDLINE and Embase give the English
    /// translation of a non-English title in brackets, other databases give the original or the
    /// translation alone), the bracketed text and the text outside the brackets on their own.
    public static func variants(_ title: String) -> [String] {
        let whole = normalise(title)
        guard let open = title.firstIndex(of: "["), let close = title[open...].firstIndex(of: "]") else {
            return whole.isEmpty ? [] : [whole]
        }
        let inside = normalise(String(title[title.index(after: open)..<close]))
        let outside = normalise(String(title[..<open]) + " " + String(title[title.index(after: close)...]))
        var result = [whole]
        for part in [inside, outside] where part.split(separator: " ").count >= 3 && !result.contains(part) {
            result.append(part)
        }
        return result.filter { !$0.isEmpty }
    }

    /// The kind of notice a normalised title announces ("Erratum: ...", "Retraction note to ...",
    /// "Comment on ...", "Reply", "Authors' reply"), or nil for an ordinary paper.
    public static func notice(_ normalised: String) -> TitleNotice? {
        let tokens = normalised.split(separator: " ")
        guard let first = tokens.first else { return nil }
        let set = Set(tokens)
        if !set.isDisjoint(with: ["erratum", "errata", "corrigendum", "corrigenda"]) { return .erratum }
        if first == "correction" || first == "corrections" { return .erratum }
        if first == "retraction" || first == "retracted" || first == "withdrawn"
            || zip(tokens, tokens.dropFirst()).contains(where: { $0 == ("retraction", "notice") || $0 == ("of", "retraction") }) {
            return .retraction
        }
        let starts: [[Substring]] = [["reply"], ["comment"], ["comments"], ["commentary"], ["re"],
                                     ["in", "reply"], ["authors", "reply"], ["author", "reply"], ["response", "to"]]
        if starts.contains(where: { tokens.starts(with: $0) }) { return .comment }
        if tokens.last == "reply" || tokens.suffix(2) == ["authors", "response"] { return .comment }
        return nil
    }

    /// The numbers a normalised title mentions, in order: digit runs (also inside words, so
    /// "GLP-1" and "GLP-2" differ), Roman numerals ii–xx standing alone, "i" after "part",
    /// "phase", "type", "study", "stage" or "class", and the words one–ten. Leading zeros are
    /// dropped. Two titles that name different numbers ("Part I"/"Part II", "type 1"/"type 2",
    /// guidelines 2016/2019) are different papers however similar the rest is.
    public static func numbers(_ normalised: String) -> [String] {
        var result: [String] = []
        var previous: Substring = ""
        for token in normalised.split(separator: " ") {
            if let roman = romans[token] ?? (token == "i" && countedNouns.contains(previous) ? "1" : nil) {
                result.append(roman)
            } else if let word = numberWords[token] {
                result.append(word)
            } else {
                var run = ""
                for character in token {
                    if character.isASCII && character.isNumber {
                        run.append(character)
                    } else if !run.isEmpty {
                        result.append(withoutLeadingZeros(run))
                        run = ""
                    }
                }
                if !run.isEmpty { result.append(withoutLeadingZeros(run)) }
            }
            previous = token
        }
        return result
    }

    static func romanValue(_ token: Substring) -> String? { romans[token] }
    static func countedNoun(_ token: Substring) -> Bool { countedNouns.contains(token) }
    static func numberWordValue(_ token: Substring) -> String? { numberWords[token] }

    private static func withoutLeadingZeros(_ digits: String) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    private static let romans: [Substring: String] = [
        "ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9",
        "xi": "11", "xii": "12", "xiii": "13", "xiv": "14", "xv": "15", "xvi": "16", "xvii": "17",
        "xviii": "18", "xix": "19", "xx": "20",
    ]
    private static let countedNouns: Set<Substring> = ["part", "phase", "type", "study", "stage", "class"]
    private static let numberWords: [Substring: String] = [
        "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
        "eight": "8", "nine": "9", "ten": "10",
    ]
}
