/// One point of a recall curve: after `screenedFraction` of the records, `recall` of the
/// relevant ones had been found.
public struct RecallPoint: Sendable, Equatable, Codable {
    public var screenedFraction: Double
    public var recall: Double

    public init(screenedFraction: Double, recall: Double) {
        self.screenedFraction = screenedFraction
        self.recall = recall
    }

    /// Encoded as a two-element array `[screened_fraction, recall]`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(screenedFraction)
        try container.encode(recall)
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        screenedFraction = try container.decode(Double.self)
        recall = try container.decode(Double.self)
    }
}

/// Screening metrics computed exactly as asreview-insights 1.5/1.6 computes them
/// (`asreviewcontrib/insights/algorithms.py` and `metrics.py`), so figures can be compared with
/// ASReview's.
///
/// All functions take the labels in the order the records were screened, prior-knowledge
/// records first. As asreview-insights does (`priors=False`, its default), the first `priors`
/// labels are left out, and the order is padded with irrelevant labels up to `recordCount -
/// priors` when it is shorter (records never screened count as found last).
public enum ScreeningMetrics {
    /// Work saved over sampling at `recall` (0.95 for WSS@95), as asreview-insights defines
    /// it: for k = 1 … P relevant records (P in all) compare the position at which the k-th
    /// relevant one was found with the position at which random screening finds it, taken as
    /// the first index where `round(linspace(0, P, n))` reaches k (NumPy rounds half to even);
    /// WSS(k/P) is the difference divided by n, the number of records left after the priors.
    /// WSS@r is the value at the largest k with k/P ≤ r. This differs from "share not screened
    /// minus 0.05" by rounding only. Returns 0 when there is no relevant record.
    public static func wss(at recall: Double, labelsInOrder: [Bool], priors: Int, recordCount: Int? = nil) -> Double {
        let labels = leftAfterPriors(labelsInOrder, priors: priors, recordCount: recordCount)
        let n = labels.count, p = labels.reduce(0) { $0 + ($1 ? 1 : 0) }
        guard p > 0, n > 1 else { return 0 }
        // Positions (0-based) at which the k-th relevant record is found, k = 1 … P.
        var whenFound: [Int] = []
        whenFound.reserveCapacity(p)
        for (i, relevant) in labels.enumerated() where relevant { whenFound.append(i) }
        // Random screening: found(i) = round(i * (P / (n - 1))), NumPy's linspace arithmetic,
        // last value exactly P; the k-th is found at the first i with found(i) >= k.
        let step = Double(p) / Double(n - 1)
        var whenFoundRandom = [Int](repeating: n, count: p)
        var next = 1
        for i in 0..<n where next <= p {
            let found = i == n - 1 ? Double(p) : (Double(i) * step).rounded(.toNearestOrEven)
            while next <= p, found >= Double(next) {
                whenFoundRandom[next - 1] = i
                next += 1
            }
        }
        // x_k = k / P; take y at the last x_k <= recall (NumPy's y[i - 1] with i = 0 is y[-1]).
        var index = 0
        while index < p, Double(index + 1) / Double(p) <= recall { index += 1 }
        let k = index == 0 ? p - 1 : index - 1
        return Double(whenFoundRandom[k] - whenFound[k]) / Double(n)
    }

    /// Relevant records found after screening `fraction` of the records (RRF@10 is
    /// `rrf(at: 0.10, …)`), as asreview-insights' `recall` metric: the recall after the
    /// largest i with i / n ≤ fraction screened, 0 when fraction < 1 / n.
    public static func rrf(at fraction: Double, labelsInOrder: [Bool], priors: Int, recordCount: Int? = nil) -> Double {
        let labels = leftAfterPriors(labelsInOrder, priors: priors, recordCount: recordCount)
        let n = labels.count, p = labels.reduce(0) { $0 + ($1 ? 1 : 0) }
        guard n > 0, p > 0 else { return 0 }
        var screened = 0
        while screened < n, Double(screened + 1) / Double(n) <= fraction { screened += 1 }
        let found = labels[..<screened].reduce(0) { $0 + ($1 ? 1 : 0) }
        return Double(found) / Double(p)
    }

    /// The recall curve as asreview-insights draws it, one point per record:
    /// ((i + 1) / n, relevant found in the first i + 1 / P).
    public static func recallCurve(labelsInOrder: [Bool], priors: Int, recordCount: Int? = nil) -> [RecallPoint] {
        let labels = leftAfterPriors(labelsInOrder, priors: priors, recordCount: recordCount)
        let n = Double(labels.count), p = Double(labels.reduce(0) { $0 + ($1 ? 1 : 0) })
        var found = 0.0
        return labels.enumerated().map { i, relevant in
            if relevant { found += 1 }
            return RecallPoint(screenedFraction: Double(i + 1) / n, recall: p > 0 ? found / p : 0)
        }
    }

    /// The same curve reduced to its steps: (0, 0), the point at which each relevant record
    /// is found, and the last point (1, recall) — enough to redraw it exactly.
    public static func recallSteps(labelsInOrder: [Bool], priors: Int, recordCount: Int? = nil) -> [RecallPoint] {
        let labels = leftAfterPriors(labelsInOrder, priors: priors, recordCount: recordCount)
        let curve = recallCurve(labelsInOrder: labels, priors: 0)
        var steps = [RecallPoint(screenedFraction: 0, recall: 0)]
        for (i, relevant) in labels.enumerated() where relevant { steps.append(curve[i]) }
        if let last = curve.last, last.screenedFraction != steps.last?.screenedFraction { steps.append(last) }
        return steps
    }

    static func leftAfterPriors(_ labels: [Bool], priors: Int, recordCount: Int?) -> [Bool] {
        var left = Array(labels.dropFirst(priors))
        if let recordCount, left.count < recordCount - priors {
            left += [Bool](repeating: false, count: recordCount - priors - left.count)
        }
        return left
    }
}
