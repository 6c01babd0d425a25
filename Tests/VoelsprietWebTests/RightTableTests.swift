import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VoelsprietDomain
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

@testable import VoelsprietWeb

/// Every researcher route, enumerated from the router itself, tried by every study role, a
/// non-member, a global admin who is not a member, and a visitor without a session. A route
/// added without a requirement in the registry fails the first check; the expected outcome of
/// each cell comes from the right table that `AccessPolicyTests` pins down independently.
@Suite("Rights on every researcher route")
struct RightTableTests {
    static let researcherPrefixes = ["/admin", "/account", "/login", "/logout"]

    /// The concrete address of a route pattern: the demo study, and a member name that is not
    /// one (so that allowed changes fail harmlessly instead of changing the table under test).
    static let responseID = "55555555-5555-5555-5555-555555555555"

    static func address(_ path: String) -> String {
        path.replacingOccurrences(of: "{slug}", with: "quickscan").replacingOccurrences(of: "{username}", with: "nobody-here")
            .replacingOccurrences(of: "{record}", with: "1").replacingOccurrences(of: "{stage}", with: "title_abstract")
            .replacingOccurrences(of: "{source}", with: sourceID.uuidString).replacingOccurrences(of: "{code}", with: codeID.uuidString)
            .replacingOccurrences(of: "{coding}", with: "44444444-4444-4444-4444-444444444444").replacingOccurrences(of: "{label}", with: "Prof8")
            .replacingOccurrences(of: "{version}", with: "1").replacingOccurrences(of: "{id}", with: Self.responseID)
    }

    static let sourceID = UUID(uuidString: "11111111-1111-1111-1111-111111111111")!
    static let codeID = UUID(uuidString: "22222222-2222-2222-2222-222222222222")!

    /// A transcript, a code with a subcode (so that deleting the code is refused, not done) and
    /// a participant, so that the interview routes have something to show.
    static func addInterview(_ setup: ApplicationSetup) async throws {
        let repo = setup.repositories.interviews
        try await repo.addSource(
            studySlug: "quickscan",
            NewSource(
                source: .init(id: sourceID, name: "prof8.txt", text: "Interviewer: Hoe begon het?\nProf8: Met een vermoeden.\n", participantLabels: ["Prof8"]),
                format: "text", language: "nl", stems: "interview hoe begon het prof8 met een vermoeden", importedBy: "test", importedAt: "2026-12-02"))
        try await repo.saveCode(studySlug: "quickscan", StoredCode(code: .init(id: codeID, name: "Signalen")))
        try await repo.saveCode(studySlug: "quickscan", StoredCode(code: .init(name: "Vermoeden", parentID: codeID)))
        try await repo.saveParticipant(studySlug: "quickscan", .init(label: "Prof8", types: [.professional]))
    }

    @Test("every researcher route has a requirement, and each role gets exactly what the table allows")
    func everyRoute() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            let configuration = TestApp.configuration(.sqlite(directory: "/nonexistent"))
            let (router, _) = try await buildRouterAndServices(repositories: setup.repositories, configuration: configuration)
            let web = WebContext(
                services: setup.services, studies: StudyCache(repository: setup.repositories.studies), renderer: try await PageRenderer.load(),
                csrf: CSRFProtection(secure: false, key: Array(repeating: 1, count: 32)), configuration: configuration, intakeLimit: IntakeRateLimit(perMinute: 0))
            // The router describes captures as `{name}`, the registry as `:name`.
            let table = Dictionary(
                uniqueKeysWithValues: FeatureRegistry.standard(web).table.map {
                    ($0.key.replacingOccurrences(of: #":([a-z]+)"#, with: "{$1}", options: .regularExpression), $0.value)
                })
            let routes = router.routes.map { ("\($0.method)", "\($0.path)") }.filter { route in
                Self.researcherPrefixes.contains { route.1 == $0 || route.1.hasPrefix($0 + "/") || route.1.hasPrefix($0 + ".") }
            }
            #expect(routes.count >= 40, "\(routes.count) researcher routes found")
            for (method, path) in routes {
                #expect(table["\(method) \(path)"] != nil, "\(method) \(path) has no requirement in the feature registry")
            }

            // The sensitive routes carry the right their content needs (written out here, not
            // read from the code under test).
            let expected: [String: StudyAction] = [
                "GET /admin/studies/{slug}": .viewStudy,
                "POST /admin/studies/{slug}/status": .changeStatus,
                "GET /admin/studies/{slug}/settings": .manageSettings, "POST /admin/studies/{slug}/settings": .manageSettings,
                "GET /admin/studies/{slug}/report": .viewReport, "GET /admin/studies/{slug}/report.json": .viewReport,
                "GET /admin/studies/{slug}/report.md": .viewReport, "GET /admin/studies/{slug}/report.csv": .viewReport,
                "GET /admin/studies/{slug}/report.html": .viewReport,
                "GET /admin/studies/{slug}/answers.csv": .exportAnswers, "GET /admin/studies/{slug}/answers.sav": .exportAnswers,
                "GET /admin/studies/{slug}/answers-excel.csv": .exportAnswers, "GET /admin/studies/{slug}/answers.xlsx": .exportAnswers,
                "GET /admin/studies/{slug}/answers.R": .exportAnswers,
                "GET /admin/studies/{slug}/codebook.csv": .viewInstrument, "GET /admin/studies/{slug}/instrument.json": .viewInstrument,
                "GET /admin/studies/{slug}/contacts.csv": .exportContacts,
                "GET /admin/studies/{slug}/members": .manageMembers, "POST /admin/studies/{slug}/members": .manageMembers,
                "POST /admin/studies/{slug}/members/{username}/role": .manageMembers,
                "POST /admin/studies/{slug}/members/{username}/remove": .manageMembers,
                "GET /admin/studies/{slug}/audit": .viewAudit, "GET /admin/studies/{slug}/audit.csv": .viewAudit,
                "GET /admin/studies/{slug}/data": .purgeData, "POST /admin/studies/{slug}/data/delete": .purgeData,
                "POST /admin/studies/{slug}/data/contacts/delete": .purgeData,
                "POST /admin/studies/{slug}/data/contacts/release": .exportContacts,
                "GET /admin/studies/{slug}/literature": .viewLiterature,
                "POST /admin/studies/{slug}/literature/searches": .manageLiterature,
                "POST /admin/studies/{slug}/literature/imports": .manageLiterature,
                "POST /admin/studies/{slug}/literature/records": .manageLiterature,
                "POST /admin/studies/{slug}/literature/deduplicate": .manageLiterature,
                "GET /admin/studies/{slug}/literature/duplicates": .manageLiterature,
                "POST /admin/studies/{slug}/literature/duplicates/{record}/split": .manageLiterature,
                "POST /admin/studies/{slug}/literature/duplicates/{record}/merge": .manageLiterature,
                "GET /admin/studies/{slug}/literature/screening": .screenLiterature,
                "GET /admin/studies/{slug}/literature/screening/{stage}": .screenLiterature,
                "POST /admin/studies/{slug}/literature/screening/{stage}/{record}": .screenLiterature,
                "GET /admin/studies/{slug}/literature/conflicts": .manageLiterature,
                "POST /admin/studies/{slug}/literature/conflicts/{stage}/{record}": .manageLiterature,
                "GET /admin/studies/{slug}/literature/assign": .assignScreeners,
                "POST /admin/studies/{slug}/literature/assign": .assignScreeners,
                "GET /admin/studies/{slug}/literature/strategy": .viewLiterature,
                "POST /admin/studies/{slug}/literature/strategy": .manageLiterature,
                "GET /admin/studies/{slug}/literature/criteria": .manageLiterature,
                "POST /admin/studies/{slug}/literature/criteria": .manageLiterature,
                "GET /admin/studies/{slug}/literature/records/{record}": .viewLiterature,
                "POST /admin/studies/{slug}/literature/records/{record}/fulltext": .manageLiterature,
                "GET /admin/studies/{slug}/literature/records/{record}/fulltext": .screenLiterature,
                "POST /admin/studies/{slug}/literature/records/{record}/extraction": .manageLiterature,
                "GET /admin/studies/{slug}/literature/included.ris": .viewLiterature,
                "GET /admin/studies/{slug}/literature/included.bib": .viewLiterature,
                "GET /admin/studies/{slug}/literature/included.csv": .viewLiterature,
                "GET /admin/studies/{slug}/literature/prisma.svg": .viewLiterature,
                "GET /admin/studies/{slug}/literature/decisions.csv": .manageLiterature,
                "GET /admin/studies/{slug}/literature/extraction.csv": .manageLiterature,
                "GET /admin/studies/{slug}/interviews": .viewInterviews,
                "POST /admin/studies/{slug}/interviews/sources": .manageInterviews,
                "POST /admin/studies/{slug}/interviews/sources/{source}/delete": .manageInterviews,
                "POST /admin/studies/{slug}/interviews/sources/{source}/memo": .codeInterviews,
                "POST /admin/studies/{slug}/interviews/sources/{source}/participants": .manageInterviews,
                "POST /admin/studies/{slug}/interviews/participants": .manageInterviews,
                "POST /admin/studies/{slug}/interviews/participants/{label}/delete": .manageInterviews,
                "POST /admin/studies/{slug}/interviews/variables": .manageInterviews,
                "GET /admin/studies/{slug}/interviews/sources/{source}": .viewInterviews,
                "POST /admin/studies/{slug}/interviews/sources/{source}/codings": .codeInterviews,
                "POST /admin/studies/{slug}/interviews/sources/{source}/codings/restore": .codeInterviews,
                "POST /admin/studies/{slug}/interviews/sources/{source}/codings/{coding}/delete": .codeInterviews,
                "POST /admin/studies/{slug}/interviews/sources/{source}/codings/{coding}/memo": .codeInterviews,
                "POST /admin/studies/{slug}/interviews/sources/{source}/codes": .codeInterviews,
                "GET /admin/studies/{slug}/interviews/codebook": .viewInterviews,
                "POST /admin/studies/{slug}/interviews/codebook/codes": .codeInterviews,
                "POST /admin/studies/{slug}/interviews/codebook/codes/{code}": .manageInterviews,
                "POST /admin/studies/{slug}/interviews/codebook/codes/{code}/merge": .manageInterviews,
                "POST /admin/studies/{slug}/interviews/codebook/codes/{code}/delete": .manageInterviews,
                "POST /admin/studies/{slug}/interviews/codebook/template": .manageInterviews,
                "GET /admin/studies/{slug}/interviews/codes/{code}": .viewInterviews,
                "GET /admin/studies/{slug}/interviews/matrix": .viewInterviews,
                "GET /admin/studies/{slug}/interviews/quotes.md": .viewInterviews,
                "GET /admin/studies/{slug}/interviews/quotes.html": .viewInterviews,
                "GET /admin/studies/{slug}/interviews/search": .viewInterviews,
                "POST /admin/studies/{slug}/interviews/search/code": .codeInterviews,
                "GET /admin/studies/{slug}/interviews/agreement": .compareCoders,
                "POST /admin/studies/{slug}/interviews/comparison": .compareCoders,
                "GET /admin/studies/{slug}/interviews/compare": .compareCoders,
                "POST /admin/studies/{slug}/interviews/compare/settle": .compareCoders,
                "GET /admin/studies/{slug}/interviews/project.qdpx": .manageInterviews,
                "POST /admin/studies/{slug}/interviews/project": .manageInterviews,
                "GET /admin/studies/{slug}/interviews/codebook.qdc": .viewInterviews,
                "POST /admin/studies/{slug}/interviews/codebook/import": .manageInterviews,
                "GET /admin/studies/{slug}/synthesis": .viewStudyReport,
                "GET /admin/studies/{slug}/synthesis/report.html": .viewStudyReport,
                "GET /admin/studies/{slug}/synthesis/report.docx": .viewStudyReport,
                "GET /admin/studies/{slug}/synthesis/report.md": .viewStudyReport,
                "POST /admin/studies/{slug}/synthesis/edit": .composeStudyReport,
                "POST /admin/studies/{slug}/synthesis/freeze": .composeStudyReport,
                "GET /admin/studies/{slug}/synthesis/versions/{version}": .composeStudyReport,
                "GET /admin/studies/{slug}/responses": .manageResponses,
                "GET /admin/studies/{slug}/responses/{id}": .manageResponses,
                "POST /admin/studies/{slug}/responses/{id}/delete": .manageResponses,
                "POST /admin/studies/{slug}/test-responses/delete": .manageResponses,
                "GET /admin/studies/{slug}/preview": .previewQuestionnaire,
                "GET /admin/studies/{slug}/texts": .manageSettings,
                "POST /admin/studies/{slug}/texts": .manageSettings,
                "GET /admin/studies/{slug}/questionnaire": .editQuestionnaire,
                "POST /admin/studies/{slug}/questionnaire": .editQuestionnaire,
                "GET /admin/studies/{slug}/questionnaire/download": .editQuestionnaire,
                "GET /admin/studies/{slug}/questionnaire/versions/{version}": .previewQuestionnaire,
            ]
            // Every study route of the registry is listed here, and with the right written above.
            let studyRoutes = table.filter { if case .study = $0.value { return true } else { return false } }
            #expect(Set(studyRoutes.keys) == Set(expected.keys))
            for (route, action) in expected {
                #expect(table[route] == .study(action), "\(route)")
            }

            // Who tries: study roles, a non-member researcher, the global admin (not a member
            // once it has left), and nobody. The lead goes last: its allowed actions are real.
            var visitors: [(name: String, role: StudyRole?, isAdmin: Bool)] = [
                ("vera", .viewer, false), ("cody", .coder, false), ("ana", .analyst, false), ("outsider", nil, false),
            ]
            // One literature record (id 1) with a full text, so that the record routes have something to show.
            let literature = try await setup.services.studies.access("quickscan", as: .command("test"), for: .manageLiterature)
            _ = try await setup.services.literature.addManualRecord(literature, .init(id: "m", title: "A report"))
            try await setup.services.literature.attachFullText(literature, record: 1, link: "https://example.org/report", fileName: nil, bytes: nil)
            try await Self.addInterview(setup)
            // A frozen report version (1), so that the version route has something to show.
            let composer = try await setup.services.studies.access("quickscan", as: .command("test"), for: .composeStudyReport)
            _ = try await setup.services.studyReport.freeze(composer, note: "v1", language: "nl")
            // A response with a known id, so that the response routes have something to show (a real
            // one: deleting all test answers, which the analyst may do, leaves it).
            try await setup.repositories.responses.store(StoredResponse(
                id: Self.responseID, studySlug: "quickscan", receiptHash: "right-table-test", submittedOn: "2026-01-01",
                answers: AnswerSet()))
            // The admin leaves the demo study so it is a plain non-member with the admin role.
            let access = try await setup.services.studies.access("quickscan", as: .command("test"), for: .manageMembers)
            try await setup.services.members.remove(access, username: "admin")
            visitors.append(("admin", nil, true))
            visitors.append(("leader", .lead, false))

            for visitor in visitors {
                var browser =
                    visitor.name == "admin"
                    ? try await Workspace.browser(client, "admin", password: TestApp.adminPassword)
                    : try await Workspace.browser(client, visitor.name)
                let token = try await browser.token()
                for (method, path) in routes.sorted(by: { Self.order($0.1) < Self.order($1.1) }) {
                    guard let requirement = table["\(method) \(path)"] else { continue }
                    // Logging out would end the visitor's session for the rest of the table.
                    if path == "/logout" || path == "/account/logout-everywhere" || path.hasPrefix("/login") { continue }
                    if path == "/admin/studies/{slug}/join" && visitor.name == "admin" { continue }  // tried below
                    let uri = Self.address(path)
                    let response =
                        method == "GET"
                        ? try await browser.get(uri)
                        : try await browser.post(uri, form: [("_csrf", token)])
                    let label = "\(visitor.name) \(method) \(path) → \(response.status.code)"
                    #expect(response.status.code < 500 || (response.status == .serviceUnavailable && path.hasSuffix(".sav")), "\(label)")
                    switch requirement {
                    case .study(let action):
                        if visitor.role == nil {
                            #expect(response.status == .notFound, "\(label): a non-member must not learn that the study exists")
                        } else if AccessPolicy.allows(visitor.role, action) {
                            #expect(![403, 404].contains(response.status.code), "\(label): allowed by the table")
                        } else {
                            #expect(response.status == .forbidden, "\(label): not allowed by the table")
                        }
                    case .account(.admin):
                        #expect((response.status == .forbidden) == !visitor.isAdmin, "\(label)")
                    case .account(.login):
                        #expect(![403, 404].contains(response.status.code), "\(label)")
                    case .account:
                        break
                    }
                }
            }

            // Without a session every researcher page sends the visitor to the log-in form.
            var anonymous = Browser(client)
            for (method, path) in routes where method == "GET" {
                guard case .some(let requirement) = table["\(method) \(path)"], requirement != .account(.anonymous) else { continue }
                let response = try await anonymous.get(Self.address(path))
                #expect(response.status == .found && response.headers[.location] == "/login", "anonymous GET \(path)")
            }

            // The admin joins, and then sees the study; the act is in the study's trail.
            var admin = try await Workspace.browser(client, "admin", password: TestApp.adminPassword)
            let adminToken = try await admin.token()
            #expect(try await admin.get("/admin/studies/quickscan").status == .notFound)
            #expect(try await admin.post("/admin/studies/quickscan/join", form: [("_csrf", adminToken)]).status == .seeOther)
            #expect(try await admin.get("/admin/studies/quickscan").status == .ok)
            let trail = try await setup.repositories.audit.events(studySlug: "quickscan", limit: 100)
            #expect(trail.contains { $0.entry.action == .adminJoined && $0.entry.actor == "admin" })
        }
    }

    /// Deleting routes last, so that the study is there for every other route.
    static func order(_ path: String) -> Int {
        path.contains("delete") ? 1 : 0
    }
}
