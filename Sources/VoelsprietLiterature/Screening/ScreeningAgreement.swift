import VoelsprietStatistics

/// Two reviewers, in sorted order so that (a, b) and (b, a) are one pair.
public struct ReviewerPair: Sendable, Hashable, Codable, Comparable {
    public let first: String
    public let second: String

    public init(_ a: String, _ b: String) {
        (first, second) = a <= b ? (a, b) : (b, a)
    }

    public static func < (x: Self, y: Self) -> Bool { (x.first, x.second) < (y.first, y.second) }
}

/// Cohen's kappa between two reviewers over the records both screened at one stage.
public struct ReviewerAgreement: Sendable {
    public let pair: ReviewerPair
    public let stage: ScreeningStage
    /// Records both reviewers decided at this stage.
    public let records: Int
    /// κ with standard error and interval, or why it is undefined (e.g. both excluded everything).
    public let kappa: Result<CohenKappa, AgreementNotComputable>
}

extension BlindScreening {
    /// Kappa per reviewer pair at `stage`, over the current (latest) votes include / exclude /
    /// maybe as nominal categories, for every pair that shares at least one record. Sorted by pair.
    public static func agreement(stage: ScreeningStage, decisions: [ScreeningDecision]) -> [ReviewerAgreement] {
        // Current vote per record and reviewer.
        var votes: [String: [String: ScreeningDecision]] = [:]
        for decision in decisions where decision.stage == stage {
            if let seen = votes[decision.recordID]?[decision.reviewer], seen.date > decision.date { continue }
            votes[decision.recordID, default: [:]][decision.reviewer] = decision
        }
        var pairs: [ReviewerPair: ([ScreeningVerdict], [ScreeningVerdict])] = [:]
        for recordID in votes.keys.sorted() {
            let byReviewer = votes[recordID]!
            let reviewers = byReviewer.keys.sorted()
            for (i, a) in reviewers.enumerated() {
                for b in reviewers[(i + 1)...] {
                    let pair = ReviewerPair(a, b)
                    pairs[pair, default: ([], [])].0.append(byReviewer[a]!.verdict)
                    pairs[pair, default: ([], [])].1.append(byReviewer[b]!.verdict)
                }
            }
        }
        return pairs.keys.sorted().map { pair in
            let (first, second) = pairs[pair]!
            let kappa = Result { () throws(AgreementNotComputable) in try CohenKappa.compute(first, second) }
            return ReviewerAgreement(pair: pair, stage: stage, records: first.count, kappa: kappa)
        }
    }
}
