import Testing

@testable import VoelsprietServices

@Suite("Login throttle")
struct LoginThrottleTests {
    @Test("five attempts without success lock a name until the window has passed; success clears it")
    func window() {
        let throttle = LoginThrottle(limit: 5, window: .seconds(900))
        let start = ContinuousClock.now
        for _ in 0..<5 { #expect(throttle.reserve("sam", now: start)) }
        #expect(!throttle.reserve("sam", now: start + .seconds(899)))
        #expect(!throttle.allows("sam", now: start + .seconds(899)))
        #expect(throttle.reserve("other", now: start))
        #expect(throttle.reserve("sam", now: start + .seconds(901)))
        #expect(throttle.reserve("kim", now: start))
        throttle.recordSuccess("kim")
        for _ in 0..<5 { #expect(throttle.reserve("kim", now: start)) }
    }

    @Test("parallel guesses cannot exceed the limit: each reserves before it is checked")
    func parallel() async {
        let throttle = LoginThrottle(limit: 5)
        let granted = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<40 { group.addTask { throttle.reserve("ana") } }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(granted == 5)
    }

    @Test("bounded without a wholesale reset: the oldest name goes, a locked one stays locked")
    func bounded() {
        let throttle = LoginThrottle(limit: 2, capacity: 100)
        let start = ContinuousClock.now
        #expect(throttle.reserve("victim", now: start + .seconds(50)))
        #expect(throttle.reserve("victim", now: start + .seconds(50)))
        for index in 0..<200 { _ = throttle.reserve("junk\(index)", now: start + .seconds(index < 10 ? 0 : 60)) }
        #expect(throttle.count == 100)
        #expect(!throttle.reserve("victim", now: start + .seconds(61)))
    }
}
