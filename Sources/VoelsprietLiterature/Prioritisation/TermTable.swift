/// Integer ids for the distinct unigrams (by their UTF-8 bytes) and bigrams (by their two
/// unigram ids) of a data set, in open-addressing hash tables, so that building features makes
/// no `String` per token. Unigram bytes are kept in one arena and compared byte for byte on a
/// hash match, so two different tokens never share an id.
struct TermTable {
    /// Unigram i's bytes are `arena[unigramStart[i]..<unigramStart[i + 1]]`.
    private(set) var arena: [UInt8] = []
    private(set) var unigramStart: [Int] = [0]
    private var unigramHash: [UInt64] = []
    private var unigramSlots: [Int32]          // unigram index or -1, capacity a power of 2
    /// Per unigram: its term id, or -1 while it has none (stop words never get one).
    private var unigramTerm: [Int32] = []
    private var bigramKeys: [UInt64]           // (first << 32 | second), valid where value >= 0
    private var bigramValues: [Int32]          // term id or -1
    private var bigramCount = 0
    /// Term id → (unigram, second unigram or -1 for a unigram term).
    private(set) var terms: [(Int32, Int32)] = []

    init() {
        unigramSlots = [Int32](repeating: -1, count: 1 << 14)
        bigramKeys = [UInt64](repeating: 0, count: 1 << 16)
        bigramValues = [Int32](repeating: -1, count: 1 << 16)
    }

    var unigramCount: Int { unigramStart.count - 1 }
    var termCount: Int { terms.count }

    func unigramString(_ u: Int32) -> String {
        String(decoding: arena[unigramStart[Int(u)]..<unigramStart[Int(u) + 1]], as: UTF8.self)
    }

    /// FNV-1a over the bytes (64 bit), then a final mix so the low bits spread well.
    @inline(__always) private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
    }

    @inline(__always) private static func mix(_ key: UInt64) -> UInt64 {
        let h = key &* 0x9E37_79B9_7F4A_7C15
        return h ^ (h >> 31)
    }

    /// The unigram index of `bytes`, added if new.
    mutating func unigram(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = Self.hash(bytes)
        let mask = unigramSlots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let u = unigramSlots[slot]
            if u < 0 { break }
            if unigramHash[Int(u)] == h, equals(Int(u), bytes) { return u }
            slot = (slot + 1) & mask
        }
        let u = Int32(unigramCount)
        arena.append(contentsOf: bytes)
        unigramStart.append(arena.count)
        unigramHash.append(h)
        unigramTerm.append(-1)
        unigramSlots[slot] = u
        if 2 * unigramCount > unigramSlots.count { growUnigrams() }
        return u
    }

    private func equals(_ u: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = unigramStart[u], end = unigramStart[u + 1]
        guard end - start == bytes.count else { return false }
        for k in 0..<bytes.count where arena[start + k] != bytes[k] { return false }
        return true
    }

    private mutating func growUnigrams() {
        var slots = [Int32](repeating: -1, count: 2 * unigramSlots.count)
        let mask = slots.count - 1
        for u in 0..<unigramCount {
            var slot = Int(truncatingIfNeeded: unigramHash[u]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(u)
        }
        unigramSlots = slots
    }

    /// The term id of unigram `u` as a term, added if new.
    mutating func unigramTermID(_ u: Int32) -> Int32 {
        let t = unigramTerm[Int(u)]
        if t >= 0 { return t }
        let new = Int32(terms.count)
        terms.append((u, -1))
        unigramTerm[Int(u)] = new
        return new
    }

    /// The term id of the bigram (a, b), added if new.
    mutating func bigramTermID(_ a: Int32, _ b: Int32) -> Int32 {
        let key = UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
        let mask = bigramKeys.count - 1
        var slot = Int(truncatingIfNeeded: Self.mix(key)) & mask
        while bigramValues[slot] >= 0 {
            if bigramKeys[slot] == key { return bigramValues[slot] }
            slot = (slot + 1) & mask
        }
        let t = Int32(terms.count)
        terms.append((a, b))
        bigramKeys[slot] = key
        bigramValues[slot] = t
        bigramCount += 1
        if 2 * bigramCount > bigramKeys.count { growBigrams() }
        return t
    }

    private mutating func growBigrams() {
        var keys = [UInt64](repeating: 0, count: 2 * bigramKeys.count)
        var values = [Int32](repeating: -1, count: keys.count)
        let mask = keys.count - 1
        for slot in bigramKeys.indices where bigramValues[slot] >= 0 {
            var s = Int(truncatingIfNeeded: Self.mix(bigramKeys[slot])) & mask
            while values[s] >= 0 { s = (s + 1) & mask }
            keys[s] = bigramKeys[slot]
            values[s] = bigramValues[slot]
        }
        bigramKeys = keys
        bigramValues = values
    }
}
