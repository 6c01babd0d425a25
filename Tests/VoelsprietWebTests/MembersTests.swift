import Foundation
import HummingbirdTesting
import Testing
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace
import VoelsprietWeb

@Suite("Members and rights per study")
struct MembersTests {
    @Test("a second account sees only its own studies; the creator of a study is its lead")
    func ownStudiesOnly() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var outsider = try await Workspace.browser(client, "outsider")
            let start = try await outsider.get("/admin")
            #expect(start.status == .ok)
            #expect(!start.text.contains("/admin/studies/quickscan"))
            for path in ["/admin/studies/quickscan", "/admin/studies/quickscan/answers.csv", "/admin/studies/quickscan/contacts.csv",
                         "/admin/studies/quickscan/report", "/admin/studies/no-such-study"] {
                #expect(try await outsider.get(path).status == .notFound, "\(path)")
            }
            let token = try await outsider.token()
            let created = try await outsider.post(
                "/admin/studies", form: [("_csrf", token), ("slug", "eigen-team"), ("title", "Eigen team"), ("source", "builtin:quickscan")])
            #expect(created.status == .seeOther)
            #expect(try await setup.repositories.members.role(studySlug: "eigen-team", username: "outsider") == .lead)
            #expect(try await setup.repositories.members.role(studySlug: "eigen-team", username: "admin") == nil)
            var admin = try await Workspace.browser(client, "admin", password: TestApp.adminPassword)
            #expect(try await admin.get("/admin/studies/eigen-team").status == .notFound)
            #expect(try await admin.get("/admin").text.contains("eigen-team"))  // the directory: title and leads only
        }
    }

    @Test("bad member changes get a clear message and change nothing")
    func badInput() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var lead = try await Workspace.browser(client, "leader")
            let token = try await lead.token()
            func post(_ path: String, _ form: [(String, String)]) async throws -> TestResponse {
                try await lead.post("/admin/studies/quickscan/\(path)", form: [("_csrf", token)] + form)
            }
            let unknownRole = try await post("members", [("username", "outsider"), ("role", "owner")])
            #expect(unknownRole.status == .unprocessableContent)
            #expect(unknownRole.text.contains("Onbekende rol &#39;owner&#39;"))
            let noAccount = try await post("members", [("username", "ghost"), ("role", "viewer")])
            #expect(noAccount.status == .unprocessableContent)
            #expect(noAccount.text.contains("Er is geen account &#39;ghost&#39;"))
            let twice = try await post("members", [("username", "vera"), ("role", "viewer")])
            #expect(twice.status == .conflict)
            let demoteSelf = try await post("members/leader/role", [("role", "viewer")])
            #expect(demoteSelf.status == .unprocessableContent)
            #expect(demoteSelf.text.contains("eigen rol"))
            // Remove the other lead, then the last one cannot go.
            #expect(try await post("members/admin/remove", []).status == .seeOther)
            let lastLead = try await post("members/leader/remove", [])
            #expect(lastLead.status == .unprocessableContent)
            #expect(lastLead.text.contains("minstens één leider"))
            let stale = try await lead.post("/admin/studies/quickscan/members", form: [("_csrf", "stale"), ("username", "outsider"), ("role", "lead")])
            #expect(stale.status == .forbidden)
            #expect(stale.text.contains("<html"))  // an HTML page, not a bare error
            let members = try await setup.repositories.members.members(studySlug: "quickscan")
            #expect(members.map(\.username).sorted() == ["ana", "cody", "leader", "vera"])
            #expect(members.first { $0.username == "leader" }?.role == .lead)
            // A good change, and its trail.
            #expect(try await post("members", [("username", "outsider"), ("role", "coder")]).status == .seeOther)
            #expect(try await post("members/outsider/role", [("role", "analyst")]).status == .seeOther)
            let trail = try await setup.repositories.audit.events(studySlug: "quickscan", limit: 50).map(\.entry)
            #expect(trail.contains(AuditEntry(actor: "leader", action: .memberAdded, study: "quickscan", detail: "outsider coder")))
            #expect(trail.contains(AuditEntry(actor: "leader", action: .memberRoleChanged, study: "quickscan", detail: "outsider coder → analyst")))
            #expect(trail.contains(AuditEntry(actor: "leader", action: .memberRemoved, study: "quickscan", detail: "admin lead")))
        }
    }

    @Test("an access checked for one action cannot be used for another: every use case checks its own right")
    func rightsInServices() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let vera = try #require(try await setup.repositories.users.find(username: "vera"))
            let access = try await setup.services.studies.access("quickscan", as: .user(vera), for: .viewStudy)
            await #expect(throws: ServiceError.self) { try await setup.services.members.add(access, username: "outsider", roleName: "lead") }
            await #expect(throws: ServiceError.self) { try await setup.services.studies.setStatus(access, .closed) }
            await #expect(throws: ServiceError.self) { _ = try await setup.services.exports.export(.answersCSV, access) }
            await #expect(throws: ServiceError.self) { _ = try await setup.services.lifecycle.deleteContacts(access) }
            await #expect(throws: ServiceError.self) { _ = try await setup.services.audit.studyTrail(access, reading: .page) }
            #expect(try await setup.repositories.members.role(studySlug: "quickscan", username: "outsider") == nil)
            #expect(try await setup.repositories.studies.find(slug: "quickscan")?.status == .open)
        }
    }

    @Test("a viewer gets the aggregate report only: small groups hidden whatever is asked, no open answers, no downloads of answers")
    func viewer() async throws {
        try await TestApp.run(demoResponses: true) { client, setup in
            try await Workspace.populate(setup)
            var viewer = try await Workspace.browser(client, "vera")
            // A split of the viewer's own choosing (one that isolates a person) is not applied:
            // the study's default comparisons are used whatever the address asks for.
            let report = try await viewer.get("/admin/studies/quickscan/report?by=study_year&min_group=0")
            #expect(report.status == .ok)
            #expect(report.text.contains("id=\"aggregate-note\""))
            #expect(!report.text.contains("name=\"by\""))
            var analyst = try await Workspace.browser(client, "ana")
            let viewerJSON = try await viewer.get("/admin/studies/quickscan/report.json?by=study_year&min_group=0").text
            let analystJSON = try await analyst.get("/admin/studies/quickscan/report.json?by=study_year&min_group=0").text
            #expect(Self.splitIDs(viewerJSON) == ["role", "experience"])
            #expect(Self.splitIDs(analystJSON) == ["study_year"])
            let openAnswer = try #require(Self.firstOpenAnswer(analystJSON), "the demo data has open answers")
            #expect(!viewerJSON.contains(openAnswer))
            #expect(!report.text.contains(openAnswer))
            for file in ["answers.csv", "answers.sav", "answers.R", "contacts.csv", "codebook.csv", "instrument.json"] {
                #expect(try await viewer.get("/admin/studies/quickscan/\(file)").status == .forbidden, "\(file)")
            }
            #expect(try await analyst.get("/admin/studies/quickscan/answers.csv").status == .ok)
            #expect(try await analyst.get("/admin/studies/quickscan/contacts.csv").status == .forbidden)
            let page = try await viewer.get("/admin/studies/quickscan")
            #expect(!page.text.contains("answers.csv"))
            #expect(!page.text.contains("/members"))
        }
    }

    static func splitIDs(_ json: String) -> [String]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let splits = object["splits"] as? [[String: Any]]
        else { return nil }
        return splits.compactMap { $0["id"] as? String }
    }

    @Test("differencing: total minus the groups shown never gives fewer than five people's answers, in any breakdown or format")
    func differencing() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            // Six professionals and one student: the student's group is tiny.
            for _ in 0..<6 { _ = try await Bodies.submit(client, Bodies.json(Bodies.professionalWithoutExperience)) }
            _ = try await Bodies.submit(client, Bodies.json(Bodies.studentWithExperience))
            var viewer = try await Workspace.browser(client, "vera")
            let json = try await viewer.get("/admin/studies/quickscan/report.json").text
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let items = try #require(object["items"] as? [[String: Any]])
            var hiddenBreakdowns = 0
            for item in items {
                guard let total = item["n"] as? Int else { continue }
                if total > 0 && total < 5 && item["type"] as? String != "text" {
                    // An item only a handful answered shows no counts at all.
                    #expect((item["categories"] as? [Any])?.isEmpty == true, "\(item["id"] ?? "?"): n = \(total)")
                    #expect((item["breakdowns"] as? [Any])?.isEmpty == true)
                }
                for breakdown in item["breakdowns"] as? [[String: Any]] ?? [] {
                    let groups = breakdown["groups"] as? [[String: Any]] ?? []
                    let hidden = groups.filter { $0["suppressed"] as? Bool == true }
                    guard !hidden.isEmpty else { continue }
                    hiddenBreakdowns += 1
                    let id = item["id"] as? String ?? "?"
                    let visible = groups.filter { $0["suppressed"] as? Bool != true && ($0["n"] as? Int ?? 0) > 0 }
                    #expect(hidden.count >= 2 || visible.isEmpty, "\(id): a lone hidden group is total minus the others")
                    #expect(hidden.allSatisfy { $0["n"] is NSNull }, "\(id): hidden groups carry no n")
                    #expect(hidden.allSatisfy { ($0["counts"] as? [Int])?.isEmpty == true }, "\(id)")
                    let shown = groups.filter { $0["suppressed"] as? Bool != true }.compactMap { $0["n"] as? Int }.reduce(0, +)
                    if breakdown["subset"] is NSNull { #expect(total - shown >= 5, "\(id): total − shown = \(total - shown)") }
                }
            }
            #expect(hiddenBreakdowns > 10, "the small student group is hidden in many breakdowns")
            // The other formats show no count of a hidden group either.
            let csv = try await viewer.get("/admin/studies/quickscan/report.csv").text
            // kind,item,reference,split,subset,group,…: no breakdown row of the lone student.
            #expect(!csv.split(separator: "\r\n").contains { line in
                let cells = line.split(separator: ",", omittingEmptySubsequences: false)
                // (A group the item did not apply to, n = 0, says nothing about anyone.)
                return cells.first == "breakdown" && cells[3] == "role" && cells[5] == "student" && cells[9] != "0"
            })
            let markdown = try await viewer.get("/admin/studies/quickscan/report.md").text
            #expect(markdown.contains("n < 5"))
            // The analyst may see the groups (with min_group=0).
            var analyst = try await Workspace.browser(client, "ana")
            let full = try await analyst.get("/admin/studies/quickscan/report.json?min_group=0").text
            #expect(!full.contains("\"suppressed\":true"))
        }
    }

    /// The first open answer of some length in a report JSON (`"open_answers": {"count", "shown"}`).
    static func firstOpenAnswer(_ json: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let items = object["items"] as? [[String: Any]]
        else { return nil }
        for item in items {
            if let open = item["open_answers"] as? [String: Any], let shown = open["shown"] as? [String],
                let text = shown.first(where: { $0.count > 12 })
            {
                return text
            }
        }
        return nil
    }
}
