import NIOConcurrencyHelpers

/// Per-study limits on anonymous submissions (answers, withdrawals, contact details), so that
/// a flood at one study's address cannot fill its data or wear the server down.
///
/// A token bucket per study and kind: `perMinute` submissions in a burst, refilled at
/// `perMinute` a minute. Nothing about the client is involved or kept; in memory only, and
/// bounded (full buckets are idle and are dropped first).
final class IntakeRateLimit: Sendable {
    enum Kind: String, Sendable {
        case response, withdrawal, contact
    }

    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    let perMinute: Int
    let capacity: Int
    private let buckets = NIOLockedValueBox<[String: Bucket]>([:])
    /// The time the buckets refill by; tests freeze it so that a slow machine cannot refill one.
    private let clock: @Sendable () -> ContinuousClock.Instant

    /// `perMinute` 0 turns the limit off.
    init(perMinute: Int, capacity: Int = 10_000, clock: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
        self.perMinute = perMinute
        self.capacity = capacity
        self.clock = clock
    }

    /// Nil when a submission of `kind` to `slug` may go ahead (and takes its token); otherwise
    /// how long until the next one may.
    func admit(_ slug: String, _ kind: Kind, now: ContinuousClock.Instant? = nil) -> Duration? {
        guard perMinute > 0 else { return nil }
        let now = now ?? clock()
        let size = Double(perMinute)
        let perSecond = size / 60
        let key = kind.rawValue + "\u{1F}" + slug
        return buckets.withLockedValue { buckets in
            var bucket = buckets[key] ?? Bucket(tokens: size, updated: now)
            let elapsed = now - bucket.updated
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(size, bucket.tokens + seconds * perSecond)
            bucket.updated = now
            guard bucket.tokens >= 1 else {
                buckets[key] = bucket
                return .milliseconds(Int(((1 - bucket.tokens) / perSecond * 1000).rounded(.up)))
            }
            bucket.tokens -= 1
            if buckets[key] == nil, buckets.count >= capacity {
                // Drop the buckets that have refilled (idle studies); failing that, the fullest.
                buckets = buckets.filter { $0.value.tokens + Double((now - $0.value.updated).components.seconds) * perSecond < size }
                if buckets.count >= capacity, let fullest = buckets.max(by: { $0.value.tokens < $1.value.tokens })?.key {
                    buckets[fullest] = nil
                }
            }
            buckets[key] = bucket
            return nil
        }
    }

    /// Whole seconds for a `Retry-After` header.
    static func retryAfterSeconds(_ wait: Duration) -> Int { max(1, Int(wait.components.seconds) + (wait.components.attoseconds > 0 ? 1 : 0)) }
}
