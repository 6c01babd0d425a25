import Foundation
import Testing
@testable import VoelsprietLiterature

/// Made-up records: "relevant" ones are about sleep in adolescents, others about other things.
enum MadeUpRecords {
    static let relevantTopics = ["sleep duration adolescents", "insomnia in teenagers sleep", "adolescent sleep quality school",
                                 "sleep hygiene youth adolescents", "teen insomnia sleep therapy"]
    static let otherTopics = ["soil bacteria nitrogen", "bridge steel corrosion", "galaxy cluster redshift",
                              "tax policy inflation", "protein folding enzyme", "river flood model",
                              "software testing tools", "bird migration routes", "coral reef bleaching"]

    /// `count` records, every `every`-th relevant, deterministic.
    static func make(count: Int, every: Int = 12) -> (texts: [String], labels: [Bool]) {
        var texts: [String] = [], labels: [Bool] = []
        for i in 0..<count {
            let relevant = i % every == 0
            let topics = relevant ? relevantTopics : otherTopics
            let a = topics[i % topics.count], b = topics[(i / 7) % topics.count]
            texts.append("Study \(i): \(a) and \(b), with a survey of \(otherTopics[(i * 5) % otherTopics.count]).")
            labels.append(relevant)
        }
        return (texts, labels)
    }
}

@Suite struct PrioritiserTests {
    @Test(arguments: PrioritisationModel.allCases)
    func ranksTopicalRecordsFirst(model: PrioritisationModel) throws {
        let data = MadeUpRecords.make(count: 120)
        let prioritiser = Prioritiser(texts: data.texts, model: model)
        let ranking = prioritiser.rank(relevant: [0, 12], irrelevant: [1, 2, 3, 4, 5, 6])
        #expect(ranking.count == 112)
        #expect(!ranking.contains { [0, 12, 1, 2, 3, 4, 5, 6].contains($0.record) })
        // All 8 other relevant records (24, 36, …, 108) come before any irrelevant one.
        let top = Set(ranking.prefix(8).map(\.record))
        #expect(top == Set(stride(from: 24, to: 120, by: 12)), "\(model)")
        #expect(zip(ranking, ranking.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test func withoutBothClassesKeepsInputOrder() {
        let data = MadeUpRecords.make(count: 30)
        let ranking = Prioritiser(texts: data.texts, model: .naiveBayes).rank(relevant: [0], irrelevant: [])
        #expect(ranking.map(\.record) == Array(1..<30))
    }

    @Test func stoppingAidCountsIrrelevantRun() {
        let data = MadeUpRecords.make(count: 40)
        let prioritiser = Prioritiser(texts: data.texts, model: .naiveBayes)
        let decisions = [true, false, false, true, false, false, false].enumerated()
            .map { RelevanceLabel(record: $0.offset, relevant: $0.element) }
        let aid = prioritiser.stoppingAid(decisions: decisions, priors: 2)
        #expect(aid.consecutiveIrrelevant == 3)
        #expect(aid.relevantFound == 2 && aid.screened == 7)
        // Too little history: the interval runs from "all 33 unscreened relevant" to 1.
        #expect(abs(aid.recallLower - 2.0 / 35) < 1e-12 && aid.recallUpper == 1)
    }

    @Test func recallEstimateFollowsTheYield() {
        // 300 ranked decisions: yield falls from 20% to 0 over the history; 700 unscreened.
        let ranked = (0..<300).map { i in i < 100 ? i % 5 == 0 : (i < 200 ? i % 25 == 0 : false) }
        let found = ranked.filter { $0 }.count
        let aid = StoppingAid(decisionsInOrder: ranked, priors: 0, unscreened: 700)
        #expect(aid.recallLower <= aid.estimatedRecall && aid.estimatedRecall <= aid.recallUpper)
        #expect(aid.estimatedRecall > 0.8)
        // A history still finding relevant records at 20% says many remain.
        let busy = (0..<300).map { $0 % 5 == 0 }
        let busyAid = StoppingAid(decisionsInOrder: busy, priors: 0, unscreened: 700)
        #expect(busyAid.estimatedRecall < 0.5)
        #expect(aid.relevantFound == found)
        // Nothing left unscreened: recall is 1 for certain.
        let done = StoppingAid(decisionsInOrder: busy, priors: 0, unscreened: 0)
        #expect(done.recallLower == 1 && done.estimatedRecall == 1)
    }
}
