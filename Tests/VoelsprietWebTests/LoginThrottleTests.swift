import Testing

import VoelsprietServices

@Suite("Login throttle")
struct LoginThrottleTests {
    @Test("five failures lock a name until the window has passed; success clears it")
    func window() {
        let throttle = LoginThrottle(limit: 5, window: .seconds(900))
        let start = ContinuousClock.now
        for _ in 0..<4 { throttle.recordFailure("sam", now: start) }
        #expect(throttle.allows("sam", now: start))
        throttle.recordFailure("sam", now: start)
        #expect(!throttle.allows("sam", now: start + .seconds(899)))
        #expect(throttle.allows("other", now: start))
        #expect(throttle.allows("sam", now: start + .seconds(901)))
        throttle.recordFailure("kim", now: start)
        throttle.recordSuccess("kim")
        #expect(throttle.allows("kim", now: start))
    }
}
