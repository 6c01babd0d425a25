import SQLKit

/// Commits concurrent submissions together: one multi-row INSERT, one transaction, one
/// fsync for a whole batch, and no submitter acknowledged before the commit that holds it.
///
/// While a batch is being written, new submissions queue up and form the next batch, so
/// under load batches grow by themselves and with a single submitter a batch is one row.
actor GroupCommitWriter {
    private struct Pending {
        var response: StoredResponse
        var answersJSON: String
        var continuation: CheckedContinuation<Void, any Error>
    }

    private let db: any SQLDatabase
    private let maxBatch: Int
    private let maxWriters: Int
    private var queue: [Pending] = []
    private var activeWriters = 0

    /// - Parameters:
    ///   - maxBatch: rows per statement (bounded by the engines' limits on bound parameters).
    ///   - maxWriters: batches in flight at once: 1 for SQLite's single writer, more for PostgreSQL.
    init(db: any SQLDatabase, maxBatch: Int = 500, maxWriters: Int = 1) {
        self.db = db
        self.maxBatch = maxBatch
        self.maxWriters = maxWriters
    }

    func write(_ response: StoredResponse, answersJSON: String) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            queue.append(Pending(response: response, answersJSON: answersJSON, continuation: continuation))
            if activeWriters < maxWriters {
                activeWriters += 1
                Task { await self.drain() }
            }
        }
    }

    private func drain() async {
        while !queue.isEmpty {
            let batch = Array(queue.prefix(maxBatch))
            queue.removeFirst(batch.count)
            do {
                try await insert(batch)
                for pending in batch { pending.continuation.resume() }
            } catch where DatabaseAvailability.isUnavailable(error) {
                // The database is out of reach: every row of the batch fails alike, at once
                // (one by one, each would wait out the connection timeout again).
                for pending in batch { pending.continuation.resume(throwing: error) }
            } catch {
                // One bad row (say, a duplicate receipt hash) must not fail its neighbours:
                // retry one by one so each submitter gets its own outcome.
                for pending in batch {
                    do {
                        try await insert([pending])
                        pending.continuation.resume()
                    } catch {
                        pending.continuation.resume(
                            throwing: isUniqueViolation(error)
                                ? StorageError.duplicate("receipt")
                                : isForeignKeyViolation(error) ? StorageError.notFound(pending.response.studySlug) : error)
                    }
                }
            }
        }
        activeWriters -= 1
    }

    private func insert(_ batch: [Pending]) async throws {
        var builder = db.insert(into: "responses").columns(
            "id", "study_slug", "receipt_hash", "submitted_on", "answers", "language", "instrument_version")
        for pending in batch {
            let response = pending.response
            builder = builder.values(
                response.id, response.studySlug, response.receiptHash, response.submittedOn, pending.answersJSON,
                response.language.isEmpty ? nil : response.language, response.instrumentVersion)
        }
        try await builder.run()
    }
}
