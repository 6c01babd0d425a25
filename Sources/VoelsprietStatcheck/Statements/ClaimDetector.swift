/// Whether the clause around a statement presents it as a difference or as significant.
///
/// A *mention* is a claim word (Dutch: verschil, verschillen, verschilt, verschilde(n),
/// significant(e), vaker, hoger, lager, groter, kleiner, samenhang, correleerde; English:
/// difference(s), differ(s/ed), significant(ly), higher, lower, greater, larger, smaller,
/// correlated, associated) or a comparison `meer/minder … dan`, `more/less/fewer … than` (at least
/// one word between, not followed by a number: "meer dan 60%" is an amount). A mention is
/// *negative* when one of the three words before it is a negation (geen, niet, no, not, non, nor,
/// neither, never, nooit, nauwelijks, hardly, …) or `niet`/`not` follows within two words, or when
/// it is hedged (marginaal, bijna, trend, marginally, nearly, almost, borderline, …). "Hoger/lager
/// onderwijs" and "higher education" are no comparisons. The statement takes the nearest mention
/// before it in its clause (else the first after it); it is presented as significant when that
/// mention is positive.
enum ClaimDetector {
    static func presentsAsSignificant(_ statement: Range<Int>, clause: Range<Int>, words: WordTokens) -> Bool {
        let indices = words.indices(within: clause).filter { !words.tokens[$0].insideStatement }
        var before: Bool?
        var after: Bool?
        for (position, index) in indices.enumerated() where words.tokens[index].mayMention {
            guard let positive = mention(at: position, in: indices, words: words) else { continue }
            if words.tokens[index].range.upperBound <= statement.lowerBound {
                before = positive
            } else if after == nil, words.tokens[index].range.lowerBound >= statement.upperBound {
                after = positive
            }
        }
        return before ?? after ?? false
    }

    /// nil when the token is no mention, else whether it is a positive one.
    private static func mention(at position: Int, in indices: [Int], words: WordTokens) -> Bool? {
        let word = words.tokens[indices[position]].word
        let next = position + 1 < indices.count ? words.tokens[indices[position + 1]].word : ""
        if claimWords.contains(word) {
            if (word.hasPrefix("hoger") || word.hasPrefix("lager") || word == "higher") && educationWords.contains(next) { return nil }
        } else if comparatives.contains(word) {
            guard comparison(from: position, in: indices, words: words) else { return nil }
        } else {
            return nil
        }
        let previous = indices[max(0, position - 3)..<position].map { words.tokens[$0].word }
        if previous.contains(where: { negations.contains($0) || hedges.contains($0) }) { return false }
        let following = indices[(position + 1)..<min(indices.count, position + 3)].map { words.tokens[$0].word }
        if following.contains("niet") || following.contains("not") { return false }
        return true
    }

    /// `meer … dan` with 1–12 words between and no number right after `dan`.
    private static func comparison(from position: Int, in indices: [Int], words: WordTokens) -> Bool {
        let partner = words.tokens[indices[position]].word == "more" || words.tokens[indices[position]].word == "less"
            || words.tokens[indices[position]].word == "fewer" ? "than" : "dan"
        var k = position + 2
        while k < indices.count, k <= position + 13 {
            if words.tokens[indices[k]].word == partner {
                let following = k + 1 < indices.count ? words.tokens[indices[k + 1]] : nil
                return !(following?.isNumber ?? false)
            }
            k += 1
        }
        return false
    }

    static let claimWords: Set<String> = [
        "verschil", "verschillen", "verschilt", "verschilde", "verschilden", "significant", "significante",
        "vaker", "hoger", "hogere", "lager", "lagere", "groter", "grotere", "kleiner", "kleinere",
        "samenhang", "correleerde", "correleerden", "correleert",
        "difference", "differences", "differ", "differs", "differed", "significant", "significantly",
        "higher", "lower", "greater", "larger", "smaller", "correlated", "associated",
    ]
    static let comparatives: Set<String> = ["meer", "minder", "more", "less", "fewer"]
    static let educationWords: Set<String> = ["onderwijs", "beroepsonderwijs", "education", "secondary"]
    static let negations: Set<String> = [
        "geen", "niet", "nauwelijks", "nooit", "noch",
        "no", "not", "non", "nor", "neither", "never", "hardly", "barely", "cannot",
        "didn", "doesn", "don", "wasn", "weren", "isn", "aren",
    ]
    static let hedges: Set<String> = [
        "marginaal", "marginale", "bijna", "nagenoeg", "trend", "tendens",
        "marginally", "marginal", "nearly", "almost", "borderline", "approaching",
    ]
}
