import Foundation
import VoelsprietServices
import VoelsprietSynthesis

/// The demo interviews and focus groups (filled in once their invented transcripts exist).
enum DemoInterviews {
    /// Loads them into the demo study; returns the quotes the demo report cites, or nil.
    static func load(services: Services) async throws -> StudyReportDemo.Quotes? {
        nil
    }
}
