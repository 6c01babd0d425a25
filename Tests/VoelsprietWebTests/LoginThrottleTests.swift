import Testing

@testable import VoelsprietServices

/// Finding 5: the throttle was read before the hash and updated after (20 parallel guesses
/// all checked), cleared wholesale at 10,000 names, and five bad tries by anyone locked the
/// real user out for 15 minutes.
@Suite("Login throttle")
struct LoginThrottleTests {
    static let start = ContinuousClock.now

    /// Tries and fails at `second`; true when the attempt was allowed.
    static func failedTry(_ throttle: LoginThrottle, _ name: String, _ client: String, at second: Double) -> Bool {
        guard let reservation = throttle.reserve(name: name, client: client, now: start + .seconds(second)) else { return false }
        throttle.fail(reservation, now: start + .seconds(second))
        return true
    }

    @Test("after five free failures the delay doubles (here from one second) up to fifteen minutes, per name and client")
    func exponentialDelay() {
        let throttle = LoginThrottle(perPair: .init(free: 5, base: .seconds(1), cap: .seconds(900)))
        for _ in 0..<5 { #expect(Self.failedTry(throttle, "sam", "1.2.3.4", at: 0)) }
        #expect(!Self.failedTry(throttle, "sam", "1.2.3.4", at: 0.5))
        #expect(Self.failedTry(throttle, "sam", "1.2.3.4", at: 1))  // 1 s after the 5th failure
        #expect(!Self.failedTry(throttle, "sam", "1.2.3.4", at: 2.5))
        #expect(Self.failedTry(throttle, "sam", "1.2.3.4", at: 3))  // 2 s after the 6th
        var at = 3.0
        var delay = 4.0
        for _ in 0..<12 {
            #expect(!Self.failedTry(throttle, "sam", "1.2.3.4", at: at + delay - 0.5))
            at += delay
            #expect(Self.failedTry(throttle, "sam", "1.2.3.4", at: at))
            delay = min(delay * 2, 900)
        }
        #expect(delay == 900)
        let backoff = LoginThrottle().perPair
        #expect(backoff.delay(afterFailures: 4) == nil && backoff.delay(afterFailures: 5) == .seconds(30))
        #expect(backoff.delay(afterFailures: 1_000) == .seconds(900))
    }

    @Test("an attacker elsewhere does not lock the real user out: a known client passes, a new one waits a minute at most")
    func realUserStaysIn() {
        let throttle = LoginThrottle()
        // The real user logged in from home once.
        let home = throttle.reserve(name: "sam", client: "home", now: Self.start)!
        throttle.succeed(home, now: Self.start)
        // An attacker guesses from 50 addresses until every counter is past its free attempts.
        var second = 1.0
        for address in 0..<50 {
            for _ in 0..<6 { _ = Self.failedTry(throttle, "sam", "10.0.0.\(address)", at: second) }
            second += 0.01
        }
        #expect(!Self.failedTry(throttle, "sam", "10.0.0.77", at: second), "a new address of the attacker waits")
        #expect(throttle.reserve(name: "sam", client: "home", now: Self.start + .seconds(second)) != nil, "home is not held back")
        // From a new place the real user waits at most the name's cap of one minute.
        #expect(throttle.reserve(name: "sam", client: "phone", now: Self.start + .seconds(second + 61)) != nil)
    }

    @Test("one client spraying many names is slowed after 30 failures; its own account's success buys nothing")
    func spraying() {
        let throttle = LoginThrottle()
        for index in 0..<30 { #expect(Self.failedTry(throttle, "name\(index)", "6.6.6.6", at: 0)) }
        let own = throttle.reserve(name: "mallory", client: "6.6.6.6", now: Self.start)
        #expect(own == nil, "the 31st attempt from the client waits, whatever the name")
        #expect(Self.failedTry(throttle, "name99", "7.7.7.7", at: 0), "other clients are not affected")
    }

    @Test("a colleague behind the same address who logged in before is not locked out by the sprayer")
    func sharedAddress() {
        let throttle = LoginThrottle()
        let earlier = throttle.reserve(name: "admin", client: "10.50.0.1", now: Self.start)!
        throttle.succeed(earlier, now: Self.start)
        for index in 0..<60 { _ = Self.failedTry(throttle, "guess\(index)", "10.50.0.1", at: Double(index) * 0.1) }
        #expect(throttle.reserve(name: "nobody-new", client: "10.50.0.1", now: Self.start + .seconds(7)) == nil, "the sprayer waits")
        #expect(throttle.reserve(name: "admin", client: "10.50.0.1", now: Self.start + .seconds(7)) != nil, "the colleague does not")
    }

    @Test("parallel guesses cannot exceed the free attempts: each reserves before it is checked")
    func parallel() async {
        let throttle = LoginThrottle()
        let granted = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<40 { group.addTask { throttle.reserve(name: "ana", client: "1.1.1.1") != nil } }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(granted == 5)
    }

    @Test("bounded without a wholesale reset: the oldest idle record goes, a delaying one stays")
    func bounded() {
        let throttle = LoginThrottle(capacity: 100)
        for _ in 0..<6 { _ = Self.failedTry(throttle, "victim", "9.9.9.9", at: 50) }
        #expect(!Self.failedTry(throttle, "victim", "9.9.9.9", at: 50.5))
        for index in 0..<300 { _ = Self.failedTry(throttle, "junk\(index)", "c\(index)", at: index < 10 ? 0 : 60) }
        #expect(throttle.count <= 100)
        #expect(!Self.failedTry(throttle, "victim", "9.9.9.9", at: 50.9), "still delayed after the flood")
    }

    @Test("a throttled name is noted once per window, however many clients try")
    func notedOnce() {
        let throttle = LoginThrottle()
        #expect(throttle.firstRefusal("sam", now: Self.start))
        #expect(!throttle.firstRefusal("sam", now: Self.start + .seconds(60)))
        #expect(throttle.firstRefusal("sam", now: Self.start + .seconds(901)))
    }
}
