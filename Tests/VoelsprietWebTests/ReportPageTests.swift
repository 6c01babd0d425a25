import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VoelsprietAnalysis
import VoelsprietDomain
import VoelsprietSPSS
import VoelsprietStorage

@testable import VoelsprietWeb

@Suite("Report pages")
struct ReportPageTests {
    @Test("report and downloads need a login")
    func requireLogin() async throws {
        try await TestApp.run { client, _ in
            var browser = Browser(client)
            for path in [
                "/admin/studies/quickscan/report", "/admin/studies/quickscan/report.json", "/admin/studies/quickscan/report.md",
                "/admin/studies/quickscan/report.html", "/admin/studies/quickscan/report.csv", "/admin/studies/quickscan/answers.sav",
                "/admin/studies/quickscan/answers.R",
            ] {
                let response = try await browser.get(path)
                #expect(response.status == .found, "\(path)")
                #expect(response.headers[.location] == "/login")
            }
        }
    }

    @Test("the demo study shows the report's chapter at once: tables, statements, charts, published figures")
    func demoReport() async throws {
        try await TestApp.run(demoResponses: true) { client, setup in
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 131)
            var browser = Browser(client)
            _ = try await ResearcherTests.login(&browser)
            let page = try await browser.get("/admin/studies/quickscan/report")
            #expect(page.status == .ok)
            #expect(page.text.contains("χ²(4) = 11,08; p = 0,03"))
            #expect(page.text.contains("χ²(3) = 9,90; p = 0,02"))
            #expect(page.text.contains("<svg"))
            #expect(page.text.contains("gepubliceerd"))
            let apa = try await browser.get("/admin/studies/quickscan/report.md?by=role&style=apa")
            #expect(apa.status == .ok)
            #expect(apa.headers[.contentType]?.hasPrefix("text/markdown") == true)
            #expect(apa.text.contains("χ²(4, N = 131) = 11.08, p = .026"))
            let json = try await browser.get("/admin/studies/quickscan/report.json")
            let root = try #require(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any])
            #expect(root["n"] as? Int == 131)
        }
    }

    @Test("settings that cannot be used are said, not fatal; a bad split in a download is a 400")
    func badSettings() async throws {
        try await TestApp.run { client, _ in
            var browser = Browser(client)
            _ = try await ResearcherTests.login(&browser)
            let page = try await browser.get("/admin/studies/quickscan/report?by=nonsense&alpha=2")
            #expect(page.status == .ok)
            #expect(page.text.contains("cannot split by &#39;nonsense&#39;"))
            #expect(!page.text.contains("cannot split by 'nonsense'"))
            let download = try await browser.get("/admin/studies/quickscan/report.json?by=nonsense")
            #expect(download.status == .badRequest)
        }
    }

    @Test("SPSS and R downloads")
    func spssAndR() async throws {
        try await TestApp.run(demoResponses: true) { client, _ in
            var browser = Browser(client)
            _ = try await ResearcherTests.login(&browser)
            let script = try await browser.get("/admin/studies/quickscan/answers.R")
            #expect(script.status == .ok)
            #expect(script.text.contains("vs_code(answers[[\"learn_from_colleagues\"]]"))
            #expect(script.text.contains("ordered = TRUE"))
            let sav = try await browser.get("/admin/studies/quickscan/answers.sav")
            if SAVWriter.isAvailable {
                #expect(sav.status == .ok)
                #expect(sav.body.readableBytesView.prefix(4).elementsEqual(Array("$FL2".utf8)))
            } else {
                #expect(sav.status == .serviceUnavailable)
            }
        }
    }
}

@Suite("Demo data through the intake API")
struct DemoDataIntakeTests {
    @Test("every demo-data JSONL line is a valid body for the JSON intake API")
    func demoLinesAreValidBodies() async throws {
        let instrument = try BuiltInInstruments.quickscan()
        let answers = try DemoDataGenerator(design: try DemoDesign.quickscan(), instrument: instrument).responses(seed: 8)
        try await TestApp.run { client, setup in
            for answerSet in answers {
                let response = try await Bodies.submit(client, ByteBuffer(string: try answerSet.jsonString()))
                #expect(response.status == .created, "\(String(buffer: response.body))")
            }
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == answers.count)
        }
    }
}
