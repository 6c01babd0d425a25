// The suffix steps of the Snowball "english" stemmer (see EnglishStemmer.swift), in the order
// and shape of the code Snowball 3.1.1 generates; each `among` result number is the case of the
// generated switch.

extension EnglishStemmer {
    mutating func step1a() -> Bool {
        let v1 = m.limit - m.cursor
        m.ket = m.cursor
        if Self.a1.findBackward(&m) == 0 {
            m.cursor = m.limit - v1
        } else {
            m.bra = m.cursor
            m.sliceDel()
        }
        m.ket = m.cursor
        let amongVar = Self.a2.findBackward(&m)
        if amongVar == 0 { return false }
        m.bra = m.cursor
        switch amongVar {
        case 1:
            m.sliceFrom("ss")
        case 2:
            if m.cursor - 2 >= m.limitBackward {
                m.cursor -= 2
                m.sliceFrom("i")
            } else {
                m.sliceFrom("ie")
            }
        case 3:
            if m.cursor <= m.limitBackward { return false }
            m.cursor -= 1
            if !m.goOutGroupingB(Self.v) { return false }
            m.cursor -= 1
            m.sliceDel()
        default:
            break
        }
        return true
    }

    mutating func step1b() -> Bool {
        m.ket = m.cursor
        let amongVar = Self.a5.findBackward(&m)
        m.bra = m.cursor
        let v1 = m.limit - m.cursor
        if step1bSpecialCases(amongVar) { return true }
        m.cursor = m.limit - v1
        return step1bRemoveEdIng()
    }

    /// The first alternative of Step_1b: 'eed'/'eedly', the exceptional 'ing' words, and ''.
    private mutating func step1bSpecialCases(_ amongVar: Int) -> Bool {
        switch amongVar {
        case 1:
            let v2 = m.limit - m.cursor
            if r1() {
                let v3 = m.limit - m.cursor
                if !(Self.a3.findBackward(&m) != 0 && m.cursor <= m.limitBackward) {
                    m.cursor = m.limit - v3
                    m.sliceFrom("ee")
                }
            }
            m.cursor = m.limit - v2
            return true
        case 2:
            return false
        case 3:
            let inner = Self.a4.findBackward(&m)
            if inner == 0 { return false }
            if inner == 1 {
                let v4 = m.limit - m.cursor
                guard m.outGroupingB(Self.v), m.cursor <= m.limitBackward else { return false }
                m.cursor = m.limit - v4
                m.bra = m.cursor
                m.sliceFrom("ie")
                return true
            }
            return m.cursor <= m.limitBackward
        default:
            return true
        }
    }

    /// The second alternative of Step_1b: delete 'ed', 'edly', 'ing', 'ingly' after a vowel, then
    /// add 'e', undouble, or leave.
    private mutating func step1bRemoveEdIng() -> Bool {
        let v5 = m.limit - m.cursor
        if !m.goOutGroupingB(Self.v) { return false }
        m.cursor -= 1
        m.cursor = m.limit - v5
        m.sliceDel()
        m.ket = m.cursor
        m.bra = m.cursor
        let v6 = m.limit - m.cursor
        switch Self.a6.findBackward(&m) {
        case 1:
            m.sliceFrom("e")
            return false
        case 2:
            let v7 = m.limit - m.cursor
            if m.inGroupingB(Self.aeo) && m.cursor <= m.limitBackward { return false }
            m.cursor = m.limit - v7
        default:
            if m.cursor != p1 { return false }
            let v8 = m.limit - m.cursor
            if !shortv() { return false }
            m.cursor = m.limit - v8
            m.sliceFrom("e")
            return false
        }
        m.cursor = m.limit - v6
        m.ket = m.cursor
        if m.cursor <= m.limitBackward { return false }
        m.cursor -= 1
        m.bra = m.cursor
        m.sliceDel()
        return true
    }

    mutating func step1c() -> Bool {
        m.ket = m.cursor
        if !(m.charB("y") || m.charB("Y")) { return false }
        m.bra = m.cursor
        if !m.outGroupingB(Self.v) { return false }
        if m.cursor <= m.limitBackward { return false }
        m.sliceFrom("i")
        return true
    }

    mutating func step2() -> Bool {
        m.ket = m.cursor
        let amongVar = Self.a7.findBackward(&m)
        if amongVar == 0 { return false }
        m.bra = m.cursor
        if !r1() { return false }
        switch amongVar {
        case 1...13:
            m.sliceFrom(Self.a7Replacements[amongVar - 1])
        case 14:
            if !m.charB("l") { return false }
            m.sliceFrom("og")
        case 15:
            m.sliceFrom("less")
        default:
            if !m.inGroupingB(Self.validLI) { return false }
            m.sliceDel()
        }
        return true
    }

    mutating func step3() -> Bool {
        m.ket = m.cursor
        let amongVar = Self.a8.findBackward(&m)
        if amongVar == 0 { return false }
        m.bra = m.cursor
        if !r1() { return false }
        switch amongVar {
        case 1: m.sliceFrom("tion")
        case 2: m.sliceFrom("ate")
        case 3: m.sliceFrom("al")
        case 4: m.sliceFrom("ic")
        case 5: m.sliceDel()
        default:
            if !r2() { return false }
            m.sliceDel()
        }
        return true
    }

    mutating func step4() -> Bool {
        m.ket = m.cursor
        let amongVar = Self.a9.findBackward(&m)
        if amongVar == 0 { return false }
        m.bra = m.cursor
        if !r2() { return false }
        if amongVar == 1 {
            m.sliceDel()
        } else {
            if !(m.charB("s") || m.charB("t")) { return false }
            m.sliceDel()
        }
        return true
    }

    mutating func step5() -> Bool {
        m.ket = m.cursor
        let amongVar = Self.a10.findBackward(&m)
        if amongVar == 0 { return false }
        m.bra = m.cursor
        if amongVar == 1 {
            if !r2() {
                if !r1() { return false }
                let v1 = m.limit - m.cursor
                if shortv() { return false }
                m.cursor = m.limit - v1
            }
            m.sliceDel()
        } else {
            if !r2() { return false }
            if !m.charB("l") { return false }
            m.sliceDel()
        }
        return true
    }
}
