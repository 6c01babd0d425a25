import NIOConcurrencyHelpers

/// Slows down password (and code) guessing: at most `limit` attempts per name within `window`
/// that did not succeed; further attempts are refused until the window has passed.
///
/// An attempt is reserved *before* the slow check (`reserve`), so parallel guesses cannot all
/// pass a check made before any of them failed; a success gives the reservation back and
/// clears the name. Kept in memory per server process, keyed by name only (nothing about the
/// visitor), and bounded: past `capacity` names the oldest record that is not a lock is
/// evicted, never all at once.
public final class LoginThrottle: Sendable {
    private struct Record {
        var attempts: Int
        var since: ContinuousClock.Instant
        var refusalNoted = false
    }

    let limit: Int
    let window: Duration
    let capacity: Int
    private let records = NIOLockedValueBox<[String: Record]>([:])

    public init(limit: Int = 5, window: Duration = .seconds(15 * 60), capacity: Int = 10_000) {
        self.limit = limit
        self.window = window
        self.capacity = capacity
    }

    /// Reserves an attempt for `name`; false (nothing reserved) when its limit is reached.
    public func reserve(_ name: String, now: ContinuousClock.Instant = .now) -> Bool {
        records.withLockedValue { records in
            var record = records[name] ?? Record(attempts: 0, since: now)
            if now - record.since > window { record = Record(attempts: 0, since: now) }
            guard record.attempts < limit else { return false }
            record.attempts += 1
            if records[name] == nil, records.count >= capacity {
                // The oldest record that is not a lock goes first, so that flooding with fresh
                // names cannot free a locked name; only when every record is a lock does the
                // oldest lock go.
                let unlocked = records.filter { $0.value.attempts < limit }
                if let oldest = (unlocked.isEmpty ? records : unlocked).min(by: { $0.value.since < $1.value.since })?.key {
                    records[oldest] = nil
                }
            }
            records[name] = record
            return true
        }
    }

    /// Whether `name` could try now (without reserving).
    public func allows(_ name: String, now: ContinuousClock.Instant = .now) -> Bool {
        records.withLockedValue { records in
            guard let record = records[name] else { return true }
            return now - record.since > window || record.attempts < limit
        }
    }

    /// True the first time in a window that `name` was refused (to note it once, not per try).
    public func firstRefusal(_ name: String) -> Bool {
        records.withLockedValue { records in
            guard var record = records[name], !record.refusalNoted else { return false }
            record.refusalNoted = true
            records[name] = record
            return true
        }
    }

    /// The attempt succeeded: the name starts afresh.
    public func recordSuccess(_ name: String) {
        _ = records.withLockedValue { $0.removeValue(forKey: name) }
    }

    var count: Int { records.withLockedValue { $0.count } }
}
