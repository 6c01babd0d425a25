import Testing
import VoelsprietDomain

@testable import VoelsprietAnalysis

@Suite("Reports from stored answer documents")
struct StoredAnswerTests {
    @Test("the stored-JSON fast path gives the same report as answer sets")
    func samePath() throws {
        let instrument = try BuiltInInstruments.quickscan()
        let answers = try DemoDataGenerator(design: try DemoDesign.quickscan(), instrument: instrument).responses(seed: 4)
        var fromSets = try AnswerAccumulator(instrument: instrument, splitNames: ["role", "experience"])
        var fromJSON = try AnswerAccumulator(instrument: instrument, splitNames: ["role", "experience"])
        for answerSet in answers {
            fromSets.add(answerSet)
            fromJSON.add(storedJSON: try answerSet.jsonString())
        }
        let expected = ReportBuilder(data: fromSets.finish()).build()
        let actual = ReportBuilder(data: fromJSON.finish()).build()
        #expect(actual == expected)
        #expect(actual.item("sector_other_text")?.openAnswers?.count ?? 0 > 0)
    }

    @Test("escapes, whitespace and any key order are read; unknown items and codes are warnings; broken JSON is skipped")
    func robustness() throws {
        let instrument = try BuiltInInstruments.quickscan()
        var accumulator = try AnswerAccumulator(instrument: instrument, splitNames: ["role"])
        accumulator.add(storedJSON: #"{ "experience" : "past", "role":"professional", "learn_what": "a \"quoted\"\nline \u00e9 \ud83d\ude00" }"#)
        accumulator.add(storedJSON: #"{"role":"teacher","experience":"no","shoe_size":"42"}"#)
        accumulator.add(storedJSON: #"{"role":"student","#)
        let data = accumulator.finish()
        let report = ReportBuilder(data: data).build()
        #expect(report.n == 2)
        // Two respondents: an item answered by fewer than five shows no counts by default.
        #expect(report.item("role")?.categories.isEmpty == true)
        // The only professional is a group of one: their open answer is withheld by default.
        #expect(report.item("learn_what")?.openAnswers?.shown == [])
        #expect(report.item("learn_what")?.openAnswers?.count == 0, "not counted either")
        let unsuppressed = ReportBuilder(data: data, options: ReportOptions(minimumGroupSize: 0)).build()
        #expect(unsuppressed.item("learn_what")?.openAnswers?.shown == ["a \"quoted\"\nline é 😀"])
        #expect(unsuppressed.item("role")?.categories.map(\.count) == [1, 0])
        #expect(data.warnings.contains { $0.column == "role" && $0.message.en.contains("'teacher'") })
        #expect(data.warnings.contains { $0.column == "shoe_size" })
        #expect(data.warnings.contains { $0.message.en.contains("not valid JSON") })
    }
}
