import Foundation
import Testing

@testable import VoelsprietDomain

@Suite("Instruments: the built-in quickscan and the checker")
struct InstrumentTests {
    @Test("the built-in quickscan loads without problems, in the report's order")
    func quickscanIsValid() throws {
        let data = try #require(BuiltInInstruments.data(named: "quickscan"))
        let result = InstrumentParser.parse(data)
        #expect(result.problems == [])
        let instrument = try #require(result.instrument)
        #expect(instrument.languages == ["nl", "en"])
        let ids = instrument.orderedItems.map(\.item.id)
        #expect(ids.count == 42)
        #expect(ids.first == "role")
        // The outline's order: role before experience before the views, preconditions last.
        let position = { (id: String) in ids.firstIndex(of: id)! }
        #expect(position("role") < position("experience"))
        #expect(position("experience") < position("shares_with"))
        #expect(position("sharing_desirability") < position("learn_from_colleagues"))
        #expect(position("skill_renew_practice") < position("hindered_in_contact"))
        #expect(position("wish_to_learn") < position("programme_covers_topic"))
        #expect(position("programme_encourages_use") < position("precondition_learned"))
    }

    @Test("items carry references to the published figures")
    func quickscanReferences() throws {
        let instrument = try Fixtures.quickscan()
        let references = Set(instrument.orderedItems.compactMap(\.item.reference))
        for table in ["T1", "T2", "T3", "T4", "T6", "T8"] { #expect(references.contains("tno2023:\(table)")) }
        for k in 1...9 { #expect(references.contains("tno2023:T5.\(k)")) }
        for k in 1...6 { #expect(references.contains("tno2023:T7.\(k)")) }
        for k in 1...4 { #expect(references.contains("tno2023:T9.\(k)")) }
        for k in 1...5 { #expect(references.contains("tno2023:T10.\(k)")) }
        #expect(instrument.item("skill_connect_reality")?.reference == "tno2023:T5.2")
    }

    @Test("the quickscan keeps the published scales and categories")
    func quickscanScales() throws {
        let instrument = try Fixtures.quickscan()
        let agree = try #require(instrument.scales["agree5"])
        #expect(agree.points.map { $0.label.text(in: "nl") } == ["Helemaal mee oneens", "Oneens", "Neutraal", "Mee eens", "Helemaal mee eens"])
        let frequency = try #require(instrument.scales["frequency4"])
        #expect(frequency.points.map { $0.label.text(in: "nl") } == ["Altijd", "Vaak", "Soms", "Nooit"])
        #expect(instrument.item("sector")?.options?.count == 11)
        #expect(instrument.item("wish_to_learn")?.options?.count == 4)
        #expect(instrument.item("experience")?.options?.map(\.code) == ["no", "past", "recent", "current"])
    }

    @Test("the checker lists every problem with its location")
    func checkerFindsProblems() throws {
        let instrument = try Fixtures.instrument(
            """
            {"id":"t","languages":["nl","en"],"title":{"nl":"T"},
             "scales":{"empty":{"points":[]},"unused":{"points":[{"code":"1","label":{"nl":"a","en":"a"}}]}},
             "sections":[{"id":"s1","title":{"nl":"S","en":"S"},"items":[
               {"id":"a","type":"single","text":{"nl":"A","en":"A"},"options":[{"code":"x","label":{"nl":"X","en":"X"}},{"code":"x","label":{"nl":"Y","en":"Y"}}]},
               {"id":"a","type":"scale","scale":"nope","text":{"nl":"B","en":"B"}},
               {"id":"c","type":"yesno","text":{"nl":"C","en":"C"},"showIf":{"item":"zzz","equals":"yes"}},
               {"id":"d","type":"yesno","text":{"nl":"D","en":"D"},"showIf":{"item":"e","equals":"yes"}},
               {"id":"e","type":"yesno","text":{"nl":"E","en":"E"},"showIf":{"item":"c","equals":"maybe"}},
               {"id":"Bad-Id","type":"text","text":{"nl":"F","en":"F"}},
               {"id":"g","type":"multiple","text":{"nl":"G","en":"G"},"options":[{"code":"h","label":{"nl":"H","en":"H"}}]},
               {"id":"g_h","type":"text","text":{"nl":"GH","en":"GH"}},
               {"id":"s","type":"scale","scale":"empty","text":{"nl":"S","en":"S"}}
             ]}]}
            """)
        let problems = InstrumentChecker.check(instrument)
        func has(_ location: String, _ fragment: String) -> Bool {
            problems.contains { $0.path == location && $0.message.contains(fragment) }
        }
        #expect(has("$.title", "missing translation 'en'"))
        #expect(has("$.scales.empty", "no points"))
        #expect(has("$.scales.unused", "not used"))
        #expect(has("$.sections[0].items[0].options[1].code", "duplicate code 'x'"))
        #expect(has("$.sections[0].items[1].id", "duplicate id 'a'"))
        #expect(has("$.sections[0].items[1].scale", "unknown scale 'nope'"))
        #expect(has("$.sections[0].items[2].showIf", "unknown item 'zzz'"))
        #expect(has("$.sections[0].items[3].showIf", "does not come before"))
        #expect(has("$.sections[0].items[4].showIf", "'maybe' is not a code of item 'c'"))
        #expect(has("$.sections[0].items[5].id", "lowercase"))
        #expect(has("$", "export column 'g_h'"))
        // The duplicate id also gives two export columns named 'a'.
        #expect(has("$", "export column 'a'"))
        #expect(problems.count == 12)
    }

    @Test("malformed files give the place of the error")
    func parserLocations() {
        let missing = InstrumentParser.parse(Data(#"{"id":"x","languages":["nl"],"title":{"nl":"x"},"scales":{},"sections":[{"id":"s","title":{"nl":"s"},"items":[{"id":"a","text":{"nl":"a"}}]}]}"#.utf8))
        #expect(missing.instrument == nil)
        #expect(missing.problems.first?.path == "$.sections[0].items[0]")
        #expect(missing.problems.first?.message.contains("'type'") == true)
        let broken = InstrumentParser.parse(Data("{\"id\": ".utf8))
        #expect(broken.problems.first?.message.contains("not valid JSON") == true)
        let wrongType = InstrumentParser.parse(Data(#"{"id":"x","languages":["nl"],"title":{"nl":"x"},"scales":{},"sections":[{"id":"s","title":{"nl":"s"},"items":[{"id":"a","type":"single","text":{"nl":"a"},"required":"yes"}]}]}"#.utf8))
        #expect(wrongType.problems.first?.path == "$.sections[0].items[0].required")
        let badCondition = InstrumentParser.parse(Data(#"{"id":"x","languages":["nl"],"title":{"nl":"x"},"scales":{},"sections":[{"id":"s","title":{"nl":"s"},"items":[{"id":"a","type":"yesno","text":{"nl":"a"},"showIf":{"item":"b"}}]}]}"#.utf8))
        #expect(badCondition.problems.first?.path == "$.sections[0].items[0].showIf")
    }

    @Test("conditions round-trip through JSON")
    func conditionCoding() throws {
        let condition = Condition.all([
            .equals(item: "role", value: "student"), .notEquals(item: "experience", value: "no"),
            .any([.isIn(item: "a", values: ["1", "2"]), .not(.notIn(item: "b", values: ["x"]))]),
        ])
        let data = try JSONEncoder().encode(condition)
        #expect(try JSONDecoder().decode(Condition.self, from: data) == condition)
    }
}
