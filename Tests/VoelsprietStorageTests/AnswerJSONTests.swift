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
        let decoded = try JSONDecoder().decode(RawAnswers.self, from: Data(json.utf8))
        #expect(decoded == answers.rawAnswers)
    }
}
