import Foundation

/// Per-class training weights that make up for the few relevant records among many
/// irrelevant ones. Each returns the weight of one relevant and of one irrelevant record.
enum ClassBalance {
    /// ASReview 1.x "double" balance (`DoubleBalance`, a = 2.155, alpha = 0.94, b = 0.789,
    /// beta = 1.0). ASReview resamples the training set: of `n = n1 + n0` rows it draws
    /// `n * w1 n1 / (w1 n1 + w0 n0)` relevant ones (rounded at random, then `max(1, min(n - 2, ·))`)
    /// with `w1 = a (n1 / n0)^-alpha`, `w0 = 1 - (1 - b)(1 + ln n)^-beta`, the rest irrelevant.
    /// Here the expected number of copies of each record is its weight, so no sampling noise.
    static func double(relevant n1: Int, irrelevant n0: Int) -> (relevant: Double, irrelevant: Double) {
        guard n1 > 0, n0 > 0 else { return (1, 1) }
        let n = Double(n1 + n0)
        let oneWeight = 2.155 * pow(Double(n1) / Double(n0), -0.94)
        let zeroWeight = 1 - (1 - 0.789) * pow(1 + log(n), -1.0)
        let total = oneWeight * Double(n1) + zeroWeight * Double(n0)
        let relevantRows = max(1, min(n - 2, oneWeight * Double(n1) * n / total))
        return (relevantRows / Double(n1), (n - relevantRows) / Double(n0))
    }

    /// ASReview 2.x `Balanced(ratio)`: relevant records weigh 1, irrelevant ones
    /// `n1 / (ratio * n0)`, then all are scaled so the weights sum to `n1 + n0`.
    static func balanced(relevant n1: Int, irrelevant n0: Int, ratio: Double) -> (relevant: Double, irrelevant: Double) {
        guard n1 > 0, n0 > 0 else { return (1, 1) }
        let zero = Double(n1) / (ratio * Double(n0))
        let scale = Double(n1 + n0) / (Double(n1) + zero * Double(n0))
        return (scale, zero * scale)
    }
}
