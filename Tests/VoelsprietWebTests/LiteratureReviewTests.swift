import Foundation
import NIOCore
import HummingbirdTesting
import Testing
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

@testable import VoelsprietWeb

/// The literature review through its pages: import by upload, deduplication and its review,
/// blind dual screening with a conflict resolved by a third reviewer, the rights, the exports.
@Suite("Literature review pages")
struct LiteratureReviewTests {
    /// Four records, of which two are the same paper (same DOI, title case differs).
    static let ris = """
        TY  - JOUR\r
        TI  - Lived experience of family violence among social workers\r
        AU  - Jansen, A.\r
        PY  - 2019\r
        T2  - Journal of Social Work\r
        DO  - 10.1000/sw.2019.1\r
        AB  - Professionals with their own history of abuse describe how it shapes their work.\r
        ER  - \r
        TY  - JOUR\r
        TI  - LIVED EXPERIENCE OF FAMILY VIOLENCE AMONG SOCIAL WORKERS\r
        AU  - Jansen, A\r
        PY  - 2019\r
        T2  - J Soc Work\r
        DO  - https://doi.org/10.1000/SW.2019.1\r
        ER  - \r
        TY  - JOUR\r
        TI  - Gut microbiota in mice\r
        UR  - javascript:alert(1)\r
        AU  - Smith, J.\r
        PY  - 2020\r
        T2  - Microbiology\r
        ER  - \r
        TY  - JOUR\r
        TI  - Students in youth care with experiences of child abuse\r
        AU  - de Vries, B.\r
        PY  - 2021\r
        T2  - Child Abuse Review\r
        ER  - \r

        """

    /// A multipart form as a browser sends it.
    static func multipart(_ fields: [(String, String)], file: (name: String, bytes: [UInt8])?) -> (String, ByteBuffer) {
        let boundary = "----VoelsprietTestBoundary7Mq"
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += file.bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return ("multipart/form-data; boundary=\(boundary)", ByteBuffer(bytes: body))
    }

    static func upload(_ browser: inout Browser, token: String, name: String, text: String) async throws -> TestResponse {
        let (type, body) = multipart([("_csrf", token), ("origin", "database")], file: (name, Array(text.utf8)))
        var headers = browser.cookieHeader
        headers[.contentType] = type
        let response = try await browser.client.execute(uri: "/admin/studies/quickscan/literature/imports", method: .post, headers: headers, body: body)
        browser.remember(response)
        return response
    }

    static let base = "/admin/studies/quickscan/literature"

    @Test("an upload imports every record in one step; a broken file stores nothing and names file and line")
    func upload() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var ana = try await Workspace.browser(client, "ana")
            let token = try await ana.token()
            let imported = try await Self.upload(&ana, token: token, name: "scopus.ris", text: Self.ris)
            #expect(imported.status == .seeOther)
            let overview = try await ana.get(Self.base)
            #expect(overview.status == .ok)
            #expect(overview.text.contains("data-count=\"records\">4<"))
            #expect(overview.text.contains("scopus.ris"))
            #expect(overview.text.contains("<svg"))

            // A truncated file is read with a warning; a file in no known format is refused whole.
            let broken = try await Self.upload(&ana, token: token, name: "notes.txt", text: "just some notes\nnothing else\n")
            #expect(broken.status == .unprocessableContent)
            #expect(broken.text.contains("notes.txt"))
            let records = try await setup.repositories.literature.recordCount(studySlug: "quickscan")
            #expect(records == 4)
            let imports = try await setup.repositories.literature.imports(studySlug: "quickscan")
            #expect(imports.count == 1)
            // The trail says who imported what.
            let trail = try await setup.repositories.audit.all(studySlug: "quickscan")
            #expect(trail.contains { $0.entry.action == .literatureImported && $0.entry.actor == "ana" && $0.entry.detail.contains("scopus.ris") })
        }
    }

    @Test("deduplication groups the two forms of one paper; a split is kept when the matcher runs again")
    func duplicates() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var ana = try await Workspace.browser(client, "ana")
            let token = try await ana.token()
            _ = try await Self.upload(&ana, token: token, name: "scopus.ris", text: Self.ris)
            #expect(try await ana.post("\(Self.base)/deduplicate", form: [("_csrf", token)]).status == .seeOther)
            let stored = try await setup.repositories.literature.records(studySlug: "quickscan")
            #expect(stored.filter { $0.duplicateOf != nil }.count == 1)
            let duplicate = try #require(stored.first { $0.duplicateOf != nil })
            let page = try await ana.get("\(Self.base)/duplicates")
            #expect(page.text.contains("data-record=\"\(duplicate.id)\""))

            #expect(try await ana.post("\(Self.base)/duplicates/\(duplicate.id)/split", form: [("_csrf", token)]).status == .seeOther)
            _ = try await ana.post("\(Self.base)/deduplicate", form: [("_csrf", token)])
            let after = try await setup.repositories.literature.records(studySlug: "quickscan")
            #expect(after.allSatisfy { $0.duplicateOf == nil }, "the person's split outlives the automatic run")
            let decisions = try await setup.repositories.literature.dedupDecisions(studySlug: "quickscan")
            #expect(decisions.contains { $0.action == "split" && $0.decidedBy == "ana" && $0.recordID == duplicate.id })
            let review = try await ana.get("\(Self.base)/duplicates")
            let split = "<td>ana</td><td>#\(duplicate.id) ✂</td>"
            #expect(review.text.contains(split), "the page says who split what")

            // A viewer sees the overview, not the review of duplicates.
            var vera = try await Workspace.browser(client, "vera")
            #expect(try await vera.get(Self.base).status == .ok)
            #expect(try await vera.get("\(Self.base)/duplicates").status == .forbidden)
        }
    }

    @Test("blind dual screening: nobody sees another's open vote, on any page or download; a conflict is settled by a third reviewer")
    func blindScreening() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var leader = try await Workspace.browser(client, "leader")
            let leadToken = try await leader.token()
            _ = try await Self.upload(&leader, token: leadToken, name: "scopus.ris", text: Self.ris)
            _ = try await leader.post("\(Self.base)/deduplicate", form: [("_csrf", leadToken)])
            let assigned = try await leader.post(
                "\(Self.base)/assign", form: [("_csrf", leadToken), ("reviewer_title_abstract", "ana"), ("reviewer_title_abstract", "cody")])
            #expect(assigned.status == .seeOther)
            let unique = try await setup.repositories.literature.records(studySlug: "quickscan").filter { $0.duplicateOf == nil }
            #expect(unique.count == 3)
            let first = unique[0].id

            var ana = try await Workspace.browser(client, "ana")
            var cody = try await Workspace.browser(client, "cody")
            let anaToken = try await ana.token()
            let codyToken = try await cody.token()
            let page = try await ana.get("\(Self.base)/screening/title_abstract")
            #expect(page.status == .ok)
            #expect(page.text.contains("data-record=\"\(first)\""))
            let mice = try #require(unique.first { $0.record.title?.contains("mice") == true })
            let micePage = try await ana.get("\(Self.base)/screening/title_abstract?record=\(mice.id)")
            #expect(micePage.status == .ok && !micePage.text.contains("javascript:"), "an imported javascript: URL is no link")
            let decided = try await ana.post("\(Self.base)/screening/title_abstract/\(first)", form: [("_csrf", anaToken), ("verdict", "include")])
            #expect(decided.status == .seeOther)

            // Cody has not decided: nothing of Ana's vote anywhere he or she can look.
            let codysView = try await cody.get("\(Self.base)/screening/title_abstract?record=\(first)")
            #expect(codysView.status == .ok)
            #expect(!codysView.text.contains("Insluiten</strong>"), "cody sees no decision on the record")
            let anaLog = try await ana.get("\(Self.base)/decisions.csv")
            #expect(anaLog.text.contains("ana"))
            // Ana is an analyst and may read the log; Cody's open vote must not be there later either.
            _ = try await cody.post("\(Self.base)/screening/title_abstract/\(unique[1].id)", form: [("_csrf", codyToken), ("verdict", "exclude")])
            let anaLog2 = try await ana.get("\(Self.base)/decisions.csv")
            #expect(!anaLog2.text.contains("cody"), "an open vote is not in the decision log")
            let conflictsBefore = try await leader.get("\(Self.base)/conflicts")
            #expect(conflictsBefore.text.contains("id=\"no-conflicts\""))

            // Cody disagrees on the first record: now it is a conflict, and both votes show.
            _ = try await cody.post("\(Self.base)/screening/title_abstract/\(first)", form: [("_csrf", codyToken), ("verdict", "exclude")])
            // All have decided: the votes are final, neither can change theirs now.
            let flip = try await ana.post("\(Self.base)/screening/title_abstract/\(first)", form: [("_csrf", anaToken), ("verdict", "exclude")])
            #expect(flip.status == .conflict)
            let conflicts = try await leader.get("\(Self.base)/conflicts")
            #expect(conflicts.text.contains("data-record=\"\(first)\""))
            #expect(conflicts.text.contains("<strong>ana</strong>") && conflicts.text.contains("<strong>cody</strong>"))

            // Ana may not settle a conflict she voted on as "third reviewer"; the lead may.
            let own = try await ana.post(
                "\(Self.base)/conflicts/title_abstract/\(first)", form: [("_csrf", anaToken), ("outcome", "include"), ("method", "third_reviewer")])
            #expect(own.status == .unprocessableContent)
            let resolved = try await leader.post(
                "\(Self.base)/conflicts/title_abstract/\(first)", form: [("_csrf", leadToken), ("outcome", "include"), ("method", "third_reviewer")])
            #expect(resolved.status == .seeOther)
            let trail = try await setup.repositories.audit.all(studySlug: "quickscan")
            #expect(trail.contains { $0.entry.action == .screeningConflictResolved && $0.entry.actor == "leader" })

            // The record goes on to full text; a full-text exclusion needs a reason.
            // The form holds both stages: the title/abstract reviewers stay.
            _ = try await leader.post(
                "\(Self.base)/assign",
                form: [("_csrf", leadToken), ("reviewer_title_abstract", "ana"), ("reviewer_title_abstract", "cody"), ("reviewer_full_text", "ana")])
            let noReason = try await ana.post("\(Self.base)/screening/full_text/\(first)", form: [("_csrf", anaToken), ("verdict", "exclude")])
            #expect(noReason.status == .unprocessableContent)
            let notAtStage = try await ana.post("\(Self.base)/screening/full_text/\(unique[2].id)", form: [("_csrf", anaToken), ("verdict", "include")])
            #expect(notAtStage.status == .notFound)
            _ = try await ana.post("\(Self.base)/screening/full_text/\(first)", form: [("_csrf", anaToken), ("verdict", "include")])
            let ris = try await ana.get("\(Self.base)/included.ris")
            #expect(ris.status == .ok)
            #expect(ris.text.contains("TI  - \(unique[0].record.title!)"))
            #expect(!ris.text.contains("mice"))

            // A viewer cannot screen; a coder not assigned to a stage is told so, and cannot decide there.
            var vera = try await Workspace.browser(client, "vera")
            #expect(try await vera.get("\(Self.base)/screening").status == .forbidden)
            let unassigned = try await cody.get("\(Self.base)/screening/full_text")
            #expect(unassigned.status == .ok)
            let refused = try await cody.post("\(Self.base)/screening/full_text/\(first)", form: [("_csrf", codyToken), ("verdict", "include")])
            #expect(refused.status == .forbidden)
        }
    }
}
