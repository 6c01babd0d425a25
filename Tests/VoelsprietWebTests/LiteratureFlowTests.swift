import Foundation
import Testing
import VoelsprietLiterature
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

/// The PRISMA flow computed from a study's own decisions, through the services: database and
/// other-methods columns, duplicates, title/abstract exclusions, full texts not retrieved and
/// excluded with reasons, included — and every count adds up.
@Suite("Literature review flow")
struct LiteratureFlowTests {
    static func record(_ n: Int, doi: String? = nil) -> LiteratureRecord {
        LiteratureRecord(id: "r\(n)", title: "Study number \(n) on professional practice \(n * 7919 % 1000)", authors: ["Author\(n), A."], year: 2015 + n % 8, journal: "Journal \(n)", doi: doi)
    }

    @Test("PRISMA counts follow the decisions, column by column, and add up")
    func prisma() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let services = setup.services
            let lead = try await services.studies.access("quickscan", as: .user(try #require(try await setup.repositories.users.find(username: "leader"))), for: .manageLiterature)
            let ana = try await services.studies.access("quickscan", as: .user(try #require(try await setup.repositories.users.find(username: "ana"))), for: .screenLiterature)
            let cody = try await services.studies.access("quickscan", as: .user(try #require(try await setup.repositories.users.find(username: "cody"))), for: .screenLiterature)

            // 10 records from "Scopus" (one a duplicate of another by DOI), 2 from grey literature.
            var ris = ""
            for n in 1...9 {
                ris += "TY  - JOUR\nTI  - \(Self.record(n).title!)\nAU  - Author\(n), A.\nPY  - \(2015 + n % 8)\nDO  - 10.5555/s\(n)\nDB  - Scopus\nER  - \n"
            }
            ris += "TY  - JOUR\nTI  - \(Self.record(1).title!)\nAU  - Author1, A.\nPY  - 2016\nDO  - 10.5555/S1\nER  - \n"
            let summary = try await services.literature.importFile(lead, data: Data(ris.utf8), fileName: "scopus.ris")
            #expect(summary.records == 10)
            _ = try await services.literature.addManualRecord(lead, Self.record(20))
            _ = try await services.literature.addManualRecord(lead, Self.record(21))
            let dedup = try await services.literature.deduplicate(lead)
            #expect(dedup.duplicates == 1 && dedup.unique == 11)

            try await services.literature.assignReviewers(lead, stage: .titleAbstract, usernames: ["ana", "cody"])
            try await services.literature.assignReviewers(lead, stage: .fullText, usernames: ["ana", "cody"])
            let unique = try await setup.repositories.literature.records(studySlug: "quickscan").filter { $0.duplicateOf == nil }
            let database = unique.filter { $0.record.database == "Scopus" }
            let grey = unique.filter { $0.record.database == "manual" }
            #expect(database.count == 9 && grey.count == 2)
            // Title/abstract: 4 database records excluded by both, 1 conflict resolved to exclude, 4 on; both grey on.
            for (index, record) in database.enumerated() {
                let verdict: ScreeningVerdict = index < 4 ? .exclude : .include
                try await services.literature.decide(ana, stage: .titleAbstract, record: record.id, verdict: verdict, reason: nil)
                try await services.literature.decide(cody, stage: .titleAbstract, record: record.id, verdict: index == 4 ? .exclude : verdict, reason: nil)
            }
            try await services.literature.resolve(lead, stage: .titleAbstract, record: database[4].id, outcome: .exclude, method: .thirdReviewer, reason: nil)
            for record in grey {
                try await services.literature.decide(ana, stage: .titleAbstract, record: record.id, verdict: .include, reason: nil)
                try await services.literature.decide(cody, stage: .titleAbstract, record: record.id, verdict: .include, reason: nil)
            }
            // Full text: of the 4 database records, 1 not retrieved, 1 wrong population, 2 included; grey: 1 in, 1 wrong setting.
            let ft: [(StoredLiteratureRecord, ScreeningVerdict, String?)] = [
                (database[5], .exclude, LiteratureService.notRetrievedReason), (database[6], .exclude, "Wrong population"),
                (database[7], .include, nil), (database[8], .include, nil), (grey[0], .include, nil), (grey[1], .exclude, "Wrong setting"),
            ]
            for (record, verdict, reason) in ft {
                try await services.literature.decide(ana, stage: .fullText, record: record.id, verdict: verdict, reason: reason)
                try await services.literature.decide(cody, stage: .fullText, record: record.id, verdict: verdict, reason: reason)
            }
            let flow = try await services.literature.prismaFlow(lead, language: "en")
            let p = flow.prisma
            #expect(p.databases == [PrismaSourceCount("Scopus", 10)])
            #expect(p.otherMethods?.sources == [PrismaSourceCount("manual", 2)])
            #expect(p.duplicatesRemoved == 1)
            #expect(p.screened == 9 && p.excludedAtScreening == 5)
            #expect(p.reportsSought == 4 && p.reportsNotRetrieved == 1 && p.reportsAssessed == 3)
            #expect(p.reportsExcluded == [PrismaReasonCount("Wrong population", 1)])
            #expect(p.otherMethods?.reportsSought == 2 && p.otherMethods?.reportsExcluded == [PrismaReasonCount("Wrong setting", 1)])
            #expect(p.includedStudies == 3)
            #expect(flow.problems.isEmpty, "\(flow.problems)")
            #expect(flow.svg.contains("Scopus") && flow.svg.contains("Wrong population"))

            // Agreement at title/abstract over the 11 records both decided: one disagreement.
            let status = try await services.literature.screeningStatus(ana)
            let first = try #require(status.first { $0.stage == .titleAbstract })
            let kappa = try #require(first.agreement.first).kappa
            let value = try kappa.get().kappa
            // 2×2 table [[6, 0], [1, 4]] (include/exclude): po = 10/11, pe = (6·7 + 5·4)/121.
            let po = 10.0 / 11.0
            let pe = (6.0 * 7.0 + 5.0 * 4.0) / 121.0
            #expect(abs(value - (po - pe) / (1 - pe)) < 1e-12)

            // The included sources as RIS: the three included, nothing else.
            let file = try await services.literature.download(.includedRIS, lead, language: "en")
            let text = String(decoding: file.bytes, as: UTF8.self)
            #expect(text.components(separatedBy: "ER  - ").count - 1 == 3)
        }
    }

    @Test("the order a reviewer screens in learns from their own decisions, never from another reviewer's open votes")
    func orderIsBlind() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let services = setup.services
            let user = { (name: String) async throws -> StudyAccess in
                try await services.studies.access("quickscan", as: .user(try #require(try await setup.repositories.users.find(username: name))), for: .viewLiterature)
            }
            let lead = try await user("leader")
            let ana = try await user("ana")
            let cody = try await user("cody")
            var ris = ""
            let topics = ["violence at home and professional work", "gut bacteria in mice", "child abuse and youth care workers", "soil chemistry"]
            for n in 0..<40 {
                ris += "TY  - JOUR\nTI  - Paper \(n) about \(topics[n % 4])\nAB  - A study of \(topics[n % 4]) number \(n).\nER  - \n"
            }
            _ = try await services.literature.importFile(lead, data: Data(ris.utf8), fileName: "set.ris")
            try await services.literature.assignReviewers(lead, stage: .titleAbstract, usernames: ["ana", "cody"])
            let records = try await setup.repositories.literature.records(studySlug: "quickscan")
            // The stored order before any decision.
            let first = try #require(try await services.literature.nextForScreening(ana, stage: .titleAbstract))
            #expect(first.record.id == records[0].id && !first.prioritised)
            // Ana: one relevant (violence) and one irrelevant (mice): the model starts.
            try await services.literature.decide(ana, stage: .titleAbstract, record: records[0].id, verdict: .include, reason: nil)
            try await services.literature.decide(ana, stage: .titleAbstract, record: records[1].id, verdict: .exclude, reason: nil)
            let next = try #require(try await services.literature.nextForScreening(ana, stage: .titleAbstract))
            #expect(next.prioritised)
            #expect(next.record.record.title?.contains("violence") == true || next.record.record.title?.contains("child abuse") == true)
            // Cody votes the opposite on many records; Ana's order stays exactly the same.
            for record in records.prefix(30) {
                let violent = record.record.title!.contains("violence")
                try await services.literature.decide(cody, stage: .titleAbstract, record: record.id, verdict: violent ? .exclude : .include, reason: nil)
            }
            let after = try #require(try await services.literature.nextForScreening(ana, stage: .titleAbstract))
            #expect(after.record.id == next.record.id)
            #expect(after.upcoming == next.upcoming)
        }
    }

    @Test("after screening has started: a new duplicate never hides a screened record, and 'maybe' keeps its meaning")
    func screenedRecordsStay() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let services = setup.services
            let lead = try await services.studies.access("quickscan", as: .user(try #require(try await setup.repositories.users.find(username: "leader"))), for: .manageLiterature)
            let ana = try await services.studies.access("quickscan", as: .user(try #require(try await setup.repositories.users.find(username: "ana"))), for: .screenLiterature)
            _ = try await services.literature.importFile(
                lead, data: Data("TY  - JOUR\nTI  - Lived experience in youth care work\nAU  - Smith, A.\nPY  - 2020\nT2  - Journal of Care\nER  - \n".utf8),
                fileName: "a.ris")
            try await services.literature.assignReviewers(lead, stage: .titleAbstract, usernames: ["ana"])
            let screened = try #require(try await setup.repositories.literature.records(studySlug: "quickscan").first)
            try await services.literature.decide(ana, stage: .titleAbstract, record: screened.id, verdict: .maybe, reason: nil)
            // The same paper again, more complete (DOI, abstract, journal, pages): the matcher
            // would pick it to stand for the pair; the screened record stays instead.
            let richer = "TY  - JOUR\nTI  - Lived experience in youth care work\nAU  - Smith, A.\nPY  - 2020\nT2  - Journal of Care\nSP  - 1\nEP  - 9\nDO  - 10.5555/x1\nAB  - A longer record.\nER  - \n"
            _ = try await services.literature.importFile(lead, data: Data(richer.utf8), fileName: "b.ris")
            try await services.literature.deduplicate(lead)
            let after = try await setup.repositories.literature.records(studySlug: "quickscan")
            #expect(after.first { $0.id == screened.id }?.duplicateOf == nil)
            #expect(after.first { $0.id != screened.id }?.duplicateOf == screened.id)
            // And a manual merge of the screened record into the new one goes the other way round.
            try await services.literature.splitDuplicate(lead, record: after.first { $0.id != screened.id }!.id)
            try await services.literature.mergeDuplicate(lead, record: screened.id, into: after.first { $0.id != screened.id }!.id)
            let merged = try await setup.repositories.literature.records(studySlug: "quickscan")
            #expect(merged.first { $0.id == screened.id }?.duplicateOf == nil)

            var settings = try await services.literature.settings(lead)
            settings.maybePolicy = .countsAsInclude
            await #expect(throws: ServiceError.self) { try await services.literature.saveSettings(lead, settings) }
        }
    }

    @Test("search dates are real days; full-text links are whole web addresses")
    func inputChecks() async throws {
        try await TestApp.run { _, setup in
            try await Workspace.populate(setup)
            let services = setup.services
            let lead = try await services.studies.access("quickscan", as: .user(try #require(try await setup.repositories.users.find(username: "leader"))), for: .manageLiterature)
            for day in ["2023-02-29", "2023-02-31", "2024-13-01", "2024-4-01", "yesterday"] {
                await #expect(throws: ServiceError.self, "\(day)") {
                    try await services.literature.recordSearch(lead, database: "PubMed", runOn: day, query: "x", hits: 1)
                }
            }
            _ = try await services.literature.recordSearch(lead, database: "PubMed", runOn: "2024-02-29", query: "x", hits: 1)
            _ = try await services.literature.addManualRecord(lead, LiteratureRecord(id: "m", title: "A report"))
            let id = try #require(try await setup.repositories.literature.records(studySlug: "quickscan").first).id
            let header = "https://a.example/x\r\nSet-Cookie: a=b"
            for link in ["javascript:alert(1)", "data:text/html,x", "https://a.example/ä", "https://a example/x", header, "https://"] {
                await #expect(throws: ServiceError.self, "\(link)") {
                    try await services.literature.attachFullText(lead, record: id, link: link, fileName: nil, bytes: nil)
                }
            }
            try await services.literature.attachFullText(lead, record: id, link: "https://a.example/r%C3%A9port?x=1", fileName: nil, bytes: nil)
            let html = Array("<html><script>alert(1)</script>".utf8)
            await #expect(throws: ServiceError.self) {
                try await services.literature.attachFullText(lead, record: id, link: nil, fileName: "x.pdf", bytes: html)
            }
        }
    }
}
