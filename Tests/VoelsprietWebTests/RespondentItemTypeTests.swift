import Foundation
import HummingbirdTesting
import Testing
import VoelsprietDomain
import VoelsprietServices

@testable import VoelsprietWeb

/// Issue 9, finding 4, on the respondent's side: the new item types are drawn as their kind
/// (a number field with its unit, a drop-down, a date field, a battery as a table), exclusive
/// options are refused in combination, and each respondent keeps one option order.
@Suite("Respondent form: numeric, dropdown, date, matrix, exclusive and shuffled options")
struct RespondentItemTypeTests {
    static func start(_ client: any TestClientProtocol) async throws -> (Browser, TestResponse) {
        var browser = Browser(client)
        let intro = try await browser.get("/s/typen")
        let csrf = try #require(intro.inputValue("_csrf"))
        let first = try await browser.post("/s/typen", form: [("_csrf", csrf), ("_lang", "nl"), ("_action", "start")])
        return (browser, first)
    }

    static func create(_ setup: ApplicationSetup) async throws {
        let instrument = try InstrumentParser.load(Data(ItemTypeFixture.json.utf8))
        _ = try await setup.services.studies.create(slug: "typen", title: "Typen", instrument: instrument, by: .command("test"))
    }

    @Test("each type is drawn as its kind, with bounds and unit")
    func drawn() async throws {
        try await TestApp.run { client, setup in
            try await Self.create(setup)
            let (_, first) = try await Self.start(client)
            #expect(first.status == .ok)
            let html = first.text
            #expect(html.contains("name=\"hours\" id=\"hours\" value=\"\" maxlength=\"64\" inputmode=\"decimal\""))
            #expect(html.contains("<span class=\"unit\">uur</span>"))
            #expect(html.contains("van 0 tot en met 80"))
            #expect(html.contains("<select name=\"province\""))
            #expect(html.contains("type=\"date\" name=\"since\""))
            #expect(html.contains("data-min=\"2000-01-01\""))
            #expect(html.contains("value=\"nobody\" id=\"talk--nobody\" data-exclusive"))
        }
    }

    @Test("wrong typed answers come back with Dutch messages and what was typed; an exclusive option alone is fine")
    func refused() async throws {
        try await TestApp.run { client, setup in
            try await Self.create(setup)
            var (browser, first) = try await Self.start(client)
            let wrong = try await browser.post("/s/typen", form: first.hiddenFields + [
                ("hours", "81"), ("age", "42,5"), ("since", "31-02-2020"), ("talk", "nobody"), ("talk", "colleagues"), ("_action", "next"),
            ])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains("Het grootste mogelijke antwoord is 80."))
            #expect(wrong.text.contains("Vul een heel getal in"))
            #expect(wrong.text.contains("Vul een datum in"))
            #expect(wrong.text.contains("&quot;Niemand&quot; kan niet samen met andere antwoorden gekozen worden."))
            #expect(wrong.text.contains("value=\"42,5\""))
            let right = try await browser.post("/s/typen", form: wrong.hiddenFields + [
                ("hours", "7,5"), ("age", "42"), ("province", "fr"), ("since", "31-03-2020"), ("talk", "nobody"), ("_action", "next"),
            ])
            #expect(right.status == .ok)
            // The next step is the battery, drawn as one table.
            #expect(right.text.contains("<table class=\"matrix\">"))
            #expect(right.text.contains("name=\"b1\" value=\"2\""))
            #expect(right.hiddenFields.contains { $0 == ("hours", "7.5") })
            #expect(right.hiddenFields.contains { $0 == ("since", "2020-03-31") })
        }
    }

    @Test("shuffled options: one order per respondent, the same on every page of their questionnaire")
    func shuffled() async throws {
        try await TestApp.run { client, setup in
            try await Self.create(setup)
            var orders = Set<[String]>()
            for _ in 0..<8 {
                var (browser, first) = try await Self.start(client)
                let order = Self.talkOrder(first.text)
                #expect(order.suffix(2) == ["other", "nobody"])
                orders.insert(order)
                let again = try await browser.post("/s/typen", form: first.hiddenFields + [("hours", "x"), ("_action", "next")])
                #expect(Self.talkOrder(again.text) == order)
            }
            #expect(orders.count > 1)
        }
    }

    static func talkOrder(_ html: String) -> [String] {
        html.components(separatedBy: "id=\"talk--").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }.filter { !$0.hasSuffix("--text") }
    }
}

enum ItemTypeFixture {
    static let json = """
        {"id":"typen","languages":["nl","en"],"title":{"nl":"Typen","en":"Types"},
         "scales":{"agree":{"points":[{"code":"1","label":{"nl":"oneens","en":"disagree"}},{"code":"2","label":{"nl":"eens","en":"agree"}}]}},
         "sections":[
          {"id":"s1","title":{"nl":"Over je werk","en":"Your work"},"items":[
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
          {"id":"battery","layout":"matrix","title":{"nl":"Stellingen","en":"Statements"},"items":[
           {"id":"b1","type":"scale","scale":"agree","text":{"nl":"een","en":"one"}},
           {"id":"b2","type":"scale","scale":"agree","text":{"nl":"twee","en":"two"}}]}
         ]}
        """
}
