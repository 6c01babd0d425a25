// The Snowball "dutch" stemmer of Snowball 3 (the Kraaij–Pohlmann based algorithm; the older
// Porter-style one is "dutch_porter"), ported routine by routine from the code that Snowball 3.1.1
// generates from algorithms/dutch.sbl (PyPI `snowballstemmer` 3.1.1). The suffix steps are in
// DutchStemmerSteps.swift and DutchStemmerEndings.swift; this file holds the groupings, tables,
// conditions, the 'ge' removal and the main routine.

struct DutchStemmer {
    static let gE = SnowballGrouping("eèéêë")
    static let gAIOU = SnowballGrouping("aiouàáâäìíîïòóôöùúûü")
    static let gAEIOU = SnowballGrouping("aeiouàáâäèéêëìíîïòóôöùúûü")
    static let gV = SnowballGrouping("aeiouyàáâäèéêëìíîïòóôöùúûü")
    static let gVWX = SnowballGrouping("aeiouwxyàáâäèéêëìíîïòóôöùúûü")

    static let a0 = SnowballAmong([
        ("a", 1), ("e", 2), ("o", 1), ("u", 1), ("à", 1), ("á", 1), ("â", 1), ("ä", 1), ("è", 2), ("é", 2),
        ("ê", 2), ("eë", 3), ("ië", 4), ("ò", 1), ("ó", 1), ("ô", 1), ("ö", 1), ("ù", 1), ("ú", 1), ("û", 1),
        ("ü", 1),
    ])
    static let a1 = SnowballAmong([
        ("nde", 8), ("en", 7), ("s", 2), ("'s", 1), ("es", 4), ("ies", 3), ("aus", 6), ("és", 5),
    ])
    static let a2 = SnowballAmong([
        ("de", 5), ("ge", 2), ("ische", 4), ("je", 1), ("lijke", 3), ("le", 9), ("ene", 10), ("re", 8),
        ("se", 7), ("te", 6), ("ieve", 11),
    ])
    static let a3 = SnowballAmong([
        ("heid", 3), ("fie", 7), ("gie", 8), ("atie", 1), ("isme", 5), ("ing", 5), ("arij", 6), ("erij", 5),
        ("sel", 3), ("rder", 4), ("ster", 3), ("iteit", 2), ("dst", 10), ("tst", 9),
    ])
    static let a4 = SnowballAmong([
        ("end", 9), ("atief", 2), ("erig", 9), ("achtig", 3), ("ioneel", 1), ("baar", 3), ("laar", 5),
        ("naar", 4), ("raar", 6), ("eriger", 9), ("achtiger", 3), ("lijker", 8), ("tant", 7), ("erigst", 9),
        ("achtigst", 3), ("lijkst", 8),
    ])
    static let a5 = SnowballAmong([("ig", 1), ("iger", 1), ("igst", 1)])
    static let a6 = SnowballAmong([("ft", 2), ("kt", 1), ("pt", 3)])
    static let a6Replacements = ["k", "f", "p"]
    static let a7 = SnowballAmong([
        ("bb", 1), ("cc", 2), ("dd", 3), ("ff", 4), ("gg", 5), ("hh", 6), ("jj", 7), ("kk", 8), ("ll", 9),
        ("mm", 10), ("nn", 11), ("pp", 12), ("qq", 13), ("rr", 14), ("ss", 15), ("tt", 16), ("v", 4),
        ("vv", 17), ("ww", 18), ("xx", 19), ("z", 15), ("zz", 20),
    ])
    /// Step_6 results 1...20 replace the match by this letter (11, 'nn', has an exception).
    static let a7Replacements: [Unicode.Scalar] = Array("bcdfghjklmnpqrstvwxz".unicodeScalars)
    static let a8 = SnowballAmong([("d", 1), ("t", 2)])
    static let a9 = SnowballAmong([("", -1), ("eft", 1), ("vaa", 1), ("val", 1), ("vali", -1), ("vare", 1)])
    static let a10 = SnowballAmong([("ë", 1), ("ï", 2)])
    static let a10Replacements = ["e", "i"]

    var m: SnowballMachine
    var geRemoved = false
    var p1 = 0
    var p2 = 0

    private init(_ word: [Unicode.Scalar]) { m = SnowballMachine(word) }

    static func stem(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var s = DutchStemmer(word)
        s.run()
        return s.m.result
    }

    private mutating func run() {
        var stemmed = false
        measure()
        m.limitBackward = m.cursor
        m.cursor = m.limit
        if backward({ $0.step1() }) { stemmed = true }
        if backward({ $0.step2() }) { stemmed = true }
        if backward({ $0.step3() }) { stemmed = true }
        if backward({ $0.step4() }) { stemmed = true }
        m.cursor = m.limitBackward
        if removeGe({ $0.losePrefix() }) { stemmed = true }
        if removeGe({ $0.loseInfix() }) { stemmed = true }
        m.limitBackward = m.cursor
        m.cursor = m.limit
        if backward({ $0.step7() }) { stemmed = true }
        if stemmed { _ = backward { $0.step6() } }
        m.cursor = m.limitBackward
    }

    /// `do step` in backward mode: runs it and restores the cursor relative to the limit.
    private mutating func backward(_ step: (inout DutchStemmer) -> Bool) -> Bool {
        let v = m.limit - m.cursor
        let ok = step(&self)
        m.cursor = m.limit - v
        return ok
    }

    /// `unset GE_removed  do (Lose_x and measure)  backwards (do (GE_removed set stemmed Step_1c))`;
    /// returns whether a 'ge' was removed (which sets `stemmed`).
    private mutating func removeGe(_ lose: (inout DutchStemmer) -> Bool) -> Bool {
        geRemoved = false
        let v5 = m.cursor
        if lose(&self) {
            m.cursor = v5
            measure()
        }
        m.cursor = v5
        m.limitBackward = m.cursor
        m.cursor = m.limit
        let removed = geRemoved
        if removed { _ = backward { $0.step1c() } }
        m.cursor = m.limitBackward
        return removed
    }

    // MARK: conditions

    func r1() -> Bool { p1 <= m.cursor }
    func r2() -> Bool { p2 <= m.cursor }

    /// `test (v or 'ij')`, backward.
    mutating func vowelBefore() -> Bool {
        let v1 = m.limit - m.cursor
        guard m.inGroupingB(Self.gV) || m.eqSB("ij") else { return false }
        m.cursor = m.limit - v1
        return true
    }

    /// `test (next v or 'ij')`, backward.
    mutating func vowelBeforeNext() -> Bool {
        let v1 = m.limit - m.cursor
        guard m.cursor > m.limitBackward else { return false }
        m.cursor -= 1
        guard m.inGroupingB(Self.gV) || m.eqSB("ij") else { return false }
        m.cursor = m.limit - v1
        return true
    }

    /// `test (not 'ij' non-v)`, backward.
    mutating func consonantBefore() -> Bool {
        let v1 = m.limit - m.cursor
        if m.eqSB("ij") { return false }
        guard m.outGroupingB(Self.gV) else { return false }
        m.cursor = m.limit - v1
        return true
    }

    /// `'ij' or v`, forward.
    private mutating func vowelForward() -> Bool { m.eqS("ij") || m.inGrouping(Self.gV) }

    // MARK: prefix and infix 'ge'

    /// `test hop 3 test (gopast ('ij' or v) repeat ('ij' or v) not atlimit)`.
    private mutating func enoughAfterGe() -> Bool {
        let v1 = m.cursor
        guard m.cursor + 3 <= m.limit else { return false }
        m.cursor = v1
        while true {
            let v3 = m.cursor
            if vowelForward() { break }
            m.cursor = v3
            if m.cursor >= m.limit { return false }
            m.cursor += 1
        }
        while true {
            let v4 = m.cursor
            if vowelForward() { continue }
            m.cursor = v4
            break
        }
        guard m.cursor < m.limit else { return false }
        m.cursor = v1
        return true
    }

    /// Deletes the 'ge' slice and turns a following 'ë'/'ï' into 'e'/'i'.
    private mutating func deleteGe() {
        geRemoved = true
        m.sliceDel()
        let v5 = m.cursor
        m.bra = m.cursor
        let amongVar = Self.a10.find(&m)
        if amongVar != 0 {
            m.ket = m.cursor
            m.sliceFrom(Self.a10Replacements[amongVar - 1])
        }
        m.cursor = v5
    }

    private mutating func losePrefix() -> Bool {
        m.bra = m.cursor
        guard m.eqS("ge") else { return false }
        m.ket = m.cursor
        guard enoughAfterGe() else { return false }
        if Self.a9.find(&m) == 1 { return false }
        deleteGe()
        return true
    }

    private mutating func loseInfix() -> Bool {
        guard m.cursor < m.limit else { return false }
        m.cursor += 1
        while true {
            m.bra = m.cursor
            if m.eqS("ge") {
                m.ket = m.cursor
                break
            }
            if m.cursor >= m.limit { return false }
            m.cursor += 1
        }
        guard enoughAfterGe() else { return false }
        deleteGe()
        return true
    }

    // MARK: regions

    private mutating func measure() {
        p1 = m.limit
        p2 = m.limit
        let v1 = m.cursor
        defer { m.cursor = v1 }
        guard passRegion() else { return }
        p1 = m.cursor
        guard passRegion() else { return }
        p2 = m.cursor
    }

    /// `repeat non-v  atleast 1 ('ij' or v)  non-v`.
    private mutating func passRegion() -> Bool {
        while m.outGrouping(Self.gV) {}
        var vowels = 0
        while true {
            let v3 = m.cursor
            if vowelForward() {
                vowels += 1
                continue
            }
            m.cursor = v3
            break
        }
        guard vowels >= 1 else { return false }
        return m.outGrouping(Self.gV)
    }
}
