import Foundation
import Hummingbird
import VoelsprietStorage

/// What a respondent's browser carries besides the answers, each signed by the server with the
/// CSRF key so that a client cannot forge it:
/// - the **test mode** of the preview link: a cookie `vs_test` for `/s/<slug>` holding the slug and
///   its signature, set by a study member's preview link (`ResponsesFeature`), gone when the
///   browser closes;
/// - the **start stamp**: the minute the respondent started (a hidden field `_started`, never
///   stored), so that one who started before the study closed may still send within the grace
///   period.
struct RespondentSession: Sendable {
    let csrf: CSRFProtection

    static let testCookie = "vs_test"

    // MARK: Test mode

    func testCookie(slug: String) -> Cookie {
        Cookie(
            name: Self.testCookie, value: "\(slug).\(csrf.signature("test:\(slug)"))", path: "/s/\(slug)", secure: csrf.secure,
            httpOnly: true, sameSite: .strict)
    }

    /// The cookie that ends test mode.
    static func endTestCookie(slug: String) -> String {
        "\(testCookie)=; Path=/s/\(slug); Max-Age=0; HttpOnly; SameSite=Strict"
    }

    /// Whether the request is in the preview link's test mode for `slug`.
    func isTest(_ request: Request, slug: String) -> Bool {
        guard let value = request.cookies[Self.testCookie]?.value else { return false }
        return CSRFProtection.constantTimeEqual(value, "\(slug).\(csrf.signature("test:\(slug)"))")
    }

    // MARK: Start stamp

    /// `minutes.signature`: the minute of `now` since 1970, signed.
    func startStamp(now: Date = Date()) -> String {
        let minutes = Int(now.timeIntervalSince1970 / 60)
        return "\(minutes).\(csrf.signature("started:\(minutes)"))"
    }

    /// The start time a stamp holds, or nil when it is missing or not signed by this server.
    func started(_ stamp: String?) -> Date? {
        guard let stamp, let dot = stamp.firstIndex(of: "."), let minutes = Int(stamp[..<dot]) else { return nil }
        guard CSRFProtection.constantTimeEqual(String(stamp[stamp.index(after: dot)...]), csrf.signature("started:\(minutes)"))
        else { return nil }
        return Date(timeIntervalSince1970: Double(minutes) * 60)
    }

    /// Whether a respondent who started at `started` may still send to a study closed at
    /// `closedAt`: they started before the close (to the minute) and the grace period is not over.
    static func withinGrace(started: Date?, closedAt: Int?, grace: Duration, now: Date = Date()) -> Bool {
        guard startedBeforeClose(started: started, closedAt: closedAt), let closedAt else { return false }
        return now.timeIntervalSince1970 - Double(closedAt) <= Double(grace.components.seconds)
    }

    /// Whether a signed start lies before (or in the minute of) the study's close.
    static func startedBeforeClose(started: Date?, closedAt: Int?) -> Bool {
        guard let started, let closedAt else { return false }
        return started.timeIntervalSince1970 <= Double(closedAt)
    }
}
