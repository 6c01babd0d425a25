import Testing
import VoelsprietTestTraits
import VoelsprietDomain

@testable import VoelsprietAnalysis

/// Random and mangled input must give a report or an error naming where, never a crash.
@Suite("Hostile input")
struct HostileInputTests {
    static let alphabet: [UInt8] = Array(",;\t\"\r\n a1\\{}[]:".utf8) + [0xC3, 0xA9, 0xE9, 0x00, 0xFF]

    @Test("random bytes as CSV, with and without an instrument", .ownThread)
    func randomCSV() throws {
        var random = SeededGenerator(seed: 42)
        let instrument = try quickscan()
        var reports = 0
        for _ in 0..<3000 {
            let length = Int(random.next() % 200)
            var bytes = (0..<length).map { _ in Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))] }
            if random.next() % 2 == 0 { bytes = Array("role,experience,learn_from_colleagues\n".utf8) + bytes }
            for candidate in [nil, instrument] as [Instrument?] {
                do {
                    let data = try analyse(bytes: bytes, instrument: candidate, by: [])
                    let report = ReportBuilder(data: data).build()
                    for format in ReportFormat.allCases { _ = format.render(report) }
                    #expect(report.items.allSatisfy { $0.n >= 0 && $0.missing >= 0 })
                    reports += 1
                } catch let error as AnalysisError {
                    // Errors about the content name the line (and column where there is one).
                    if case .csv(let csv) = error {
                        switch csv {
                        case .empty, .utf16, .duplicateColumn, .singleColumn: break
                        default: #expect(error.description.hasPrefix("line "), "\(error)")
                        }
                    }
                }
            }
        }
        #expect(reports > 20)
    }

    @Test("mangled stored answer documents are skipped with a warning, never a crash")
    func mangledDocuments() throws {
        let instrument = try BuiltInInstruments.quickscan()
        let answers = try DemoDataGenerator(design: try DemoDesign.quickscan(), instrument: instrument).responses(seed: 1)
        var random = SeededGenerator(seed: 7)
        var accumulator = try AnswerAccumulator(instrument: instrument, splitNames: ["role", "experience"])
        for answerSet in answers {
            var bytes = Array(try answerSet.jsonString().utf8)
            for _ in 0..<Int(random.next() % 4) {
                let at = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))], at: at)
                default: bytes[at] = Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))]
                }
            }
            bytes.withUnsafeBytes { accumulator.add(storedJSON: $0) }
        }
        let report = ReportBuilder(data: accumulator.finish()).build()
        #expect(report.n + accumulator.unreadable == answers.count)
    }

    @Test("open answers cannot inject markup into any format")
    func injection() throws {
        let hostile = "<script>alert(1)</script>\r# Heading\n| a | b |\u{2028}=HYPERLINK(\"x\")"
        var csv = "role,experience,learn_what\n"
        csv += "professional,past,\"\(hostile.replacingOccurrences(of: "\"", with: "\"\""))\"\n"
        let report = ReportBuilder(data: try analyse(csv, instrument: try quickscan())).build()
        #expect(report.item("learn_what")?.openAnswers?.shown == [hostile])
        let html = ReportFormat.html.render(report)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        let markdown = ReportFormat.markdown.render(report)
        #expect(!markdown.split(separator: "\n").contains { $0.hasPrefix("# Heading") || $0.hasPrefix("| a") })
        #expect(!markdown.contains("<script>"))
        // Category codes of a plain CSV reach report.csv: formulas are defused there.
        let plain = ReportBuilder(data: try analyse("q\n=1+1\n@SUM(A1)\nok\n"), options: ReportOptions(minimumGroupSize: 0)).build()
        let csvOut = ReportFormat.csv.render(plain)
        #expect(csvOut.contains(",'=1+1,") && csvOut.contains(",'@SUM(A1),"))
        #expect(!csvOut.contains(",=1+1,"))
    }
}
