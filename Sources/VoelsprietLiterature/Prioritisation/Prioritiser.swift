/// A screening decision: the record (by index into the texts) and whether it was relevant.
public struct RelevanceLabel: Sendable, Equatable, Hashable {
    public var record: Int
    public var relevant: Bool

    public init(record: Int, relevant: Bool) {
        self.record = record
        self.relevant = relevant
    }
}

/// One unscreened record in a ranking.
public struct RankedRecord: Sendable, Equatable {
    public var record: Int
    /// The model's score (higher: more likely relevant). For the ensemble a standardised
    /// score; for naive Bayes the log-odds; for the SVM the decision value.
    public var score: Double
}

/// Ranks unscreened records for live screening. The TF-IDF features (the vocabulary of all
/// texts) are built once in `init`; each ranking trains the model anew on the decisions given,
/// so the value can be shared and used from any thread.
public struct Prioritiser: Sendable {
    public let model: PrioritisationModel
    public let recordCount: Int
    private let engine: RankingEngine
    /// SVM passes per ranking: each ranking trains from scratch, and 10 passes keep a step
    /// on 10,000 records under 100 ms even with thousands of decisions.
    static let liveEpochs = 10

    /// - Parameter texts: one text per record, title and abstract joined by a space (as
    ///   ASReview does).
    public init(texts: [String], model: PrioritisationModel = .svm, seed: UInt64 = 0) {
        self.model = model
        recordCount = texts.count
        engine = RankingEngine(texts: texts, model: model, seed: seed, maxEpochs: Self.liveEpochs)
    }

    /// The unscreened records, most likely relevant first. Until at least one relevant and
    /// one irrelevant decision exist, every score is 0 and records keep their input order.
    public func rank(relevant: Set<Int>, irrelevant: Set<Int>) -> [RankedRecord] {
        let decisions = relevant.sorted().map { RelevanceLabel(record: $0, relevant: true) }
            + irrelevant.sorted().map { RelevanceLabel(record: $0, relevant: false) }
        return rank(decisions: decisions)
    }

    /// The same from decisions in the order they were made (a record decided twice counts
    /// with its last decision).
    public func rank(decisions: [RelevanceLabel]) -> [RankedRecord] {
        var engine = engine
        var latest: [Int: Bool] = [:]
        for decision in decisions where decision.record >= 0 && decision.record < recordCount {
            latest[decision.record] = decision.relevant
        }
        for (record, relevant) in latest.sorted(by: { $0.key < $1.key }) { engine.add(row: record, relevant: relevant) }
        let unscreened = (0..<recordCount).filter { latest[$0] == nil }
        let scores = engine.scores(rows: unscreened)
        return ScreeningSimulation.rank(Array(unscreened.indices), scores: scores)
            .map { RankedRecord(record: unscreened[$0], score: scores[$0]) }
    }

    /// The stopping aid for decisions in the order they were made; `priors` leading decisions
    /// were prior knowledge rather than taken from the ranking.
    public func stoppingAid(decisions: [RelevanceLabel], priors: Int = 0) -> StoppingAid {
        let decided = Set(decisions.map(\.record))
        return StoppingAid(decisionsInOrder: decisions.map(\.relevant), priors: priors,
                           unscreened: recordCount - decided.count)
    }
}
