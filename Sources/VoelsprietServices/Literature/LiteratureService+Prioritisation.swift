import Foundation
import VoelsprietLiterature
import VoelsprietStorage

/// The order in which a reviewer sees the records: by the model's chance of relevance, learnt
/// from what this reviewer may know — their own decisions and the final outcomes of records
/// every reviewer has decided — never from another reviewer's open votes (that would break
/// the blinding through the order).
extension LiteratureService {
    struct Ordering: Sendable {
        var order: [Int64]
        var prioritised: Bool
        var stopping: StoppingAid?
    }

    func prioritised(
        _ slug: String, stage: ScreeningStage, eligible: [StoredLiteratureRecord], snapshot: ReviewSnapshot, reviewer: String
    ) async -> Ordering {
        var labels: [(date: Date, index: Int, relevant: Bool)] = []
        for (index, record) in eligible.enumerated() {
            if let outcome = snapshot.state(record, stage).outcome {
                labels.append((snapshot.own(reviewer, record, stage)?.date ?? .distantPast, index, outcome == .include))
            } else if let own = snapshot.own(reviewer, record, stage) {
                labels.append((own.date, index, own.verdict != .exclude))
            }
        }
        labels.sort { ($0.date, $0.index) < ($1.date, $1.index) }
        let stored = eligible.map(\.id)
        guard labels.contains(where: \.relevant), labels.contains(where: { !$0.relevant }) else {
            return Ordering(order: stored, prioritised: false, stopping: nil)
        }
        let key = "\(slug)/\(stage.rawValue)"
        let prioritiser: Prioritiser
        if let cached = await prioritiserCache.cached(key: key, ids: stored) {
            prioritiser = cached
        } else {
            // Built outside the cache's actor, so that other studies need not wait for it.
            let texts = eligible.map { [$0.record.title, $0.record.abstract].compactMap { $0 }.joined(separator: " ") }
            prioritiser = await CPUWork.run { Prioritiser(texts: texts) }
            await prioritiserCache.store(key: key, ids: stored, prioritiser)
        }
        let decisions = labels.map { RelevanceLabel(record: $0.index, relevant: $0.relevant) }
        let ranked = await CPUWork.run { prioritiser.rank(decisions: decisions) }
        return Ordering(
            order: ranked.map { stored[$0.record] }, prioritised: true, stopping: prioritiser.stoppingAid(decisions: decisions))
    }
}

/// Built models' vocabularies per study and stage, kept while the record set is the same: the
/// TF-IDF matrix is the costly part; training on it per decision is fast.
public actor PrioritiserCache {
    struct Entry {
        let ids: [Int64]
        let prioritiser: Prioritiser
    }

    private var entries: [String: Entry] = [:]
    private var order: [String] = []
    let capacity: Int

    public init(capacity: Int = 8) {
        self.capacity = capacity
    }

    func cached(key: String, ids: [Int64]) -> Prioritiser? {
        guard let entry = entries[key], entry.ids == ids else { return nil }
        return entry.prioritiser
    }

    func store(key: String, ids: [Int64], _ prioritiser: Prioritiser) {
        entries[key] = Entry(ids: ids, prioritiser: prioritiser)
        order.removeAll { $0 == key }
        order.append(key)
        while order.count > capacity { entries[order.removeFirst()] = nil }
    }
}
