/// A map from (node, key) pairs of Ints to entry numbers by open addressing (linear probing),
/// for merging the paths that reach one node with one log weight. Written out for speed in
/// debug builds, where `Dictionary` hashes through unspecialised generic code.
struct PairIndex {
    private var nodes = [Int](repeating: 0, count: 64)
    private var keys = [Int](repeating: 0, count: 64)
    /// The entry number of each slot, −1 for an empty slot.
    private var entries = [Int](repeating: -1, count: 64)
    private var shift = 58  // 64 − log₂(capacity)
    private var count = 0

    private func slot(_ node: Int, _ key: Int) -> Int {
        let mixed =
            UInt64(truncatingIfNeeded: key) &* 0x9E37_79B9_7F4A_7C15
            ^ UInt64(truncatingIfNeeded: node) &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    /// The entry of (node, key), or nil.
    func entry(_ node: Int, _ key: Int) -> Int? {
        let mask = entries.count - 1
        var index = slot(node, key)
        while true {
            let entry = entries[index]
            if entry < 0 { return nil }
            if keys[index] == key && nodes[index] == node { return entry }
            index = (index + 1) & mask
        }
    }

    /// Records `entry` for a new (node, key).
    mutating func insert(_ node: Int, _ key: Int, _ entry: Int) {
        if 2 * (count + 1) > entries.count { grow() }
        let mask = entries.count - 1
        var index = slot(node, key)
        while entries[index] >= 0 { index = (index + 1) & mask }
        nodes[index] = node
        keys[index] = key
        entries[index] = entry
        count += 1
    }

    private mutating func grow() {
        let oldNodes = nodes, oldKeys = keys, oldEntries = entries
        let capacity = oldEntries.count * 2
        nodes = [Int](repeating: 0, count: capacity)
        keys = [Int](repeating: 0, count: capacity)
        entries = [Int](repeating: -1, count: capacity)
        shift -= 1
        count = 0
        var index = 0
        while index < oldEntries.count {
            if oldEntries[index] >= 0 { insert(oldNodes[index], oldKeys[index], oldEntries[index]) }
            index += 1
        }
    }
}
