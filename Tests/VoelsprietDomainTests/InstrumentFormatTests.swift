import Foundation
import Testing

@testable import VoelsprietDomain

/// Issue 9, finding 4: structural errors stopped at the first, in the program's own wording
/// ("Cannot initialize ItemType from invalid String value likert"); JSON syntax errors came
/// without a line; YAML was not read at all.
@Suite("Instrument files: YAML and JSON, errors with place, line and column")
struct InstrumentFormatTests {
    static let yaml = """
        id: werkdruk
        languages: [nl, en]
        title: {nl: Werkdruk, en: Workload}
        scales:
          agree:
            points:
              - {code: "1", label: {nl: oneens, en: disagree}}
              - {code: "2", label: {nl: eens, en: agree}}
        sections:
          - id: werk
            title: {nl: Werk, en: Work}
            items:
              - id: hours
                type: numeric
                format: decimal
                min: 0
                text: {nl: Hoeveel uur?, en: How many hours?}
              - id: busy
                type: scale
                scale: agree
                text: {nl: Het is druk, en: It is busy}
        """

    @Test("a YAML instrument reads as its JSON twin")
    func yamlReads() throws {
        let result = InstrumentParser.parse(Data(Self.yaml.utf8))
        #expect(result.problems.isEmpty, "\(result.problems)")
        let instrument = try #require(result.instrument)
        #expect(instrument.item("hours")?.type == .numeric)
        #expect(instrument.item("hours")?.numberFormat == .decimal)
        #expect(instrument.scales["agree"]?.points.map(\.code) == ["1", "2"])
        // And back: the JSON of the YAML instrument decodes to the same instrument.
        let json = try JSONEncoder().encode(instrument)
        #expect(try InstrumentParser.load(json, format: .json) == instrument)
    }

    @Test("a YAML syntax error names its line and column")
    func yamlSyntax() throws {
        let broken = Self.yaml.replacingOccurrences(of: "    title: {nl: Werk, en: Work}", with: "    title: {nl: Werk, en: Work")
        let problem = try #require(InstrumentParser.parse(Data(broken.utf8)).problems.first)
        #expect(problem.line != nil)
        #expect((problem.line ?? 0) >= 11)
        #expect(problem.english.contains("not valid YAML"))
        #expect(problem.location(in: "nl").contains("regel"))
    }

    @Test("an unknown type is named with the allowed ones, at its item, with the YAML line")
    func unknownTypeYAML() throws {
        let wrong = Self.yaml.replacingOccurrences(of: "type: scale", with: "type: likert")
        let problem = try #require(InstrumentParser.parse(Data(wrong.utf8)).problems.first)
        #expect(problem.place == .item("busy"))
        #expect(problem.field == "type")
        #expect(problem.english.contains("'likert' is not a known type"))
        #expect(problem.english.contains("numeric"))
        #expect(problem.dutch.contains("'likert' is geen bekend type"))
        #expect(!problem.english.contains("Cannot initialize"))
        #expect(problem.line == 19)
    }

    @Test("a JSON syntax error names its line and column")
    func jsonSyntax() throws {
        let text = "{\n  \"id\": \"x\",\n  \"languages\": [\"nl\",,]\n}"
        let problem = try #require(InstrumentParser.parse(Data(text.utf8)).problems.first)
        #expect(problem.english.contains("not valid JSON"))
        #expect(problem.line == 3)
        #expect(problem.column != nil)
    }

    @Test("a JSON decoding error names the item by id, not by array index")
    func jsonPlace() throws {
        let text = #"{"id":"x","languages":["nl"],"title":{"nl":"x"},"scales":{},"sections":[{"id":"s","title":{"nl":"s"},"items":[{"id":"a","type":"single","text":{"nl":"a"},"options":[{"code":"k","label":{"nl":"K"}},{"code":"m"}]}]}]}"#
        let problem = try #require(InstrumentParser.parse(Data(text.utf8)).problems.first)
        #expect(problem.place == .item("a"))
        #expect(problem.field == "option 'm'")
        #expect(problem.english.contains("'label'"))
        #expect(problem.location == "item 'a' › option 'm'")
        #expect(problem.location(in: "nl") == "vraag 'a' › option 'm'")
    }

    @Test("every semantic problem is reported, not only the first")
    func allProblems() throws {
        let wrong = Self.yaml.replacingOccurrences(of: "scale: agree", with: "scale: nope").replacingOccurrences(of: "min: 0", with: "min: 0\n        max: -1")
        let problems = InstrumentParser.parse(Data(wrong.utf8)).problems
        #expect(problems.contains { $0.place == .item("busy") && $0.field == "scale" }, "\(problems)")
        #expect(problems.contains { $0.place == .item("hours") && $0.field == "min" })
        #expect(problems.contains { $0.place == .scale("agree") })
    }

    @Test("oversized and non-UTF-8 files are refused with a reason")
    func badFiles() {
        let big = InstrumentParser.parse(Data(repeating: 0x20, count: InstrumentParser.maximumSize + 1))
        #expect(big.problems.first?.english.contains("4 MB") == true)
        let latin = InstrumentParser.parse(Data([0x7B, 0xE9, 0x7D]))
        #expect(latin.problems.first?.english.contains("UTF-8") == true)
    }
}

@Suite("Instrument files: hostile YAML")
struct HostileInstrumentTests {
    @Test("a billion laughs (aliases repeating aliases) is refused quickly, not walked")
    func billionLaughs() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let started = ContinuousClock.now
        let result = InstrumentParser.parse(Data(yaml.utf8))
        #expect(result.instrument == nil)
        #expect(result.problems.first?.english.contains("more than 200000 values") == true)
        #expect(ContinuousClock.now - started < .seconds(5))
    }
}
