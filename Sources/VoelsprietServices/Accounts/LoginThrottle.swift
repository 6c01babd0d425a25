import NIOConcurrencyHelpers

/// Slows down password guessing: after `limit` failed logins for one user name within
/// `window`, further attempts for that name are refused until the window has passed.
///
/// Kept in memory per server process (several processes each count on their own), and keyed
/// by user name only: nothing about the visitor is recorded.
public final class LoginThrottle: Sendable {
    private struct Record {
        var failures: Int
        var since: ContinuousClock.Instant
    }

    let limit: Int
    let window: Duration
    private let records = NIOLockedValueBox<[String: Record]>([:])

    public init(limit: Int = 5, window: Duration = .seconds(15 * 60)) {
        self.limit = limit
        self.window = window
    }

    /// Whether `username` may try to log in now.
    public func allows(_ username: String, now: ContinuousClock.Instant = .now) -> Bool {
        records.withLockedValue { records in
            guard let record = records[username] else { return true }
            if now - record.since > window {
                records[username] = nil
                return true
            }
            return record.failures < limit
        }
    }

    public func recordFailure(_ username: String, now: ContinuousClock.Instant = .now) {
        records.withLockedValue { records in
            if records.count > 10_000 { records.removeAll() }  // bounded, whatever names are tried
            var record = records[username] ?? Record(failures: 0, since: now)
            if now - record.since > window { record = Record(failures: 0, since: now) }
            record.failures += 1
            records[username] = record
        }
    }

    public func recordSuccess(_ username: String) {
        _ = records.withLockedValue { $0.removeValue(forKey: username) }
    }
}
