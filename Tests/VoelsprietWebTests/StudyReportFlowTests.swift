import Foundation
import Testing
import VoelsprietDomain
import VoelsprietQDA
import VoelsprietServices
import VoelsprietStorage
import VoelsprietSynthesis
import VoelsprietWorkspace

@testable import VoelsprietWeb

/// The study report through the services on whichever engine the suite runs on: live numbers
/// in text, roles and suppression per block, revisions, frozen versions and what moved, exports.
@Suite("Study report flow")
struct StudyReportFlowTests {
    static func access(_ setup: ApplicationSetup, _ name: String, _ action: StudyAction = .viewStudyReport) async throws -> StudyAccess {
        let user = try #require(try await setup.repositories.users.find(username: name))
        return try await setup.services.studies.access("quickscan", as: .user(user), for: action)
    }

    static func addChapter(_ setup: ApplicationSetup, _ lead: StudyAccess, blocks: [ReportBlock]) async throws {
        let service = setup.services.studyReport
        var revision = try await service.definition(lead).revision
        let section = ReportSection(title: "Onderzoeksvraag 1")
        revision = try await service.edit(lead, revision: revision, what: "test") { $0.addSection(section) }
        for block in blocks {
            revision = try await service.edit(lead, revision: revision, what: "test") { try $0.addBlock(block, to: section.id) }
        }
    }

    static func markdown(_ composed: StudyReportService.Composed) -> String {
        String(decoding: (try? StudyReportService.render(composed.document, .md)) ?? [], as: UTF8.self)
    }

    @Test("numbers in text are live and traceable: they follow the data, and each links to what produced it")
    func liveNumbers() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let lead = try await Self.access(setup, "leader")
            let text = "Er deden {{quickscan.n}} mensen mee; χ² gaf {{quickscan.skill_contact_similar.test.experience.role=student.p|apa}}. Fout: {{quickscan.bestaat_niet}}."
            try await Self.addChapter(setup, lead, blocks: [ReportBlock(kind: .text, markdown: text)])
            let empty = try await setup.services.studyReport.compose(lead, language: "nl")
            #expect(Self.markdown(empty).contains("Er deden 0 mensen mee"))
            try await loadDemoResponses(services: setup.services, instrument: try BuiltInInstruments.quickscan())
            let composed = try await setup.services.studyReport.compose(lead, language: "nl")
            let md = Self.markdown(composed)
            #expect(md.contains("Er deden 131 mensen mee"))
            #expect(md.contains("p = ,015"))
            #expect(md.contains("?quickscan.bestaat"))
            let html = String(decoding: try StudyReportService.render(composed.document, .html), as: UTF8.self)
            #expect(html.contains("/admin/studies/quickscan/report#item-skill_contact_similar"))
            #expect(html.contains("n = 70"))
        }
    }

    @Test("a viewer gets no quotes and no interview numbers, in any format; the lead gets the quote with its label")
    func rolesPerBlock() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let lead = try await Self.access(setup, "leader")
            let importer = try await Self.access(setup, "leader", .manageInterviews)
            let transcript = "Interviewer: Hoe is dat voor je?\nProf8: Het geheime zinnetje over mijn eigen jeugd.\n"
            let source = try await setup.services.interviews.importTranscript(
                importer, data: Data(transcript.utf8), fileName: "prof8.txt", participantLabels: ["Prof8"], pseudonymList: "").source
            let coder = try await Self.access(setup, "leader", .codeInterviews)
            let code = try await setup.services.interviews.createCode(coder, name: "Eigen ervaring")
            let phrase = "Het geheime zinnetje over mijn eigen jeugd."
            let full = try await setup.services.interviews.source(importer, id: source.id)
            let scalars = Array(full.text.unicodeScalars)
            let needle = Array(phrase.unicodeScalars)
            let start = try #require((0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle })
            let added = try await setup.services.interviews.addCodings(
                coder, source: full, codeIDs: [code.id], ranges: [ScalarRange(start: start, end: start + needle.count)])
            let codingID = try #require(added.first?.coding.id)
            try await Self.addChapter(setup, lead, blocks: [
                ReportBlock(kind: .quotes, codeID: code.id, codingIDs: [codingID]),
                ReportBlock(kind: .text, markdown: "Codes: {{interviews.codings}}."),
                ReportBlock(kind: .quickscanTable, item: "skill_contact_similar", split: "role"),
            ])
            let leadMD = Self.markdown(try await setup.services.studyReport.compose(lead, language: "nl"))
            #expect(leadMD.contains("Het geheime zinnetje"))
            #expect(leadMD.contains("(Prof8)"))
            let viewer = try await Self.access(setup, "vera")
            let composed = try await setup.services.studyReport.compose(viewer, language: "nl")
            for format in StudyReportService.Format.allCases {
                let bytes = try StudyReportService.render(composed.document, format)
                // The .docx is a deflated zip: read its text back rather than searching the bytes.
                let text = format == .docx ? try DocxReader.read(Data(bytes), fileName: "r.docx").text : String(decoding: bytes, as: UTF8.self)
                #expect(!text.contains("geheime zinnetje"), "quote leaked to a viewer in \(format)")
                #expect(text.contains("Onderzoeksvraag 1"), "the \(format) export holds the report")
            }
            let leadDocx = try StudyReportService.render(try await setup.services.studyReport.compose(lead, language: "nl").document, .docx)
            #expect(try DocxReader.read(Data(leadDocx), fileName: "r.docx").text.contains("Het geheime zinnetje"))
            let viewerMD = Self.markdown(composed)
            #expect(viewerMD.contains("geen recht"))
            #expect(!viewerMD.contains("Codes: 1"))
        }
    }

    @Test("two editors: the second save from a stale revision is refused, nothing of it stored")
    func staleRevision() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let lead = try await Self.access(setup, "leader")
            let service = setup.services.studyReport
            let first = try await service.edit(lead, revision: 0, what: "a") { $0.addSection(ReportSection(title: "A")) }
            #expect(first == 1)
            await #expect(throws: ServiceError.self) {
                try await service.edit(lead, revision: 0, what: "b") { $0.addSection(ReportSection(title: "B")) }
            }
            let stored = try await service.definition(lead)
            #expect(stored.definition.sections.map(\.title) == ["A"])
            let viewer = try await Self.access(setup, "vera")
            await #expect(throws: ServiceError.self) {
                try await service.edit(viewer, revision: 1, what: "c") { $0.addSection(ReportSection(title: "C")) }
            }
        }
    }

    @Test("frozen versions are kept and say what moved; the study's deletion removes them")
    func versions() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let lead = try await Self.access(setup, "leader")
            try await Self.addChapter(setup, lead, blocks: [ReportBlock(kind: .text, markdown: "n = {{quickscan.n}}")])
            let service = setup.services.studyReport
            let v1 = try await service.freeze(lead, note: "leeg", language: "nl")
            #expect(v1 == 1)
            try await loadDemoResponses(services: setup.services, instrument: try BuiltInInstruments.quickscan())
            let pending = try await service.changes(lead, since: nil, language: "nl")
            let moved = try #require(pending.first { $0.key == "quickscan.n" })
            #expect(moved.before?.value == 0)
            #expect(moved.after?.value == 131)
            let v2 = try await service.freeze(lead, note: nil, language: "nl")
            #expect(v2 == 2)
            let changes = try await service.changes(lead, since: 2, language: "nl")
            #expect(changes.contains { $0.key == "quickscan.n" && $0.kind == .changed })
            let frozen = try await service.version(lead, number: 1)
            #expect(frozen.markdown.contains("n = 0"))
            #expect(frozen.docx.starts(with: [0x50, 0x4B]))
            let deleter = try await Self.access(setup, "leader", .purgeData)
            _ = try await setup.services.lifecycle.deleteStudy(deleter, confirmation: "quickscan")
            #expect(try await setup.repositories.studyReports.versions(studySlug: "quickscan").isEmpty)
            #expect(try await setup.repositories.studyReports.definition(studySlug: "quickscan") == nil)
        }
    }

    @Test("a block naming an item that is gone says so in its place; the rest renders")
    func goneItem() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let lead = try await Self.access(setup, "leader")
            try await Self.addChapter(setup, lead, blocks: [
                ReportBlock(kind: .quickscanTable, item: "verdwenen_vraag"),
                ReportBlock(kind: .text, markdown: "Daarna gaat het verder."),
            ])
            let md = Self.markdown(try await setup.services.studyReport.compose(lead, language: "nl"))
            #expect(md.contains("verdwenen"))
            #expect(md.contains("Daarna gaat het verder."))
        }
    }
}

/// The study report's pages: the composer's forms for leads and analysts only, edits by form,
/// the downloads, and a refusal for a viewer's post.
@Suite("Study report pages")
struct StudyReportPageTests {
    @Test("a lead composes by form; a viewer reads the report without the forms and cannot post")
    func composeByForm() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var lead = try await Workspace.browser(client, "leader")
            let page = try await lead.get("/admin/studies/quickscan/synthesis")
            #expect(page.status == .ok)
            #expect(page.text.contains("synthesis/edit"))
            let token = try await lead.token()
            let added = try await lead.post("/admin/studies/quickscan/synthesis/edit", form: [
                ("_csrf", token), ("revision", "0"), ("op", "add_section"), ("section_title", "Vraag <één>"),
            ])
            #expect(added.status == .seeOther)
            let after = try await lead.get("/admin/studies/quickscan/synthesis")
            #expect(after.text.contains("Vraag &lt;één&gt;"))
            #expect(!after.text.contains("Vraag <één>"))
            let stale = try await lead.post("/admin/studies/quickscan/synthesis/edit", form: [
                ("_csrf", token), ("revision", "0"), ("op", "add_section"), ("section_title", "Twee"),
            ])
            #expect(stale.status == .conflict)
            let bad = try await lead.post("/admin/studies/quickscan/synthesis/edit", form: [("_csrf", token), ("revision", "1"), ("op", "explode")])
            #expect(bad.status.code == 422 || bad.status.code == 400)
            let docx = try await lead.get("/admin/studies/quickscan/synthesis/report.docx")
            #expect(docx.status == .ok)
            #expect(docx.headers[.contentType]?.contains("wordprocessingml") == true)

            var viewer = try await Workspace.browser(client, "vera")
            let read = try await viewer.get("/admin/studies/quickscan/synthesis")
            #expect(read.status == .ok)
            #expect(read.text.contains("Vraag &lt;één&gt;"))
            #expect(!read.text.contains("synthesis/edit"))
            let viewerToken = try await viewer.token()
            let refused = try await viewer.post("/admin/studies/quickscan/synthesis/edit", form: [
                ("_csrf", viewerToken), ("revision", "1"), ("op", "add_section"), ("section_title", "Van de viewer"),
            ])
            #expect(refused.status == .forbidden)
        }
    }
}
