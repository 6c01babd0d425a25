// The suffix steps of the Snowball "dutch" stemmer (see DutchStemmer.swift), in the order and
// shape of the code Snowball 3.1.1 generates; each `among` result number is the case of the
// generated switch.

extension DutchStemmer {
    /// `lengthen_V`: after a removal, doubles a single vowel before a final consonant
    /// ("maken" → "mak" → "maak"); always succeeds.
    mutating func lengthenV() {
        let v1 = m.limit - m.cursor
        defer { m.cursor = m.limit - v1 }
        guard m.outGroupingB(Self.gVWX) else { return }
        m.ket = m.cursor
        let amongVar = Self.a0.findBackward(&m)
        guard amongVar != 0 else { return }
        m.bra = m.cursor
        switch amongVar {
        case 1:
            let v2 = m.limit - m.cursor
            guard nonVowelOrAtLimit() else { return }
            m.cursor = m.limit - v2
            duplicateSlice()
        case 2:
            let v3 = m.limit - m.cursor
            guard nonVowelOrAtLimit(), lengthenEAllowed() else { return }
            m.cursor = m.limit - v3
            duplicateSlice()
        case 3:
            m.sliceFrom("eëe")
        default:
            m.sliceFrom("iee")
        }
    }

    /// `non-AEIOU or atlimit`.
    private mutating func nonVowelOrAtLimit() -> Bool {
        m.outGroupingB(Self.gAEIOU) || m.cursor <= m.limitBackward
    }

    /// `not (AIOU or (E atlimit))  not (next AIOU non-AEIOU)`.
    private mutating func lengthenEAllowed() -> Bool {
        let v4 = m.limit - m.cursor
        if m.inGroupingB(Self.gAIOU) { return false }
        if m.inGroupingB(Self.gE) && m.cursor <= m.limitBackward { return false }
        m.cursor = m.limit - v4
        let v5 = m.limit - m.cursor
        if m.cursor > m.limitBackward {
            m.cursor -= 1
            if m.inGroupingB(Self.gAIOU) && m.outGroupingB(Self.gAEIOU) { return false }
        }
        m.cursor = m.limit - v5
        return true
    }

    /// `->ch insert ch`.
    private mutating func duplicateSlice() {
        let ch = m.sliceTo()
        let c = m.cursor
        m.insert(at: m.cursor, ch)
        m.cursor = c
    }

    mutating func step1() -> Bool {
        m.ket = m.cursor
        let amongVar = Self.a1.findBackward(&m)
        if amongVar == 0 { return false }
        m.bra = m.cursor
        switch amongVar {
        case 1:
            m.sliceDel()
        case 2:
            if !r1() { return false }
            let v1 = m.limit - m.cursor
            if m.charB("t") && r1() { return false }
            m.cursor = m.limit - v1
            if !consonantBefore() { return false }
            m.sliceDel()
        case 3:
            if !r1() { return false }
            m.sliceFrom("ie")
        case 4:
            return step1Es()
        case 5:
            if !r1() { return false }
            m.sliceFrom("é")
        case 6:
            if !r1() || !vowelBefore() { return false }
            m.sliceFrom("au")
        case 7:
            return step1En()
        default:
            m.sliceFrom("nd")
        }
        return true
    }

    /// Step_1, suffix 'es'.
    private mutating func step1Es() -> Bool {
        let v2 = m.limit - m.cursor
        let v3 = m.limit - m.cursor
        if m.eqSB("ar") && r1() && consonantBefore() {
            m.cursor = m.limit - v3
            m.sliceDel()
            lengthenV()
            return true
        }
        m.cursor = m.limit - v2
        let v4 = m.limit - m.cursor
        if m.eqSB("er") && r1() && consonantBefore() {
            m.cursor = m.limit - v4
            m.sliceDel()
            return true
        }
        m.cursor = m.limit - v2
        if !r1() || !consonantBefore() { return false }
        m.sliceFrom("e")
        return true
    }

    /// Step_1, suffix 'en'.
    private mutating func step1En() -> Bool {
        let v5 = m.limit - m.cursor
        if m.eqSB("hed") && r1() {
            m.bra = m.cursor
            m.sliceFrom("heid")
            return true
        }
        m.cursor = m.limit - v5
        if m.eqSB("nd") {
            m.sliceDel()
            return true
        }
        m.cursor = m.limit - v5
        if m.charB("d") && r1() && consonantBefore() {
            m.bra = m.cursor
            m.sliceDel()
            return true
        }
        m.cursor = m.limit - v5
        if (m.charB("i") || m.charB("j")) && vowelBefore() {
            m.sliceDel()
            return true
        }
        m.cursor = m.limit - v5
        if !r1() || !consonantBefore() { return false }
        m.sliceDel()
        lengthenV()
        return true
    }

    mutating func step2() -> Bool {
        m.ket = m.cursor
        let amongVar = Self.a2.findBackward(&m)
        if amongVar == 0 { return false }
        m.bra = m.cursor
        switch amongVar {
        case 1: return step2Je()
        case 2: return r1Replace("g")
        case 3: return r1Replace("lijk")
        case 4: return r1Replace("isch")
        case 5:
            if !r1() || !consonantBefore() { return false }
            m.sliceDel()
        case 6: return r1Replace("t")
        case 7: return r1Replace("s")
        case 8: return r1Replace("r")
        case 9:
            if !r1() { return false }
            m.sliceDel()
            m.insert(at: m.cursor, "l")
            lengthenV()
        case 10:
            if !r1() || !consonantBefore() { return false }
            m.sliceDel()
            m.insert(at: m.cursor, "en")
            lengthenV()
        default:
            if !r1() || !consonantBefore() { return false }
            m.sliceFrom("ief")
        }
        return true
    }

    /// `R1 <- s`.
    mutating func r1Replace(_ s: String) -> Bool {
        if !r1() { return false }
        m.sliceFrom(s)
        return true
    }

    /// Step_2, suffix 'je' (diminutives).
    private mutating func step2Je() -> Bool {
        let v1 = m.limit - m.cursor
        if m.eqSB("'t") {
            m.bra = m.cursor
            m.sliceDel()
            return true
        }
        m.cursor = m.limit - v1
        if m.eqSB("et") {
            m.bra = m.cursor
            if r1() && consonantBefore() {
                m.sliceDel()
                return true
            }
        }
        m.cursor = m.limit - v1
        if m.eqSB("rnt") {
            m.bra = m.cursor
            m.sliceFrom("rn")
            return true
        }
        m.cursor = m.limit - v1
        if m.charB("t") {
            m.bra = m.cursor
            if r1() && vowelBeforeNext() {
                m.sliceDel()
                return true
            }
        }
        m.cursor = m.limit - v1
        return step2JeRest(v1)
    }

    /// Step_2 'je', the alternatives after "t": 'ink', 'mp', apostrophe, plain.
    private mutating func step2JeRest(_ v1: Int) -> Bool {
        if m.eqSB("ink") {
            m.bra = m.cursor
            m.sliceFrom("ing")
            return true
        }
        m.cursor = m.limit - v1
        if m.eqSB("mp") {
            m.bra = m.cursor
            m.sliceFrom("m")
            return true
        }
        m.cursor = m.limit - v1
        if m.charB("'") {
            m.bra = m.cursor
            if r1() {
                m.sliceDel()
                return true
            }
        }
        m.cursor = m.limit - v1
        m.bra = m.cursor
        if !r1() || !consonantBefore() { return false }
        m.sliceDel()
        return true
    }
}
