import NIOConcurrencyHelpers

/// Slows down password (and code) guessing without locking the real user out.
///
/// Three counters of failed attempts, each with exponential back-off once its free attempts
/// are used: per name *and* client (5 free, then 30 s, 1 min, 2 min … up to 15 minutes), per
/// client over all names (30 free, the same delays: one address spraying many names), and per name
/// over all clients (10 free, then up to 1 minute: many addresses guessing one name). A client
/// that logged in to a name successfully before is held back only by its own name-and-client
/// counter, so an attacker guessing a colleague's name elsewhere, or other names from the same
/// office network, delays the colleague by at most a minute from a new address and not at all
/// from a known one.
///
/// An attempt is reserved *before* the slow password check (`reserve`), and once delays apply
/// only one attempt per counter may be under way, so parallel guesses cannot pass together.
/// Kept in memory only, per server process, never stored or logged: the client is a key made
/// from the network address (`clientKey`). Bounded: past `capacity` records the oldest one that
/// is not delaying anyone is evicted, never all at once.
public final class LoginThrottle: Sendable {
    public struct Backoff: Sendable {
        public var free: Int
        public var base: Duration
        public var cap: Duration

        public init(free: Int, base: Duration = .seconds(1), cap: Duration) {
            self.free = free
            self.base = base
            self.cap = cap
        }

        /// How long after the last failure the next attempt may come; nil while attempts are free.
        public func delay(afterFailures failures: Int) -> Duration? {
            guard failures >= free else { return nil }
            let doublings = min(failures - free, 30)
            let delay = base * (1 << doublings)
            return delay < cap ? delay : cap
        }
    }

    /// An attempt under way: give it back with `fail` or `succeed`.
    public struct Reservation: Sendable {
        let keys: [String]
        let trustKey: String
        let pairKey: String
    }

    private struct Record {
        var failures = 0
        var lastFailure: ContinuousClock.Instant
        var inFlight = 0
    }

    private struct State {
        var records: [String: Record] = [:]
        /// name ‖ client pairs that logged in successfully, with when.
        var trusted: [String: ContinuousClock.Instant] = [:]
        /// Names whose refusal was noted (for the audit trail: once per window).
        var noted: [String: ContinuousClock.Instant] = [:]
    }

    public let perPair: Backoff
    public let perClient: Backoff
    public let perName: Backoff
    /// A counter without failures for this long starts afresh (longer than any delay, so that
    /// waiting out the longest delay does not buy a new set of free attempts).
    public let forget: Duration
    /// A throttled name is noted in the audit trail once per this window.
    static let noteWindow = Duration.seconds(15 * 60)
    /// How long a successful client stays trusted for its name.
    public let trustFor: Duration
    public let capacity: Int
    private let state = NIOLockedValueBox(State())

    public init(
        perPair: Backoff = Backoff(free: 5, base: .seconds(30), cap: .seconds(15 * 60)),
        perClient: Backoff = Backoff(free: 30, base: .seconds(30), cap: .seconds(15 * 60)),
        perName: Backoff = Backoff(free: 10, cap: .seconds(60)),
        forget: Duration = .seconds(24 * 3600), trustFor: Duration = .seconds(30 * 24 * 3600), capacity: Int = 10_000
    ) {
        self.perPair = perPair
        self.perClient = perClient
        self.perName = perName
        self.forget = forget
        self.trustFor = trustFor
        self.capacity = capacity
    }

    /// Reserves an attempt of `client` at `name`; nil (nothing reserved) while a counter holds it back.
    public func reserve(name: String, client: String, now: ContinuousClock.Instant = .now) -> Reservation? {
        let pairKey = "p\u{1F}\(name)\u{1F}\(client)"
        let trustKey = "\(name)\u{1F}\(client)"
        return state.withLockedValue { state in
            let trusted = state.trusted[trustKey].map { now - $0 < trustFor } ?? false
            // A client that logged in to this name before is held back by its own pair counter
            // only: neither guesses at other names from the same address (a shared office
            // network, a proxy) nor guesses at this name from elsewhere lock it out.
            var counters = [(pairKey, perPair)]
            if !trusted { counters += [("c\u{1F}\(client)", perClient), ("n\u{1F}\(name)", perName)] }
            for (key, backoff) in counters {
                guard let record = state.records[key], now - record.lastFailure < forget || record.inFlight > 0 else { continue }
                guard let delay = backoff.delay(afterFailures: record.failures + record.inFlight) else { continue }
                // Delayed: one attempt at a time (with none under way, `delay` is that of the
                // failures so far), and only once the delay since the last failure has passed.
                if record.inFlight > 0 || now - record.lastFailure < delay { return nil }
            }
            for (key, _) in counters {
                var record = state.records[key] ?? Record(lastFailure: now)
                if record.inFlight == 0, now - record.lastFailure >= forget { record = Record(lastFailure: now) }
                record.inFlight += 1
                if state.records[key] == nil { Self.makeRoom(&state.records, capacity: capacity, now: now, forget: forget) }
                state.records[key] = record
            }
            return Reservation(keys: counters.map(\.0), trustKey: trustKey, pairKey: pairKey)
        }
    }

    /// The attempt failed: every counter it went through counts one more failure.
    public func fail(_ reservation: Reservation, now: ContinuousClock.Instant = .now) {
        state.withLockedValue { state in
            for key in reservation.keys {
                guard var record = state.records[key] else { continue }
                record.inFlight = max(0, record.inFlight - 1)
                record.failures += 1
                record.lastFailure = now
                state.records[key] = record
            }
        }
    }

    /// The attempt succeeded: the name-and-client counter starts afresh and the client is
    /// trusted for the name. The per-client and per-name counters keep their failures (a
    /// success of one's own account must not buy fresh guesses at others).
    public func succeed(_ reservation: Reservation, now: ContinuousClock.Instant = .now) {
        state.withLockedValue { state in
            for key in reservation.keys {
                guard var record = state.records[key] else { continue }
                record.inFlight = max(0, record.inFlight - 1)
                state.records[key] = record
            }
            state.records[reservation.pairKey] = nil
            if state.trusted[reservation.trustKey] == nil, state.trusted.count >= capacity,
                let oldest = state.trusted.min(by: { $0.value < $1.value })?.key
            {
                state.trusted[oldest] = nil
            }
            state.trusted[reservation.trustKey] = now
        }
    }

    /// True the first time in a window that `name` was refused (to note it once, however many
    /// clients try).
    public func firstRefusal(_ name: String, now: ContinuousClock.Instant = .now) -> Bool {
        state.withLockedValue { state in
            if let noted = state.noted[name], now - noted < Self.noteWindow { return false }
            if state.noted.count >= capacity { state.noted = state.noted.filter { now - $0.value < Self.noteWindow } }
            if state.noted.count >= capacity, let oldest = state.noted.min(by: { $0.value < $1.value })?.key { state.noted[oldest] = nil }
            state.noted[name] = now
            return true
        }
    }

    /// Frees a slot for a new record: expired ones first, then the oldest that holds nobody
    /// back; only when every record delays someone does the oldest of those go.
    private static func makeRoom(
        _ records: inout [String: Record], capacity: Int, now: ContinuousClock.Instant, forget: Duration
    ) {
        guard records.count >= capacity else { return }
        records = records.filter { $0.value.inFlight > 0 || now - $0.value.lastFailure < forget }
        guard records.count >= capacity else { return }
        // Fewer than 5 failures delays nobody under any of the counters.
        let idle = records.filter { $0.value.inFlight == 0 && $0.value.failures < 5 }
        if let oldest = (idle.isEmpty ? records : idle).min(by: { $0.value.lastFailure < $1.value.lastFailure })?.key {
            records[oldest] = nil
        }
    }

    var count: Int { state.withLockedValue { $0.records.count } }
}
