import Foundation

/// Settings of a screening simulation.
public struct SimulationOptions: Sendable {
    /// Seed of the prior-knowledge draw and of the model's training order.
    public var seed: UInt64
    public var model: PrioritisationModel
    /// Prior knowledge as ASReview draws it: this many relevant and irrelevant records chosen
    /// at random (with the seed) and labelled before the first ranking.
    public var priorRelevant = 1
    public var priorIrrelevant = 1
    /// When the model is retrained. Records are taken from the top of the current ranking one
    /// at a time; the model is retrained at once after a relevant record, and after
    /// irrelevant ones as soon as `max(1, retrainFraction × records labelled)` of them have
    /// come in since the last training. 0 retrains after every decision, as ASReview does by
    /// default; the default 0.02 makes long runs of irrelevant records cheap (one retraining
    /// per 20 records at 1,000 labelled) while every relevant find still changes the ranking
    /// at once.
    public var retrainFraction = 0.02

    public init(seed: UInt64, model: PrioritisationModel = .svm, priorRelevant: Int = 1,
                priorIrrelevant: Int = 1, retrainFraction: Double = 0.02) {
        self.seed = seed
        self.model = model
        self.priorRelevant = priorRelevant
        self.priorIrrelevant = priorIrrelevant
        self.retrainFraction = max(0, retrainFraction)
    }
}

/// What a simulation found. JSON keys (an interface for `voelspriet lit simulate --format
/// json`): `records` (all records in the data set), `relevant` (all relevant records,
/// priors included), `wss95`, `rrf10` (both as asreview-insights computes them, priors left
/// out), `recall_curve` (the recall curve's steps as `[screened_fraction, recall]` pairs:
/// `[0, 0]`, one pair at each relevant record found, then `[1, recall]`; fractions are of the
/// records left after the priors, as in asreview-insights' plots), `seconds` (wall time of
/// the simulation, feature extraction included), `model`, `seed`, `priors`, and the stopping
/// aid's check: `recall_interval_coverage` (share of checkpoints at which the true recall lay
/// inside the estimated 95% interval) over `recall_interval_checks` checkpoints.
public struct SimulationResult: Sendable, Codable, Equatable {
    public var records: Int
    public var relevant: Int
    public var wss95: Double
    public var rrf10: Double
    public var recallCurve: [RecallPoint]
    public var seconds: Double
    public var model: PrioritisationModel
    public var seed: UInt64
    public var priors: Int
    public var recallIntervalCoverage: Double
    public var recallIntervalChecks: Int
    /// Record indexes in the order they were screened, priors first (not encoded).
    public var screeningOrder: [Int] = []

    enum CodingKeys: String, CodingKey {
        case records, relevant, wss95, rrf10, seconds, model, seed, priors
        case recallCurve = "recall_curve"
        case recallIntervalCoverage = "recall_interval_coverage"
        case recallIntervalChecks = "recall_interval_checks"
    }
}

/// Replays a screening with known labels: prior knowledge, then the top-ranked record (or
/// batch) is "screened" (its label revealed) and the model retrained, until every relevant
/// record has been found. The records left then are all irrelevant, so they are appended in
/// the last ranking's order without retraining: the metrics are the same as if screening had
/// gone on to the end (ASReview's simulations stop there too by default).
public enum ScreeningSimulation {
    public static func run(texts: [String], labels: [Bool], options: SimulationOptions) -> SimulationResult {
        precondition(texts.count == labels.count, "one label per text")
        let start = Date()
        var generator = SplitMix64(seed: options.seed)
        let priors = drawPriors(labels: labels, options: options, generator: &generator)
        var engine = RankingEngine(texts: texts, model: options.model, seed: options.seed)
        var order = priors
        var screened = [Bool](repeating: false, count: texts.count)
        for row in priors {
            screened[row] = true
            engine.add(row: row, relevant: labels[row])
        }
        let totalRelevant = labels.filter { $0 }.count
        var found = priors.filter { labels[$0] }.count
        var unscreened = (0..<texts.count).filter { !screened[$0] }
        var scores: [Double] = []
        while found < totalRelevant, !unscreened.isEmpty {
            scores = engine.scores(rows: unscreened)
            let batch = max(1, Int(options.retrainFraction * Double(order.count)))
            // Only the first `batch` of the ranking can be screened before the next training.
            var taken = 0
            for row in top(batch, of: unscreened, scores: scores) {
                order.append(row)
                screened[row] = true
                taken += 1
                engine.add(row: row, relevant: labels[row])
                if labels[row] { found += 1 }
                if labels[row] || taken >= batch || found == totalRelevant { break }
            }
            let kept = unscreened.indices.filter { !screened[unscreened[$0]] }
            scores = kept.map { scores[$0] }
            unscreened = kept.map { unscreened[$0] }
        }
        // The rest (all irrelevant) in the last ranking's order.
        order += scores.count == unscreened.count ? rank(unscreened, scores: scores) : unscreened
        let ordered = order.map { labels[$0] }
        let coverage = intervalCoverage(ordered, priors: priors.count, totalRelevant: totalRelevant)
        return SimulationResult(
            records: texts.count, relevant: totalRelevant,
            wss95: ScreeningMetrics.wss(at: 0.95, labelsInOrder: ordered, priors: priors.count),
            rrf10: ScreeningMetrics.rrf(at: 0.10, labelsInOrder: ordered, priors: priors.count),
            recallCurve: ScreeningMetrics.recallSteps(labelsInOrder: ordered, priors: priors.count),
            seconds: Date().timeIntervalSince(start), model: options.model, seed: options.seed,
            priors: priors.count, recallIntervalCoverage: coverage.share, recallIntervalChecks: coverage.checks,
            screeningOrder: order)
    }

    /// Rows sorted by descending score; ties keep the earlier position in `rows` first.
    static func rank(_ rows: [Int], scores: [Double]) -> [Int] {
        let positions = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        return positions.map { rows[$0] }
    }

    /// The first `k` of `rank(rows, scores:)`, found in one pass that keeps the best k so far
    /// in order (insertion into a short sorted list; k is a few dozen at most here).
    static func top(_ k: Int, of rows: [Int], scores: [Double]) -> [Int] {
        guard k < rows.count / 4 else { return Array(rank(rows, scores: scores).prefix(k)) }
        var best: [Int] = []   // positions, best first
        best.reserveCapacity(k + 1)
        for i in scores.indices {
            if best.count == k, let last = best.last, scores[i] <= scores[last] { continue }
            // Insert after every position with a higher or equal score (equal: earlier wins).
            var at = best.count
            while at > 0, scores[best[at - 1]] < scores[i] { at -= 1 }
            best.insert(i, at: at)
            if best.count > k { best.removeLast() }
        }
        return best.map { rows[$0] }
    }

    /// `priorRelevant` relevant then `priorIrrelevant` irrelevant rows, drawn without
    /// replacement with the seeded generator.
    static func drawPriors(labels: [Bool], options: SimulationOptions, generator: inout SplitMix64) -> [Int] {
        var relevant = labels.indices.filter { labels[$0] }
        var irrelevant = labels.indices.filter { !labels[$0] }
        generator.shuffle(&relevant)
        generator.shuffle(&irrelevant)
        return Array(relevant.prefix(options.priorRelevant)) + Array(irrelevant.prefix(options.priorIrrelevant))
    }

    /// The stopping aid checked against the truth at 50 checkpoints spread over the screening
    /// order (after the priors): the share at which the true recall so far lies inside the
    /// aid's 95% interval.
    static func intervalCoverage(_ ordered: [Bool], priors: Int, totalRelevant: Int) -> (share: Double, checks: Int) {
        guard totalRelevant > 0, ordered.count > priors + 1 else { return (0, 0) }
        let span = ordered.count - priors
        var inside = 0, checks = 0
        for step in 1..<50 {
            let screened = priors + span * step / 50
            let aid = StoppingAid(decisionsInOrder: Array(ordered[..<screened]), priors: priors,
                                  unscreened: ordered.count - screened)
            let truth = Double(aid.relevantFound) / Double(totalRelevant)
            checks += 1
            if aid.recallLower - 1e-12 <= truth, truth <= aid.recallUpper + 1e-12 { inside += 1 }
        }
        return (Double(inside) / Double(checks), checks)
    }
}
