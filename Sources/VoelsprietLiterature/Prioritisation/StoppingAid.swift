/// Figures that help decide when to stop screening: how long the current run of irrelevant
/// records is and how much of the relevant literature has probably been found.
public struct StoppingAid: Sendable, Equatable, Codable {
    /// Records screened (prior knowledge included).
    public var screened: Int
    /// Relevant records among them.
    public var relevantFound: Int
    /// Irrelevant decisions since the last relevant one (all decisions if none was relevant).
    public var consecutiveIrrelevant: Int
    /// Estimated relevant records among the unscreened ones (a point estimate).
    public var estimatedRemainingRelevant: Double
    /// Estimated recall so far, `relevantFound / (relevantFound + remaining)`.
    public var estimatedRecall: Double
    /// A 95% interval for the recall so far (2.5% and 97.5% quantiles).
    public var recallLower: Double
    public var recallUpper: Double

    /// Computes the aid from the decisions in the order they were made. `priors` leading
    /// decisions are prior knowledge (not drawn from the ranking), counted as found but left
    /// out of the yield estimate; `unscreened` is the number of records not yet screened.
    public init(decisionsInOrder: [Bool], priors: Int = 0, unscreened: Int) {
        screened = decisionsInOrder.count
        relevantFound = decisionsInOrder.reduce(0) { $0 + ($1 ? 1 : 0) }
        consecutiveIrrelevant = decisionsInOrder.reversed().prefix { !$0 }.count
        let estimate = RecallEstimator.estimate(ranked: Array(decisionsInOrder.dropFirst(priors)),
                                                found: relevantFound, unscreened: unscreened)
        estimatedRemainingRelevant = estimate.remaining
        estimatedRecall = estimate.recall
        recallLower = estimate.lower
        recallUpper = estimate.upper
    }
}
