// A minimal Snowball runtime: the string buffer, cursor and slice operations that the Snowball
// compiler's generated stemmers use (see snowballstem.org, "The Snowball language", and the
// `BaseStemmer` class of the PyPI package `snowballstemmer`, which this mirrors operation for
// operation). Characters are Unicode scalars, as in the Python runtime (one Python str index =
// one code point), so `hop 3` and among matching count code points.

/// A set of scalars below U+0100 (every grouping in the English and Dutch stemmers lies there),
/// kept as a 256-bit map.
struct SnowballGrouping: Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ members: String) {
        for scalar in members.unicodeScalars where scalar.value < 256 {
            let bit = UInt64(1) << UInt64(scalar.value & 63)
            switch scalar.value >> 6 {
            case 0: words.0 |= bit
            case 1: words.1 |= bit
            case 2: words.2 |= bit
            default: words.3 |= bit
            }
        }
    }

    @inline(__always) func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value < 256 else { return false }
        let bit = UInt64(1) << UInt64(value & 63)
        switch value >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }
}

/// An `among` table. None of the English/Dutch tables has per-entry routines, so Snowball's
/// binary search with its substring chain reduces to "the longest entry that matches wins",
/// which is what this does (entries are kept longest first; each entry's first and last scalar
/// are compared before the rest).
struct SnowballAmong: Sendable {
    private struct Entry: Sendable {
        let scalars: [Unicode.Scalar]
        let first: Unicode.Scalar
        let last: Unicode.Scalar
        let result: Int
    }

    private let entries: [Entry]

    init(_ table: [(String, Int)]) {
        entries = table.map { string, result in
            let scalars = Array(string.unicodeScalars)
            return Entry(scalars: scalars, first: scalars.first ?? " ", last: scalars.last ?? " ", result: result)
        }.sorted { $0.scalars.count > $1.scalars.count }
    }

    /// Forward match at the cursor; returns the entry's result (0 when nothing matches).
    func find(_ m: inout SnowballMachine) -> Int {
        let next: Unicode.Scalar? = m.cursor < m.limit ? m.current[m.cursor] : nil
        for entry in entries {
            let n = entry.scalars.count
            if n > 0 && entry.first != next { continue }
            if m.matchesForward(entry.scalars) {
                m.cursor += n
                return entry.result
            }
        }
        return 0
    }

    /// Backward match ending at the cursor; returns the entry's result (0 when nothing matches).
    func findBackward(_ m: inout SnowballMachine) -> Int {
        let previous: Unicode.Scalar? = m.cursor > m.limitBackward ? m.current[m.cursor - 1] : nil
        for entry in entries {
            let n = entry.scalars.count
            if n > 0 && entry.last != previous { continue }
            if m.matchesBackward(entry.scalars) {
                m.cursor -= n
                return entry.result
            }
        }
        return 0
    }
}

/// The Snowball string buffer with its cursor, limits and slice (bra..ket).
struct SnowballMachine {
    var current: [Unicode.Scalar]
    var cursor = 0
    var limit: Int
    var limitBackward = 0
    var bra = 0
    var ket: Int

    init(_ word: [Unicode.Scalar]) {
        current = word
        limit = word.count
        ket = word.count
    }

    // MARK: groupings

    mutating func inGrouping(_ g: SnowballGrouping) -> Bool {
        guard cursor < limit, g.contains(current[cursor]) else { return false }
        cursor += 1
        return true
    }

    mutating func inGroupingB(_ g: SnowballGrouping) -> Bool {
        guard cursor > limitBackward, g.contains(current[cursor - 1]) else { return false }
        cursor -= 1
        return true
    }

    mutating func outGrouping(_ g: SnowballGrouping) -> Bool {
        guard cursor < limit, !g.contains(current[cursor]) else { return false }
        cursor += 1
        return true
    }

    mutating func outGroupingB(_ g: SnowballGrouping) -> Bool {
        guard cursor > limitBackward, !g.contains(current[cursor - 1]) else { return false }
        cursor -= 1
        return true
    }

    /// Moves forward to the first scalar not in `g`; false at the limit.
    mutating func goInGrouping(_ g: SnowballGrouping) -> Bool {
        while cursor < limit {
            if !g.contains(current[cursor]) { return true }
            cursor += 1
        }
        return false
    }

    /// Moves forward to the first scalar in `g`; false at the limit.
    mutating func goOutGrouping(_ g: SnowballGrouping) -> Bool {
        while cursor < limit {
            if g.contains(current[cursor]) { return true }
            cursor += 1
        }
        return false
    }

    /// Moves backward until the scalar before the cursor is in `g`; false at the backward limit.
    mutating func goOutGroupingB(_ g: SnowballGrouping) -> Bool {
        while cursor > limitBackward {
            if g.contains(current[cursor - 1]) { return true }
            cursor -= 1
        }
        return false
    }

    // MARK: literals

    func matchesForward(_ s: [Unicode.Scalar]) -> Bool {
        let n = s.count
        guard limit - cursor >= n else { return false }
        var k = 0
        while k < n {
            if current[cursor + k] != s[k] { return false }
            k += 1
        }
        return true
    }

    func matchesBackward(_ s: [Unicode.Scalar]) -> Bool {
        let n = s.count
        guard cursor - limitBackward >= n else { return false }
        let start = cursor - n
        var k = 0
        while k < n {
            if current[start + k] != s[k] { return false }
            k += 1
        }
        return true
    }

    /// `eq_s`: the ASCII literal at the cursor, moving past it.
    mutating func eqS(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard limit - cursor >= n else { return false }
        let bytes = s.utf8Start
        for k in 0..<n where current[cursor + k].value != UInt32(bytes[k]) { return false }
        cursor += n
        return true
    }

    /// `eq_s_b`: the ASCII literal ending at the cursor, moving before it.
    mutating func eqSB(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard cursor - limitBackward >= n else { return false }
        let bytes = s.utf8Start
        let start = cursor - n
        for k in 0..<n where current[start + k].value != UInt32(bytes[k]) { return false }
        cursor = start
        return true
    }

    /// One scalar `c` before the cursor (backward mode), moving before it.
    mutating func charB(_ c: Unicode.Scalar) -> Bool {
        guard cursor > limitBackward, current[cursor - 1] == c else { return false }
        cursor -= 1
        return true
    }

    /// One scalar `c` at the cursor (forward mode), moving past it.
    mutating func char(_ c: Unicode.Scalar) -> Bool {
        guard cursor < limit, current[cursor] == c else { return false }
        cursor += 1
        return true
    }

    // MARK: edits

    @discardableResult
    private mutating func replace(_ cBra: Int, _ cKet: Int, with s: [Unicode.Scalar]) -> Int {
        guard cBra >= 0, cBra <= cKet, cKet <= current.count else { return 0 }
        let adjustment = s.count - (cKet - cBra)
        current.replaceSubrange(cBra..<cKet, with: s)
        limit += adjustment
        if cursor >= cKet {
            cursor += adjustment
        } else if cursor > cBra {
            cursor = cBra
        }
        return adjustment
    }

    /// `<-`: replaces the slice bra..ket.
    mutating func sliceFrom(_ s: String) {
        sliceFrom(Array(s.unicodeScalars))
    }

    mutating func sliceFrom(_ s: [Unicode.Scalar]) {
        guard bra >= 0, bra <= ket, ket <= limit else { return }
        replace(bra, ket, with: s)
        ket = bra + s.count
    }

    mutating func sliceDel() { sliceFrom([]) }

    /// `insert`: inserts at cursor position `at`, shifting the slice as the Snowball runtime does.
    mutating func insert(at position: Int, _ s: [Unicode.Scalar]) {
        let adjustment = replace(position, position, with: s)
        if position <= bra { bra += adjustment }
        if position <= ket { ket += adjustment }
    }

    mutating func insert(at position: Int, _ s: String) { insert(at: position, Array(s.unicodeScalars)) }

    /// `->`: the slice's scalars.
    func sliceTo() -> [Unicode.Scalar] {
        guard bra >= 0, bra <= ket, ket <= current.count else { return [] }
        return Array(current[bra..<ket])
    }

    /// The result: the buffer up to the limit.
    var result: [Unicode.Scalar] { Array(current[0..<min(max(limit, 0), current.count)]) }
}
