import Foundation
import Testing

@testable import VoelsprietDomain

@Suite("Intake body parser")
struct AnswerBodyParserTests {
    func parse(_ text: String) throws(AnswerBodyParser.Failure) -> RawAnswers {
        try AnswerBodyParser.parse(Array(text.utf8))
    }

    @Test("strings, arrays, escapes and surrogate pairs")
    func valid() throws {
        let raw = try parse(#" { "a" : "x" , "b":["p","q"], "c":"tab\there \"q\" \\ \/ \u00e9 \ud83d\ude42", "d":[] } "#)
        #expect(raw["a"] == .string("x"))
        #expect(raw["b"] == .list(["p", "q"]))
        #expect(raw["c"] == .string("tab\there \"q\" \\ / é 🙂"))
        #expect(raw["d"] == .list([]))
        #expect(try parse("{}").fields.isEmpty)
        #expect(try parse("{\"ü\":\"ë\"}")["ü"] == .string("ë"))
    }

    @Test("wrong value types name their field")
    func invalidTypes() {
        #expect(throws: AnswerBodyParser.Failure.invalidType(field: "n")) { try parse(#"{"a":"x","n":4}"#) }
        #expect(throws: AnswerBodyParser.Failure.invalidType(field: "n")) { try parse(#"{"n":null}"#) }
        #expect(throws: AnswerBodyParser.Failure.invalidType(field: "n")) { try parse(#"{"n":["a",1]}"#) }
        #expect(throws: AnswerBodyParser.Failure.invalidType(field: "n")) { try parse(#"{"n":{"x":[true,false,-1.5e3]}}"#) }
        #expect(throws: AnswerBodyParser.Failure.duplicateField("a")) { try parse(#"{"a":"x","a":"y"}"#) }
        #expect(throws: AnswerBodyParser.Failure.notAnObject) { try parse(#"["a"]"#) }
        #expect(throws: AnswerBodyParser.Failure.notAnObject) { try parse(#" "text" "#) }
    }

    @Test("malformed bodies are refused, never half-read", arguments: [
        "", "{", "{\"a\"", "{\"a\":}", "{\"a\":\"x\",}", "{\"a\":\"x\"} x", "{'a':'x'}", "{\"a\":\"x\ny\"}",
        "{\"a\":\"\\x\"}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\udc00\"}", "{\"a\":\"\\u12\"}", "{\"a\":[\"x\",]}",
        "{\"a\":01}", "{\"a\":-}", "{\"a\":1.}", "{\"a\":tru}", "{a:\"x\"}", "{\"a\":\"x\" \"b\":\"y\"}",
    ])
    func malformed(_ text: String) {
        #expect(throws: (any Error).self) { try parse(text) }
        // Foundation agrees that none of these is a JSON object of strings, except a trailing
        // comma, which it tolerates and RFC 8259 does not.
        if text != "{\"a\":\"x\",}" {
            let foundation = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
            #expect(foundation == nil)
        }
    }

    @Test("invalid UTF-8 inside a string is refused")
    func invalidUTF8() {
        #expect(throws: (any Error).self) { try AnswerBodyParser.parse(Array("{\"a\":\"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)) }
    }

    @Test("agrees with Foundation on generated bodies")
    func agreesWithFoundation() throws {
        var generator = SeededGenerator(seed: 7)
        let pieces = ["a", "é", "\\n", "\\\"", "\\u0041", "🙂", " ", "\\\\", "\\/", "x"]
        for _ in 0..<300 {
            var fields: [String] = []
            for index in 0..<Int.random(in: 0...6, using: &generator) {
                let text = (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                let value = Bool.random(using: &generator) ? "\"\(text)\"" : "[\"\(text)\", \"k\"]"
                fields.append("\"f\(index)\" : \(value)")
            }
            let body = "{" + fields.joined(separator: ",") + "}"
            let ours = try AnswerBodyParser.parse(Array(body.utf8))
            let theirs = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            #expect(ours.fields.count == theirs.count)
            for (key, value) in theirs {
                if let string = value as? String {
                    #expect(ours[key] == .string(string), "\(body)")
                } else {
                    #expect(ours[key] == .list(value as? [String] ?? []), "\(body)")
                }
            }
        }
    }
}
