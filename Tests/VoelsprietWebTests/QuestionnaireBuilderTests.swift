import Foundation
import HummingbirdTesting
import Testing
import VoelsprietBuilder
import VoelsprietDomain
import VoelsprietServices
import VoelsprietStorage

@testable import VoelsprietWeb

/// Issue 9, finding 4: questionnaires were JSON only and could not be edited after creation.
/// The builder edits a draft with the checker's messages inline, publishes it, and after the
/// first real response makes a new version while the old one stays readable.
@Suite("The questionnaire builder")
struct QuestionnaireBuilderTests {
    static let base = "/admin/studies/quickscan/questionnaire"

    static func item(_ token: String, section: String, _ fields: [(String, String)]) -> [(String, String)] {
        [("_csrf", token), ("_section", section), ("_action", "add-item")] + fields
    }

    @Test("add an item in the browser: problems inline in the page's language, publishing refused until solved, then live")
    func addAndPublish() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var lead = try await Workspace.browser(client, "leader")
            let token = try await lead.token()
            let page = try await lead.get(Self.base)
            #expect(page.status == .ok)
            #expect(page.text.contains("data-builder-item=\"role\""))
            let section = try #require(try await setup.repositories.studies.find(slug: "quickscan")?.instrument.sections.last?.id)
            // A scale item naming a scale that does not exist: saved in the draft, flagged at the item.
            let added = try await lead.post(Self.base, form: Self.item(token, section: section, [
                ("id", "hours_week"), ("type", "scale"), ("scale", "nope"), ("text.nl", "Uren per week"), ("text.en", "Hours a week"),
            ]))
            #expect(added.status == .seeOther)
            let flagged = try await lead.get(Self.base)
            #expect(flagged.text.contains("vraag &#39;hours_week&#39; › scale: onbekende schaal &#39;nope&#39;"))
            #expect(flagged.text.contains("id=\"item-hours_week\""))
            let refused = try await lead.post(Self.base, form: [("_csrf", token), ("_action", "publish")])
            #expect(refused.status == .unprocessableContent)
            let live = try await setup.repositories.studies.find(slug: "quickscan")
            #expect(live?.instrument.item("hours_week") == nil)
            // Solved: a numeric item instead, with a decimal comma in its bound.
            let fixed = try await lead.post(Self.base, form: [
                ("_csrf", token), ("_original", "hours_week"), ("_action", "update-item"),
                ("id", "hours_week"), ("type", "numeric"), ("format", "decimal"), ("min", "0"), ("max", "60,5"),
                ("text.nl", "Uren per week"), ("text.en", "Hours a week"), ("unit.nl", "uur"), ("unit.en", "hours"),
            ])
            #expect(fixed.status == .seeOther)
            let published = try await lead.post(Self.base, form: [("_csrf", token), ("_action", "publish")])
            #expect(published.status == .seeOther)
            let study = try #require(try await setup.repositories.studies.find(slug: "quickscan"))
            #expect(study.instrument.item("hours_week")?.max == 60.5)
            // No real answers yet: replaced in place, still version 1, no replaced version kept.
            #expect(study.instrumentVersion == 1)
            #expect(try await setup.repositories.studies.versions(slug: "quickscan").isEmpty)
            #expect(try await setup.repositories.studies.draft(slug: "quickscan") == nil)
            let trail = try await setup.repositories.audit.events(studySlug: "quickscan", limit: 20)
            #expect(trail.contains { $0.entry.action == .questionnairePublished && $0.entry.detail.contains("added items: hours_week") })
        }
    }

    @Test("the new-section form asks for a title in each of the instrument's languages, no others")
    func newSectionLanguages() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            let json = """
                {"id":"een","languages":["nl"],"title":{"nl":"Een taal"},"scales":{},"sections":[
                 {"id":"s1","title":{"nl":"Deel"},"items":[{"id":"q","type":"yesno","text":{"nl":"Vraag"}}]}]}
                """
            try await setup.services.studies.create(
                slug: "eentalig", title: "Eentalig", instrument: try InstrumentParser.load(Data(json.utf8)), by: .command("test"),
                lead: "leader")
            var lead = try await Workspace.browser(client, "leader")
            let page = try await lead.get("/admin/studies/eentalig/questionnaire")
            #expect(page.status == .ok)
            let form = try #require(page.text.components(separatedBy: "id=\"new-section\"").last)
            let newSection = try #require(form.components(separatedBy: "</form>").first)
            #expect(newSection.contains("name=\"title.nl\""))
            #expect(!newSection.contains("name=\"title.en\""))
            let quickscan = try await lead.get(Self.base)
            #expect(quickscan.text.contains("<label lang=\"en\">") && quickscan.text.contains("name=\"title.en\"></label>"))
        }
    }

    @Test("a form that cannot be read keeps what was typed and says why; an unknown type names the allowed ones")
    func unreadableForm() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var lead = try await Workspace.browser(client, "leader")
            let token = try await lead.token()
            let section = try #require(try await setup.repositories.studies.find(slug: "quickscan")?.instrument.sections.first?.id)
            let bad = try await lead.post(Self.base, form: Self.item(token, section: section, [
                ("id", "who"), ("type", "multiple"), ("text.nl", "Met wie"), ("options", "colleagues = Collega's | Colleagues\nniemand zonder code"),
            ]))
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("regel 2"))
            #expect(bad.text.contains("niemand zonder code"))
            #expect(try await setup.repositories.studies.draft(slug: "quickscan") == nil)
            let likert = try await lead.post(Self.base, form: Self.item(token, section: section, [("id", "x"), ("type", "likert")]))
            #expect(likert.status == .unprocessableContent)
            #expect(likert.text.contains("numeric"))
        }
    }

    @Test("the source view: a YAML syntax error gives its line and leaves the draft alone; valid YAML replaces the draft")
    func sourceView() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var lead = try await Workspace.browser(client, "leader")
            let token = try await lead.token()
            let broken = "id: x\nlanguages: [nl\ntitle: {nl: X}\n"
            let refused = try await lead.post(Self.base, form: [("_csrf", token), ("_action", "source"), ("source", broken)])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("regel"))
            #expect(try await setup.repositories.studies.draft(slug: "quickscan") == nil)
            let download = try await lead.get("\(Self.base)/download?format=yaml")
            #expect(download.status == .ok)
            var yaml = download.text
            yaml = yaml.replacingOccurrences(of: "id: quickscan", with: "id: quickscan2")
            let saved = try await lead.post(Self.base, form: [("_csrf", token), ("_action", "source"), ("source", yaml)])
            #expect(saved.status == .seeOther)
            #expect(try await setup.repositories.studies.draft(slug: "quickscan")?.instrument.id == "quickscan2")
        }
    }

    @Test("after the first real response, publishing makes a new version; the old one stays readable; answers record their version")
    func versions() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            try await setup.repositories.responses.store(StoredResponse(
                id: "r1", studySlug: "quickscan", receiptHash: "h1", submittedOn: "2026-01-01", answers: AnswerSet(), instrumentVersion: 1))
            var lead = try await Workspace.browser(client, "leader")
            let token = try await lead.token()
            let before = try #require(try await setup.repositories.studies.find(slug: "quickscan"))
            let first = try #require(before.instrument.orderedItems.first?.item)
            var fields = [("_csrf", token), ("_original", first.id), ("_action", "update-item")]
            for (name, value) in VoelsprietBuilderFields.fields(first, before.instrument.languages) { fields.append((name, value)) }
            fields = fields.map { $0.0 == "text.nl" ? ($0.0, "Nieuwe vraagtekst") : $0 }
            #expect(try await lead.post(Self.base, form: fields).status == .seeOther)
            let page = try await lead.get(Self.base)
            #expect(page.text.contains("publiceren maakt versie 2"))
            #expect(try await lead.post(Self.base, form: [("_csrf", token), ("_action", "publish")]).status == .seeOther)
            let after = try #require(try await setup.repositories.studies.find(slug: "quickscan"))
            #expect(after.instrumentVersion == 2)
            #expect(after.instrument.item(first.id)?.text.values["nl"] == "Nieuwe vraagtekst")
            let kept = try await setup.repositories.studies.versions(slug: "quickscan")
            #expect(kept.map(\.version) == [1])
            #expect(kept.first?.instrument == before.instrument)
            // Readable by any member, a viewer too.
            var vera = try await Workspace.browser(client, "vera")
            let old = try await vera.get("\(Self.base)/versions/1")
            #expect(old.status == .ok)
            #expect(old.text.contains(first.text.text(in: "nl").replacingOccurrences(of: "'", with: "&#39;")))
            #expect(try await vera.get("\(Self.base)/versions/7").status == .notFound)
            // The next answer counts against version 2.
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan", instrumentVersion: 1) == 1)
            let sent = try await ResponseManagementTests.sendReview(&vera)
            #expect(sent.status == .seeOther)
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan", instrumentVersion: 2) == 1)
        }
    }
}

/// The builder's form fields of an item, as the page fills them in.
enum VoelsprietBuilderFields {
    static func fields(_ item: InstrumentItem, _ languages: [String]) -> [(String, String)] {
        VoelsprietBuilder.ItemForm.fields(of: item, languages: languages).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
