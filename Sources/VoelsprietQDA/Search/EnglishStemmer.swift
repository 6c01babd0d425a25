// The Snowball "english" stemmer (Porter2, M. F. Porter), ported routine by routine from the
// code that Snowball 3.1.1 generates from algorithms/english.sbl (PyPI `snowballstemmer` 3.1.1).
// The structure, names and order follow the generated code so the two can be compared; the
// suffix steps are in EnglishStemmerSteps.swift.

struct EnglishStemmer {
    static let aeo = SnowballGrouping("aeo")
    static let v = SnowballGrouping("aeiouy")
    static let vWXY = SnowballGrouping("aeiouywxY")
    static let validLI = SnowballGrouping("cdeghkmnrt")

    private static let a0 = SnowballAmong([
        ("arsen", -1), ("commun", -1), ("emerg", -1), ("gener", -1), ("inter", -1), ("later", -1),
        ("organ", -1), ("past", -1), ("univers", -1),
    ])
    static let a1 = SnowballAmong([("'", 1), ("'s'", 1), ("'s", 1)])
    static let a2 = SnowballAmong([("ied", 2), ("s", 3), ("ies", 2), ("sses", 1), ("ss", -1), ("us", -1)])
    static let a3 = SnowballAmong([("succ", 1), ("proc", 1), ("exc", 1)])
    static let a4 = SnowballAmong([
        ("even", 2), ("cann", 2), ("inn", 2), ("earr", 2), ("herr", 2), ("out", 2), ("y", 1),
    ])
    static let a5 = SnowballAmong([
        ("", -1), ("ed", 2), ("eed", 1), ("ing", 3), ("edly", 2), ("eedly", 1), ("ingly", 2),
    ])
    static let a6 = SnowballAmong([
        ("", 3), ("bb", 2), ("dd", 2), ("ff", 2), ("gg", 2), ("bl", 1), ("mm", 2), ("nn", 2), ("pp", 2),
        ("rr", 2), ("at", 1), ("tt", 2), ("iz", 1),
    ])
    static let a7 = SnowballAmong([
        ("anci", 3), ("enci", 2), ("ogi", 14), ("li", 16), ("bli", 12), ("abli", 4), ("alli", 8),
        ("fulli", 9), ("lessli", 15), ("ousli", 10), ("entli", 5), ("aliti", 8), ("biliti", 12),
        ("iviti", 11), ("tional", 1), ("ational", 7), ("alism", 8), ("ation", 7), ("ization", 6),
        ("izer", 6), ("ator", 7), ("iveness", 11), ("fulness", 9), ("ousness", 10), ("ogist", 13),
    ])
    static let a7Replacements = [
        "tion", "ence", "ance", "able", "ent", "ize", "ate", "al", "ful", "ous", "ive", "ble", "og",
    ]
    static let a8 = SnowballAmong([
        ("icate", 4), ("ative", 6), ("alize", 3), ("iciti", 4), ("ical", 4), ("tional", 1),
        ("ational", 2), ("ful", 5), ("ness", 5),
    ])
    static let a9 = SnowballAmong([
        ("ic", 1), ("ance", 1), ("ence", 1), ("able", 1), ("ible", 1), ("ate", 1), ("ive", 1), ("ize", 1),
        ("iti", 1), ("al", 1), ("ism", 1), ("ion", 2), ("er", 1), ("ous", 1), ("ant", 1), ("ent", 1),
        ("ment", 1), ("ement", 1),
    ])
    static let a10 = SnowballAmong([("e", 1), ("l", 2)])
    private static let a11 = SnowballAmong([
        ("andes", -1), ("atlas", -1), ("bias", -1), ("cosmos", -1), ("early", 6), ("gently", 4),
        ("howe", -1), ("idly", 3), ("news", -1), ("only", 7), ("singly", 8), ("skies", 2), ("skis", 1),
        ("sky", -1), ("ugly", 5),
    ])
    private static let a11Replacements = ["ski", "sky", "idl", "gentl", "ugli", "earli", "onli", "singl"]

    var m: SnowballMachine
    private var yFound = false
    var p1 = 0
    var p2 = 0

    private init(_ word: [Unicode.Scalar]) { m = SnowballMachine(word) }

    static func stem(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var s = EnglishStemmer(word)
        s.run()
        return s.m.result
    }

    private mutating func run() {
        let v1 = m.cursor
        if exception1() { return }
        m.cursor = v1
        if m.cursor + 3 > m.limit { return }  // `not hop 3`: words under three letters stay
        m.cursor = v1
        prelude()
        markRegions()
        m.limitBackward = m.cursor
        m.cursor = m.limit
        backward { $0.step1a() }
        backward { $0.step1b() }
        backward { $0.step1c() }
        backward { $0.step2() }
        backward { $0.step3() }
        backward { $0.step4() }
        backward { $0.step5() }
        m.cursor = m.limitBackward
        let v9 = m.cursor
        postlude()
        m.cursor = v9
    }

    /// `do step`: runs a backward step and restores the cursor relative to the limit.
    private mutating func backward(_ step: (inout EnglishStemmer) -> Bool) {
        let v = m.limit - m.cursor
        _ = step(&self)
        m.cursor = m.limit - v
    }

    private mutating func prelude() {
        yFound = false
        let v1 = m.cursor
        m.bra = m.cursor
        if m.char("'") {
            m.ket = m.cursor
            m.sliceDel()
        }
        m.cursor = v1
        let v2 = m.cursor
        m.bra = m.cursor
        if m.char("y") {
            m.ket = m.cursor
            m.sliceFrom("Y")
            yFound = true
        }
        m.cursor = v2
        let v3 = m.cursor
        // do repeat (goto (v ['y']) <- 'Y')
        while gotoVowelY() {
            m.sliceFrom("Y")
            yFound = true
        }
        m.cursor = v3
    }

    /// `goto (v ['y'])`: leaves the cursor before the vowel, the slice on the 'y'.
    private mutating func gotoVowelY() -> Bool {
        let v4 = m.cursor
        while true {
            let v5 = m.cursor
            if m.inGrouping(Self.v) {
                m.bra = m.cursor
                if m.char("y") {
                    m.ket = m.cursor
                    m.cursor = v5
                    return true
                }
            }
            m.cursor = v5
            if m.cursor >= m.limit {
                m.cursor = v4
                return false
            }
            m.cursor += 1
        }
    }

    private mutating func markRegions() {
        p1 = m.limit
        p2 = m.limit
        let v1 = m.cursor
        defer { m.cursor = v1 }
        let v2 = m.cursor
        if Self.a0.find(&m) == 0 {
            m.cursor = v2
            guard passVowelThenNonVowel() else { return }
        }
        p1 = m.cursor
        guard passVowelThenNonVowel() else { return }
        p2 = m.cursor
    }

    /// `gopast v gopast non-v`.
    private mutating func passVowelThenNonVowel() -> Bool {
        guard m.goOutGrouping(Self.v) else { return false }
        m.cursor += 1
        guard m.goInGrouping(Self.v) else { return false }
        m.cursor += 1
        return true
    }

    mutating func shortv() -> Bool {
        let v1 = m.limit - m.cursor
        if m.outGroupingB(Self.vWXY) && m.inGroupingB(Self.v) && m.outGroupingB(Self.v) { return true }
        m.cursor = m.limit - v1
        if m.outGroupingB(Self.v) && m.inGroupingB(Self.v) && m.cursor <= m.limitBackward { return true }
        m.cursor = m.limit - v1
        return m.eqSB("past")
    }

    func r1() -> Bool { p1 <= m.cursor }
    func r2() -> Bool { p2 <= m.cursor }

    private mutating func exception1() -> Bool {
        m.bra = m.cursor
        let amongVar = Self.a11.find(&m)
        if amongVar == 0 { return false }
        m.ket = m.cursor
        if m.cursor < m.limit { return false }
        if amongVar > 0 { m.sliceFrom(Self.a11Replacements[amongVar - 1]) }
        return true
    }

    private mutating func postlude() {
        guard yFound else { return }
        while true {
            let v1 = m.cursor
            guard gotoY() else {
                m.cursor = v1
                return
            }
            m.sliceFrom("y")
        }
    }

    /// `goto (['Y'])`.
    private mutating func gotoY() -> Bool {
        while true {
            let v2 = m.cursor
            m.bra = m.cursor
            if m.char("Y") {
                m.ket = m.cursor
                m.cursor = v2
                return true
            }
            m.cursor = v2
            if m.cursor >= m.limit { return false }
            m.cursor += 1
        }
    }
}
