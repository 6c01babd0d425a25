import Foundation
import Testing

@testable import VoelsprietDomain

/// Issue 9, finding 4: no numeric, dropdown or date items, no min/max, no exclusive options
/// (`["nobody","colleagues"]` was accepted), no randomised option order.
@Suite("Item types: numeric, dropdown, date, matrix, exclusive and randomised options")
struct ItemTypeTests {
    static let instrument = """
        {"id":"t","languages":["nl","en"],"title":{"nl":"T","en":"T"},
         "scales":{"agree":{"points":[{"code":"1","label":{"nl":"oneens","en":"disagree"}},{"code":"2","label":{"nl":"eens","en":"agree"}}]}},
         "sections":[
          {"id":"s1","title":{"nl":"S","en":"S"},"items":[
           {"id":"hours","type":"numeric","format":"decimal","min":0,"max":80,"unit":{"nl":"uur","en":"hours"},"text":{"nl":"Uren","en":"Hours"}},
           {"id":"age","type":"numeric","min":16,"max":99,"text":{"nl":"Leeftijd","en":"Age"}},
           {"id":"province","type":"dropdown","text":{"nl":"Provincie","en":"Province"},"options":[
             {"code":"gr","label":{"nl":"Groningen","en":"Groningen"}},{"code":"fr","label":{"nl":"Friesland","en":"Friesland"}}]},
           {"id":"since","type":"date","earliest":"2000-01-01","latest":"2026-12-31","text":{"nl":"Sinds","en":"Since"}},
           {"id":"talk","type":"multiple","randomize":true,"text":{"nl":"Met wie","en":"With whom"},"options":[
             {"code":"colleagues","label":{"nl":"Collega's","en":"Colleagues"}},
             {"code":"manager","label":{"nl":"Leidinggevende","en":"Manager"}},
             {"code":"friends","label":{"nl":"Vrienden","en":"Friends"}},
             {"code":"family","label":{"nl":"Familie","en":"Family"}},
             {"code":"other","label":{"nl":"Anders","en":"Other"},"specify":true},
             {"code":"nobody","label":{"nl":"Niemand","en":"Nobody"},"exclusive":true}]}
          ]},
          {"id":"battery","layout":"matrix","title":{"nl":"B","en":"B"},"items":[
           {"id":"b1","type":"scale","scale":"agree","text":{"nl":"een","en":"one"}},
           {"id":"b2","type":"scale","scale":"agree","text":{"nl":"twee","en":"two"}}]}
         ]}
        """

    static func load() throws -> Instrument { try InstrumentParser.load(Data(instrument.utf8)) }

    func validate(_ fields: [String: RawValue]) throws -> ValidationOutcome {
        ResponseValidator(instrument: try Self.load()).validate(RawAnswers(fields))
    }

    @Test("the example instrument with every new type has no problems")
    func clean() throws {
        let result = InstrumentParser.parse(Data(Self.instrument.utf8))
        #expect(result.problems.isEmpty, "\(result.problems)")
    }

    @Test("numbers: decimal comma or point, one canonical spelling, bounds, whole numbers")
    func numbers() throws {
        let ok = try validate(["hours": .string(" 3,50 "), "age": .string("42")])
        #expect(ok.problems.isEmpty)
        #expect(ok.answers["hours"]?.value == .text("3.5"))
        #expect(ok.answers["age"]?.value == .text("42"))
        #expect(try validate(["hours": .string("81")]).problems.map(\.kind) == [.aboveMaximum])
        #expect(try validate(["hours": .string("-1")]).problems.map(\.kind) == [.belowMinimum])
        #expect(try validate(["age": .string("42,5")]).problems.map(\.kind) == [.notAWholeNumber])
        // A thousand to a Dutch reader, one to an English one: refused, not guessed.
        #expect(try validate(["age": .string("1.000")]).problems.map(\.kind) == [.notAWholeNumber])
        for bad in ["twaalf", "1e3", "+5", "3,5,1", "inf", "nan", "12 uur", "."] {
            #expect(try validate(["hours": .string(bad)]).problems.map(\.kind) == [.notANumber], "\(bad)")
        }
        let message = try validate(["hours": .string("81")]).problems[0].message(language: "nl")
        #expect(message.contains("80"))
        let decimalMessage = AnswerProblem(field: "x", kind: .belowMinimum, bound: "0.5").message(language: "nl")
        #expect(decimalMessage.contains("0,5"))
    }

    @Test("typed numbers: canonical form")
    func canonicalNumbers() {
        func canonical(_ text: String) -> String? {
            if case .success(let value) = TypedAnswer.number(text, format: .decimal, min: nil, max: nil) { return value }
            return nil
        }
        #expect(canonical("007") == "7")
        #expect(canonical("-0,0") == "0")
        #expect(canonical(",5") == "0.5")
        #expect(canonical("-12.250") == "-12.25")
        #expect(canonical("5,") == nil)
        #expect(canonical("1234567890123456") == nil)
    }

    @Test("dates: ISO or Dutch order, real days only, within the bounds")
    func dates() throws {
        #expect(try validate(["since": .string("31-03-2024")]).answers["since"]?.value == .text("2024-03-31"))
        #expect(try validate(["since": .string("2024-02-29")]).answers["since"]?.value == .text("2024-02-29"))
        #expect(try validate(["since": .string("2023-02-29")]).problems.map(\.kind) == [.notADate])
        #expect(try validate(["since": .string("1999-12-31")]).problems.map(\.kind) == [.tooEarly])
        #expect(try validate(["since": .string("2027-01-01")]).problems.map(\.kind) == [.tooLate])
        #expect(try validate(["since": .string("2024-13-01")]).problems.map(\.kind) == [.notADate])
        #expect(try validate(["since": .string("gisteren")]).problems.map(\.kind) == [.notADate])
        let message = try validate(["since": .string("1999-12-31")]).problems[0].message(language: "nl")
        #expect(message.contains("01-01-2000"))
    }

    @Test("a dropdown takes one of its codes")
    func dropdown() throws {
        #expect(try validate(["province": .string("fr")]).answers["province"]?.value == .code("fr"))
        #expect(try validate(["province": .string("ut")]).problems.map(\.kind) == [.invalidOption])
    }

    @Test("an exclusive option cannot be combined with another: the finding ['nobody','colleagues']")
    func exclusive() throws {
        let outcome = try validate(["talk": .list(["nobody", "colleagues"])])
        #expect(outcome.problems.map(\.kind) == [.exclusiveCombined])
        #expect(outcome.answers["talk"] == nil)
        #expect(try validate(["talk": .list(["nobody"])]).answers["talk"]?.codes == ["nobody"])
        #expect(try validate(["talk": .list(["friends", "colleagues"])]).answers["talk"]?.codes == ["colleagues", "friends"])
    }

    @Test("randomised options: fixed per respondent, exclusive and specify options in place, codes unchanged")
    func randomOrder() throws {
        let item = try #require(try Self.load().item("talk"))
        let options = try #require(item.options)
        let first = OptionOrder.arrange(options, randomize: true, seed: "token-a/talk")
        #expect(first == OptionOrder.arrange(options, randomize: true, seed: "token-a/talk"))
        #expect(Set(first.map(\.code)) == Set(options.map(\.code)))
        var orders = Set<[String]>()
        for index in 0..<40 {
            let arranged = OptionOrder.arrange(options, randomize: true, seed: "token-\(index)/talk")
            #expect(arranged[4].code == "other")
            #expect(arranged[5].code == "nobody")
            orders.insert(arranged.map(\.code))
        }
        // Four movable options have 24 orders; forty respondents see many of them.
        #expect(orders.count >= 10)
        #expect(OptionOrder.arrange(options, randomize: false, seed: "x") == options)
    }

    @Test("exports: numbers with missing codes when min rules them out, dates blank; the codebook says what a cell holds")
    func exports() throws {
        let instrument = try Self.load()
        let layout = ExportLayout(instrument: instrument)
        let answers = ResponseValidator(instrument: instrument).validate(RawAnswers(["hours": .string("7,5"), "since": .string("2020-05-01")])).answers
        let row = Dictionary(uniqueKeysWithValues: zip(layout.header, layout.row(responseID: "r", submittedOn: "2024-01-01", answers: answers)))
        #expect(row["hours"] == "7.5")
        #expect(row["since"] == "2020-05-01")
        #expect(row["age"] == "-98")
        let empty = Dictionary(uniqueKeysWithValues: zip(layout.header, layout.row(responseID: "r", submittedOn: "2024-01-01", answers: AnswerSet())))
        #expect(empty["since"] == "")
        #expect(empty["province"] == "-98")
        let meaning = layout.codebook.first { $0[0] == "hours" && $0[7] == "" }
        #expect(meaning?[8].contains("≤ 80") == true)
        #expect(meaning?[8].contains("uur") == true)
        // Without a minimum, −99 could be an answer: the cell stays empty.
        var unbounded = instrument
        unbounded.sections[0].items[0].min = nil
        let open = ExportLayout(instrument: unbounded)
        let openRow = Dictionary(uniqueKeysWithValues: zip(open.header, open.row(responseID: "r", submittedOn: "2024-01-01", answers: AnswerSet())))
        #expect(openRow["hours"] == "")
    }

    @Test("the checker refuses settings that do not fit the type, naming the item in both languages")
    func checkerSettings() throws {
        let json = """
            {"id":"t","languages":["nl","en"],"title":{"nl":"T","en":"T"},"scales":{"agree":{"points":[{"code":"1","label":{"nl":"a","en":"a"}}]}},
             "sections":[{"id":"s","layout":"matrix","title":{"nl":"S","en":"S"},"items":[
               {"id":"n","type":"numeric","min":10,"max":5,"text":{"nl":"N","en":"N"}},
               {"id":"w","type":"numeric","min":0.5,"text":{"nl":"W","en":"W"}},
               {"id":"d","type":"date","earliest":"2024-02-30","text":{"nl":"D","en":"D"}},
               {"id":"y","type":"yesno","randomize":true,"min":1,"text":{"nl":"Y","en":"Y"}},
               {"id":"s1","type":"single","text":{"nl":"S","en":"S"},"options":[{"code":"a","label":{"nl":"A","en":"A"}},{"code":"b","label":{"nl":"B","en":"B"},"exclusive":true}]},
               {"id":"c","type":"scale","scale":"agree","text":{"nl":"C","en":"C"},"showIf":{"item":"n","equals":"3"}}
             ]}]}
            """
        let problems = InstrumentParser.parse(Data(json.utf8)).problems
        func has(_ id: String, _ field: String?, _ fragment: String) -> Bool {
            problems.contains { $0.place == .item(id) && $0.field == field && $0.english.contains(fragment) }
        }
        #expect(has("n", "min", "larger than max"))
        #expect(has("w", "min", "whole min"))
        #expect(has("d", "earliest", "not a date"))
        #expect(has("y", "randomize", "shuffled"))
        #expect(has("y", "min", "numeric items only"))
        #expect(has("s1", "option 'b'", "exclusive"))
        #expect(has("c", "showIf", "a numeric item"))
        #expect(problems.contains { $0.place == .section("s") && $0.field == "layout" })
        let dutch = try #require(problems.first { $0.place == .item("n") })
        #expect(dutch.location(in: "nl") == "vraag 'n' › min")
        #expect(dutch.message(in: "nl").contains("groter dan"))
        // No message names an array index.
        #expect(problems.allSatisfy { !$0.location(in: "nl").contains("[") })
    }
}
