// Steps 3, 4, 7, 6 and 1c of the Snowball "dutch" stemmer (see DutchStemmer.swift and
// DutchStemmerSteps.swift), in the shape of the code Snowball 3.1.1 generates.

extension DutchStemmer {
    mutating func step3() -> Bool {
        m.ket = m.cursor
        let amongVar = Self.a3.findBackward(&m)
        if amongVar == 0 { return false }
        m.bra = m.cursor
        switch amongVar {
        case 1: return r1Replace("eer")
        case 2:
            if !r1() { return false }
            m.sliceDel()
            lengthenV()
        case 3:
            if !r1() { return false }
            m.sliceDel()
        case 4:
            m.sliceFrom("r")
        case 5:
            let v1 = m.limit - m.cursor
            if m.eqSB("ild") {
                m.sliceFrom("er")
                return true
            }
            m.cursor = m.limit - v1
            if !r1() { return false }
            m.sliceDel()
            lengthenV()
        case 6:
            if !r1() || !consonantBefore() { return false }
            m.sliceFrom("aar")
        case 7, 8:
            if !r2() { return false }
            m.sliceDel()
            m.insert(at: m.cursor, amongVar == 7 ? "f" : "g")
            lengthenV()
        case 9:
            if !r1() || !consonantBefore() { return false }
            m.sliceFrom("t")
        default:
            if !r1() || !consonantBefore() { return false }
            m.sliceFrom("d")
        }
        return true
    }

    mutating func step4() -> Bool {
        let v1 = m.limit - m.cursor
        if step4First() { return true }
        m.cursor = m.limit - v1
        m.ket = m.cursor
        if Self.a5.findBackward(&m) == 0 { return false }
        m.bra = m.cursor
        if !r1() { return false }
        let v2 = m.limit - m.cursor
        if m.eqSB("inn") && m.cursor <= m.limitBackward { return false }
        m.cursor = m.limit - v2
        if !consonantBefore() { return false }
        m.sliceDel()
        lengthenV()
        return true
    }

    /// Step_4's first among ('ioneel', 'atief', 'baar', ..., 'end').
    private mutating func step4First() -> Bool {
        m.ket = m.cursor
        let amongVar = Self.a4.findBackward(&m)
        if amongVar == 0 { return false }
        m.bra = m.cursor
        switch amongVar {
        case 1: return r1Replace("ie")
        case 2: return r1Replace("eer")
        case 3:
            if !r1() { return false }
            m.sliceDel()
        case 4, 5, 6:
            if !r1() || !vowelBefore() { return false }
            m.sliceFrom(amongVar == 4 ? "n" : amongVar == 5 ? "l" : "r")
        case 7: return r1Replace("teer")
        case 8: return r1Replace("lijk")
        default:
            if !r1() || !consonantBefore() { return false }
            m.sliceDel()
            lengthenV()
        }
        return true
    }

    mutating func step7() -> Bool {
        m.ket = m.cursor
        let amongVar = Self.a6.findBackward(&m)
        if amongVar == 0 { return false }
        m.bra = m.cursor
        m.sliceFrom(Self.a6Replacements[amongVar - 1])
        return true
    }

    mutating func step6() -> Bool {
        m.ket = m.cursor
        let amongVar = Self.a7.findBackward(&m)
        guard amongVar >= 1, amongVar <= Self.a7Replacements.count else { return false }
        m.bra = m.cursor
        if amongVar == 11 {
            let v1 = m.limit - m.cursor
            if m.charB("i") && m.cursor <= m.limitBackward { return false }
            m.cursor = m.limit - v1
        }
        m.sliceFrom([Self.a7Replacements[amongVar - 1]])
        return true
    }

    mutating func step1c() -> Bool {
        m.ket = m.cursor
        let amongVar = Self.a8.findBackward(&m)
        if amongVar == 0 { return false }
        m.bra = m.cursor
        if !r1() || !consonantBefore() { return false }
        if amongVar == 1 {
            let v1 = m.limit - m.cursor
            if m.charB("n") && r1() { return false }
            m.cursor = m.limit - v1
            let v2 = m.limit - m.cursor
            if m.eqSB("in") && m.cursor <= m.limitBackward {
                m.sliceFrom("n")
            } else {
                m.cursor = m.limit - v2
                m.sliceDel()
            }
        } else {
            let v3 = m.limit - m.cursor
            if m.charB("h") && r1() { return false }
            m.cursor = m.limit - v3
            let v4 = m.limit - m.cursor
            if m.eqSB("en") && m.cursor <= m.limitBackward { return false }
            m.cursor = m.limit - v4
            m.sliceDel()
        }
        return true
    }
}
