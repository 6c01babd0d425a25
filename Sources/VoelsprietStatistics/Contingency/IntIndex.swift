/// A map from non-negative Int keys to Int values by open addressing (linear probing, Fibonacci
/// hashing). `Dictionary` hashes with SipHash through generic code, which in debug builds cost
/// more than the rest of the exact test's innermost loop together.
struct IntIndex {
    private var keys = [Int](repeating: -1, count: 64)
    private var values = [Int](repeating: 0, count: 64)
    private var shift = 58  // 64 − log₂(capacity)
    private var count = 0

    private func slot(_ key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: key) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    /// The value stored for `key` (≥ 0), if any.
    func value(for key: Int) -> Int? {
        let mask = keys.count - 1
        var index = slot(key)
        while true {
            let stored = keys[index]
            if stored == key { return values[index] }
            if stored < 0 { return nil }
            index = (index + 1) & mask
        }
    }

    /// Stores `value` for a new `key` (≥ 0).
    mutating func insert(_ key: Int, _ value: Int) {
        if 2 * (count + 1) > keys.count { grow() }
        let mask = keys.count - 1
        var index = slot(key)
        while keys[index] >= 0 { index = (index + 1) & mask }
        keys[index] = key
        values[index] = value
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [Int](repeating: -1, count: oldKeys.count * 2)
        values = [Int](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for index in oldKeys.indices where oldKeys[index] >= 0 { insert(oldKeys[index], oldValues[index]) }
    }
}
