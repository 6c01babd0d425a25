import Foundation
import Testing
import VoelsprietDomain
import VoelsprietQDA
import VoelsprietREFI
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

@testable import VoelsprietWeb

/// The interviews through the services, on whichever engine the suite runs on: import with
/// pseudonymisation, per-coder codings and their visibility, positions from the browser,
/// agreement, retrieval, codebook changes that keep codings, and REFI-QDA round trips.
@Suite("Interviews flow")
struct InterviewFlowTests {
    struct Members {
        let lead, ana, cody, vera: StudyAccess
    }

    static func members(_ setup: ApplicationSetup) async throws -> Members {
        func access(_ name: String, _ action: StudyAction) async throws -> StudyAccess {
            let user = try #require(try await setup.repositories.users.find(username: name))
            return try await setup.services.studies.access("quickscan", as: .user(user), for: action)
        }
        return Members(
            lead: try await access("leader", .viewInterviews), ana: try await access("ana", .viewInterviews),
            cody: try await access("cody", .viewInterviews), vera: try await access("vera", .viewStudy))
    }

    static let transcript = """
        Interviewer: Wat betekent je eigen ervaring in je werk?
        Prof8: Ik merk sneller dat er iets niet klopt. Jan de Vries, mijn collega in Utrecht, zei dat ook.
        Interviewer: En bij Veilig Thuis Noord?
        Prof8: Daar praat ik er niet over 😊 met cliënten.
        """

    @Test("a transcript is stored pseudonymised: the names are nowhere in the database, the placeholders follow the list")
    func pseudonymised() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let m = try await Self.members(setup)
            let list = "naam: Jan de Vries\nplaats: Utrecht\norganisatie: Veilig Thuis Noord\nnaam: Nooit Genoemd"
            let result = try await setup.services.interviews.importTranscript(
                m.lead, data: Data(Self.transcript.utf8), fileName: "C:\\\\interviews\\\\prof8.txt", participantLabels: ["Prof8"], pseudonymList: list)
            #expect(result.source.name == "prof8.txt")
            #expect(result.replacements.map(\.placeholder).sorted() == ["[NAAM1]", "[ORGANISATIE1]", "[PLAATS1]"])
            #expect(result.unmatchedTerms == ["Nooit Genoemd"])
            let source = try await setup.services.interviews.source(m.lead, id: result.source.id)
            #expect(source.text.contains("[NAAM1], mijn collega in [PLAATS1]"))
            #expect(source.turns.compactMap(\.speaker) == ["Interviewer", "Prof8", "Interviewer", "Prof8"])
            // What the database holds, as its repositories read it back: sources with their texts and turns,
            // participants, and the audit trail (not the raw file; the SQLite file itself is not scanned here).
            let db = setup.repositories
            var everything = ""
            for s in try await db.interviews.sources(studySlug: "quickscan") { everything += "\(s)" }
            everything += "\(try await db.interviews.sources(studySlug: "quickscan", ids: [result.source.id]))"
            everything += "\(try await db.interviews.participants(studySlug: "quickscan"))"
            everything += "\(try await db.audit.events(studySlug: "quickscan", limit: 1000))"
            for name in ["Jan", "Vries", "Utrecht", "Noord", "Genoemd"] {
                #expect(!everything.contains(name), "\(name) was stored")
            }
            // The same list on a second transcript gives the same person the same placeholder.
            let second = try await setup.services.interviews.importTranscript(
                m.lead, data: Data("Stud6: Ik sprak Utrecht en jan DE vries.".utf8), fileName: "stud6.txt", participantLabels: ["Stud6"], pseudonymList: list)
            let text = try await setup.services.interviews.source(m.lead, id: second.source.id).text
            #expect(text == "Stud6: Ik sprak [PLAATS1] en [NAAM1].")
            // Labels guess the participant type.
            let participants = try await setup.services.interviews.participants(m.lead)
            #expect(participants.first { $0.label == "Stud6" }?.types == [.student])
        }
    }

    @Test("bad files are refused by name and store nothing")
    func badFiles() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let m = try await Self.members(setup)
            let service = setup.services.interviews
            await #expect(throws: ServiceError.self) {
                try await service.importTranscript(m.lead, data: Data([0x66, 0xC3, 0x28, 0x0A]), fileName: "bad.txt")
            }
            await #expect(throws: ServiceError.self) {
                try await service.importTranscript(m.lead, data: Data("PK\u{3}\u{4}nonsense".utf8), fileName: "x.docx")
            }
            await #expect(throws: ServiceError.self) {
                try await service.importProject(m.lead, data: Data("PK\u{3}\u{4}not a zip at all".utf8), fileName: "broken.qdpx")
            }
            await #expect(throws: ServiceError.self) {
                try await service.importTranscript(m.cody, data: Data("Hallo".utf8), fileName: "a.txt")
            }
            #expect(try await service.sources(m.lead).isEmpty)
            #expect(try await setup.repositories.interviews.codes(studySlug: "quickscan").isEmpty)
        }
    }

    @Test("codings are per coder: a coder sees only their own until the lead opens comparison; browser positions are UTF-16")
    func perCoder() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let m = try await Self.members(setup)
            let service = setup.services.interviews
            let text = "Prof8: 😊 eerst een emoji, dan de zin die telt.\n"
            let source = try await service.importTranscript(m.lead, data: Data(text.utf8), fileName: "p.txt", participantLabels: ["Prof8"]).source
            let code = try await service.createCode(m.lead, name: "Signalen", origin: .deductive)
            // "dan de zin die telt" starts after the emoji: UTF-16 offsets are one more than scalar offsets.
            let scalars = Array(text.unicodeScalars)
            let startScalar = (0..<scalars.count).first { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix("dan de zin") }!
            let made = try await service.addCoding(m.cody, sourceID: source.id, codeIDs: [code.id], start: startScalar + 1, end: startScalar + 1 + 19, unit: .utf16)
            #expect(made.count == 1 && made[0].coding.range == ScalarRange(start: startScalar, end: startScalar + 19))
            _ = try await service.addCoding(m.ana, sourceID: source.id, codeIDs: [code.id], start: 0, end: 5)
            // The same coding twice is not doubled.
            #expect(try await service.addCoding(m.ana, sourceID: source.id, codeIDs: [code.id], start: 0, end: 5).isEmpty)
            #expect(try await service.fragments(m.cody, codeID: code.id).map(\.text) == ["dan de zin die telt"])
            #expect(try await service.fragments(m.lead, codeID: code.id).count == 2)
            let codyView = try await service.codingView(m.cody, sourceID: source.id, includeOthers: true)
            #expect(codyView.codings.count == 1 && !codyView.othersVisible)
            // Another coder's coding cannot be removed by a coder.
            let anasCoding = try #require(try await service.codingView(m.ana, sourceID: source.id).codings.first)
            await #expect(throws: ServiceError.self) { try await service.deleteCoding(m.cody, id: anasCoding.coding.id) }
            await #expect(throws: ServiceError.self) { try await service.setComparisonOpen(m.ana, true) }
            try await service.setComparisonOpen(m.lead, true)
            #expect(try await service.fragments(m.cody, codeID: code.id).count == 2)
            #expect(try await service.codingView(m.cody, sourceID: source.id, includeOthers: true).codings.count == 2)
            // Undo: delete and restore one's own coding.
            let removed = try await service.deleteCoding(m.cody, id: made[0].coding.id)
            try await service.restoreCoding(m.cody, removed.coding)
            #expect(try await service.codingView(m.cody, sourceID: source.id).codings.map(\.coding.id) == [made[0].coding.id])
            // A viewer has no access to transcripts at all.
            await #expect(throws: ServiceError.self) { try await service.sources(m.vera) }
            // Positions outside the text are refused.
            await #expect(throws: ServiceError.self) {
                try await service.addCoding(m.cody, sourceID: source.id, codeIDs: [code.id], start: 10, end: 10_000)
            }
        }
    }

    @Test("agreement per character: A on 0–40 and B on 20–60 of 100 gives 60 % and κ = 0.1667")
    func agreement() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let m = try await Self.members(setup)
            let service = setup.services.interviews
            let text = String(repeating: "abcdefghij", count: 10)
            let source = try await service.importTranscript(m.lead, data: Data(text.utf8), fileName: "hundred.txt").source
            #expect(source.scalarLength == 100)
            let code = try await service.createCode(m.lead, name: "Thema", origin: .deductive)
            _ = try await service.addCoding(m.ana, sourceID: source.id, codeIDs: [code.id], start: 0, end: 40)
            _ = try await service.addCoding(m.cody, sourceID: source.id, codeIDs: [code.id], start: 20, end: 60)
            let a = try await service.agreement(m.lead, unit: .character)
            let figures = try #require(a.report.codes.first { $0.codeID == code.id }?.figures)
            #expect(abs((figures.percentAgreement.value ?? 0) - 60) < 1e-9)
            #expect(abs((figures.cohensKappa.value ?? 0) - 0.08 / 0.48) < 1e-9)
            await #expect(throws: ServiceError.self) { try await service.agreement(m.ana, unit: .character) }
            // Differences and the settled coding.
            let (_, diff) = try await service.differences(m.lead, sourceID: source.id, codeID: code.id, coderIDs: a.coders.map(\.coder.id))
            #expect(diff.disagreements.map(\.range) == [ScalarRange(start: 0, end: 20), ScalarRange(start: 40, end: 60)])
            #expect(try await service.settle(m.lead, sourceID: source.id, codeID: code.id, ranges: [.init(start: 0, end: 20), .init(start: 20, end: 40)]) == 1)
            let consensus = try await setup.repositories.interviews.coders(studySlug: "quickscan").first { $0.kind == .consensus }
            let settled = try await setup.repositories.interviews.codings(studySlug: "quickscan", sourceID: source.id, coderIDs: [try #require(consensus).coder.id])
            #expect(settled.map(\.coding.range) == [ScalarRange(start: 0, end: 40)])
        }
    }

    @Test("merging and splitting codes keep every coding; retrieval filters by participant type; the quote report labels quotes")
    func codebookAndRetrieval() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let m = try await Self.members(setup)
            let service = setup.services.interviews
            let prof = try await service.importTranscript(m.lead, data: Data("Prof8: Ik zie het eerder.\n".utf8), fileName: "prof8.txt", participantLabels: ["Prof8"]).source
            let stud = try await service.importTranscript(m.lead, data: Data("Stud6: Ik leer het nog.\n".utf8), fileName: "stud6.txt", participantLabels: ["Stud6"]).source
            #expect(try await service.applyTemplate(m.lead) > 20)
            let book = try await service.codebook(m.lead)
            let a = try #require(book.first { $0.code.name == "Voelsprieten" }).code
            let b = try #require(book.first { $0.code.name == "Doorleefde kennis" }).code
            _ = try await service.addCoding(m.lead, sourceID: prof.id, codeIDs: [a.id], start: 7, end: 25)
            _ = try await service.addCoding(m.lead, sourceID: stud.id, codeIDs: [b.id], start: 7, end: 23)
            let moved = try await service.mergeCodes(m.lead, from: b.id, into: a.id)
            #expect(moved == 1)
            #expect(try await service.fragments(m.lead, codeID: a.id).count == 2)
            let students = try await service.fragments(m.lead, codeID: a.id, filter: ParticipantFilter(types: [.student]))
            #expect(students.map(\.quoteLabel) == ["Stud6"] && students.map(\.text) == ["Ik leer het nog."])
            let split = try await service.splitCode(m.lead, id: a.id, newName: "Leren", codingIDs: students.map(\.coding.id))
            #expect(try await service.fragments(m.lead, codeID: split.id).count == 1)
            #expect(try await service.fragments(m.lead, codeID: a.id, includeSubcodes: false).count == 1)
            await #expect(throws: ServiceError.self) { try await service.deleteCode(m.lead, id: a.id) }
            let markdown = try await service.quoteReport(m.lead, english: false).markdown()
            #expect(markdown.contains("> Ik zie het eerder. (Prof8)"))
            let matrix = try await service.matrix(m.lead)
            #expect(matrix.counts[a.id]?[.professional] == 1 && matrix.counts[split.id]?[.student] == 1)
        }
    }

    @Test("export to REFI-QDA and import into another study gives the same sources, codes, codings, coders and positions")
    func refiRoundTrip() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let m = try await Self.members(setup)
            let service = setup.services.interviews
            let text = "Interviewer: Vraag?\r\nProf8: Antwoord met é, 😊 en nog wat.\r\n"
            let source = try await service.importTranscript(m.lead, data: Data(text.utf8), fileName: "prof8.txt", participantLabels: ["Prof8"]).source
            let parent = try await service.createCode(m.lead, name: "Thema", origin: .deductive)
            let child = try await service.createCode(m.lead, name: "Sub", parentID: parent.id)
            _ = try await service.addCoding(m.ana, sourceID: source.id, codeIDs: [child.id], start: 27, end: 36)
            _ = try await service.addCoding(m.cody, sourceID: source.id, codeIDs: [parent.id, child.id], start: 20, end: 45)
            let export = try await service.exportProject(m.lead)
            let before = try await service.project(m.lead)
            // Into a second study.
            try await setup.services.studies.create(slug: "tweede", title: "Tweede", instrument: try BuiltInInstruments.quickscan(), by: .command("test"), lead: "leader")
            let lead2 = try await setup.services.studies.access("tweede", as: .command("test"), for: .manageInterviews)
            let imported = try await service.importProject(lead2, data: export.data, fileName: "quickscan.qdpx")
            #expect(imported.sources == 1 && imported.codings == 3 && imported.coders == before.coders.count)
            let after = try await service.project(lead2)
            #expect(after.sources.map(\.text) == before.sources.map(\.text))
            #expect(Set(after.codings.map { "\($0.codeID)|\($0.coderID)|\($0.range)" }) == Set(before.codings.map { "\($0.codeID)|\($0.coderID)|\($0.range)" }))
            #expect(Set(after.codebook.codes.map { "\($0.id)|\($0.name)|\($0.parentID?.uuidString ?? "-")" }) == Set(before.codebook.codes.map { "\($0.id)|\($0.name)|\($0.parentID?.uuidString ?? "-")" }))
            #expect(Set(after.coders.map(\.id)) == Set(before.coders.map(\.id)))
            // The same project twice into one study is refused, and nothing is added.
            await #expect(throws: ServiceError.self) { try await service.importProject(lead2, data: export.data, fileName: "again.qdpx") }
            #expect(try await service.sources(lead2).count == 1)
        }
    }

    @Test("two coders coding the same source at the same moment lose nothing")
    func concurrentCoding() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let m = try await Self.members(setup)
            let service = setup.services.interviews
            let source = try await service.importTranscript(m.lead, data: Data(String(repeating: "woord ", count: 200).utf8), fileName: "w.txt").source
            let code = try await service.createCode(m.lead, name: "Woord")
            _ = try await service.ownCoderID(m.ana)
            _ = try await service.ownCoderID(m.cody)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for i in 0..<40 {
                    let who = i % 2 == 0 ? m.ana : m.cody
                    group.addTask { _ = try await service.addCoding(who, sourceID: source.id, codeIDs: [code.id], start: i * 6, end: i * 6 + 5) }
                }
                try await group.waitForAll()
            }
            #expect(try await service.fragments(m.lead, codeID: code.id).count == 40)
        }
    }
}
