/// Enumerates the integer vectors x with Σ xᵢ = total and lowerᵢ ≤ xᵢ ≤ upperᵢ in lexicographic
/// order, as an odometer over all but the last entry (which takes what is left). Plain loops
/// without generic helpers (`min`, `max`, ranges): this is the innermost loop of the exact test.
struct Odometer {
    /// The current vector (valid after `next()` returned true).
    private(set) var values: [Int]
    private let lower: [Int]
    private let upper: [Int]
    /// suffixLower[i] = Σ_{j ≥ i} lowerⱼ, likewise suffixUpper.
    private let suffixLower: [Int]
    private let suffixUpper: [Int]
    private let total: Int
    private var started = false

    init(total: Int, lower: [Int], upper: [Int]) {
        let width = lower.count
        var suffixLower = [Int](repeating: 0, count: width + 1)
        var suffixUpper = [Int](repeating: 0, count: width + 1)
        var i = width - 1
        while i >= 0 {
            suffixLower[i] = suffixLower[i + 1] + lower[i]
            suffixUpper[i] = suffixUpper[i + 1] + upper[i]
            i -= 1
        }
        self.values = [Int](repeating: 0, count: width)
        self.lower = lower
        self.upper = upper
        self.suffixLower = suffixLower
        self.suffixUpper = suffixUpper
        self.total = total
    }

    /// Moves to the next vector; false when there is none.
    mutating func next() -> Bool {
        let width = values.count
        if width == 0 { return false }
        var start = 0
        var left = total
        if !started {
            started = true
            if total < suffixLower[0] || total > suffixUpper[0] { return false }
        } else {
            // The last free entry that can still grow, given what the entries before it used.
            var used = total - values[width - 1]
            var i = width - 2
            while i >= 0 {
                used -= values[i]
                let room = total - used - suffixLower[i + 1]
                let high = upper[i] < room ? upper[i] : room
                if values[i] < high { break }
                i -= 1
            }
            if i < 0 { return false }
            values[i] += 1
            left = total - used - values[i]
            start = i + 1
        }
        // Fill the entries from `start` on with their smallest feasible values.
        var j = start
        while j < width - 1 {
            let need = left - suffixUpper[j + 1]
            let value = lower[j] > need ? lower[j] : need
            values[j] = value
            left -= value
            j += 1
        }
        values[width - 1] = left
        return true
    }
}
