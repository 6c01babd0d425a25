import Foundation
import Testing
import VoelsprietServices
import VoelsprietWorkspace

@testable import VoelsprietWeb

/// Golden tests of the composer on the demo study (literature review, 131 responses, eight
/// interviews and two focus groups, the demo report): the whole report as Markdown, in Dutch and
/// in English, must equal the committed files under `Golden/`. Every number in it is composed,
/// so a change in any part (a statistic, a suppression rule, a label, the screening) shows here
/// as a diff to review.
///
/// After an intended change, regenerate with `VOELSPRIET_UPDATE_GOLDEN=1 swift test --filter
/// StudyReportGolden` and read the diff before committing it.
@Suite("Study report golden files")
struct StudyReportGoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func compare(_ produced: String, golden name: String) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["VOELSPRIET_UPDATE_GOLDEN"] == "1" {
            try produced.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if produced == expected { return }
        let producedLines = produced.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        let first = zip(producedLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(producedLines.count, expectedLines.count)
        let got = first < producedLines.count ? producedLines[first] : "(end of report)"
        let want = first < expectedLines.count ? expectedLines[first] : "(end of golden file)"
        Issue.record("\(name) differs from line \(first + 1): got «\(got)», expected «\(want)»")
    }

    @Test("the demo report, whole, in Dutch and in English", arguments: ["nl", "en"])
    func demoReport(language: String) async throws {
        try await TestApp.run(demoResponses: true) { _, setup in
            let admin = try #require(try await setup.repositories.users.find(username: "admin"))
            let access = try await setup.services.studies.access("quickscan", as: .user(admin), for: .composeStudyReport)
            // The report's date is the clock's; fixed here so the golden file does not change daily.
            let services = setup.services
            let fixed = StudyReportService(
                repositories: services.repositories, reports: services.reports, literature: services.literature,
                interviews: services.interviews, clock: { Date(timeIntervalSince1970: 1_780_000_000) })
            let composed = try await fixed.compose(access, language: language)
            let markdown = String(decoding: try StudyReportService.render(composed.document, .md), as: UTF8.self)
            try Self.compare(markdown, golden: "demo_report.\(language).md")
        }
    }
}
