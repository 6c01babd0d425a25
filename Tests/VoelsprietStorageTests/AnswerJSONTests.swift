import Foundation
import Testing
import VoelsprietDomain

@testable import VoelsprietStorage

@Suite("Stored answer JSON")
struct AnswerJSONTests {
    @Test("the hand-written encoder produces JSON that Foundation reads back identically")
    func roundTrip() throws {
        let answers = AnswerSet([
            "a": Answer(.code("x")),
            "b": Answer(.codes(["p", "q"]), specified: ["q": "tab\there \"quoted\" \\ back\u{1}slash\r\nnew é 🙂 \u{2028}"]),
            "c": Answer(.text("")),
        ])
        let json = try answers.jsonString()
        #expect(json.hasPrefix(#"{"a":"x","b":["p","q"],"b.q":"tab\there"#))
        // Foundation (an independent reader) and our own intake parser both read it back.
        let decoded = try JSONDecoder().decode(RawAnswers.self, from: Data(json.utf8))
        #expect(decoded == answers.rawAnswers)
        #expect(try AnswerBodyParser.parse(Array(json.utf8)) == answers.rawAnswers)
    }
}

@Suite("Dates")
struct ClockTests {
    @Test("the stored day matches Foundation's UTC calendar, across leap years and centuries")
    func civilDates() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let formatter = { (date: Date) -> String in
            let c = calendar.dateComponents([.year, .month, .day], from: date)
            return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
        }
        var seconds: Double = -2_208_988_800  // 1900-01-01
        while seconds < 4_102_444_800 {  // 2100-01-01
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Clock.today(date) == formatter(date))
            seconds += 86_400 * 13.37
        }
        #expect(Clock.today(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29")
        #expect(Clock.today(Date(timeIntervalSince1970: 1_795_996_799)) == "2026-11-29")
    }
}
