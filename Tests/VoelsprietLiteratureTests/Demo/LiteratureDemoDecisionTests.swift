// The demo review's decisions: each names a publication of the demo exports, every distinct
// publication has one, the votes obey the screening rules, and together they give the PRISMA
// flow the demo promises (25 → 6 duplicates → 19 screened → 13 sought → 6 included).
import Foundation
import Testing
import VoelsprietLiterature

@Suite struct LiteratureDemoDecisionTests {
    let records: [LiteratureRecord]
    let clusters: [DuplicateCluster]
    let decisions = LiteratureDemo.demoDecisions()

    init() throws {
        var all: [LiteratureRecord] = []
        for file in try LiteratureDemo.allFiles() {
            all += try LiteratureImporter.read(file.data, fileName: file.name).records
        }
        records = all
        clusters = Deduplicator.deduplicate(all).clusters
    }

    @Test func threeExportsWithTheirStatedHits() throws {
        let files = try LiteratureDemo.allFiles()
        #expect(files.map(\.database).sorted() == ["PsycINFO", "PubMed", "Scopus"])
        for file in files {
            let read = try LiteratureImporter.read(file.data, fileName: file.name)
            #expect(read.recordCount == file.hits, "\(file.name)")
            #expect(read.warnings.isEmpty, "\(file.name)")
        }
        let psycinfo = try LiteratureImporter.read(LiteratureDemo.psycinfoFile().data, fileName: LiteratureDemo.psycinfoFileName)
        #expect(psycinfo.database == .psycinfo)
    }

    @Test func everyDecisionRefersToARecordInTheDemoFiles() {
        for decision in decisions {
            #expect(records.contains { decision.matches($0) }, "\(decision.title)")
        }
        #expect(Set(decisions.map(\.title)).count == decisions.count)
    }

    @Test func everyPublicationHasExactlyOneDecisionForAllItsRecords() {
        for cluster in clusters {
            let members = cluster.members.map { records[$0] }
            let matching = decisions.filter { d in members.contains { d.matches($0) } }
            #expect(matching.count == 1, "\(members.first?.title ?? "?")")
            for member in members {
                #expect(matching.first?.matches(member) == true, "\(member.id)")
            }
        }
        #expect(clusters.count == decisions.count)
    }

    @Test func votesObeyTheScreeningRules() throws {
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        for (n, decision) in decisions.enumerated() {
            #expect((decision.fullText == nil) == (decision.titleAbstract.outcome == .exclude), "\(decision.title)")
            for (stage, step) in [(ScreeningStage.titleAbstract, decision.titleAbstract), (.fullText, decision.fullText)] {
                guard let step else { continue }
                let id = "demo-\(n)"
                #expect((step.reason == nil) == (step.outcome == .include), "\(decision.title)")
                let verdict: ScreeningVerdict = step.outcome == .include ? .include : .exclude
                _ = try ScreeningDecision(recordID: id, reviewer: "admin", stage: stage, verdict: verdict, reason: step.reason, date: date)
                guard let second = step.secondReviewer else { continue }
                #expect(second.verdict != verdict, "\(decision.title)")
                _ = try ScreeningDecision(
                    recordID: id, reviewer: "demo-coder2", stage: stage, verdict: second.verdict, reason: second.reason, date: date)
                _ = try ConflictResolution(
                    recordID: id, stage: stage, resolver: "admin", outcome: step.outcome, method: .consensus, reason: step.reason, date: date)
            }
        }
    }

    @Test func theFlowIsAFinishedReview() {
        let screened = clusters.map { cluster in decisions.first { $0.matches(records[cluster.representative]) } }
        let decided = screened.compactMap { $0 }
        let sought = decided.filter { $0.fullText != nil }
        let notRetrieved = sought.filter(\.isNotRetrieved)
        let assessed = sought.filter { !$0.isNotRetrieved }
        let included = assessed.filter { $0.fullText?.outcome == .include }
        var reasons: [String: Int] = [:]
        for d in assessed where d.fullText?.outcome == .exclude { reasons[d.fullText?.reason ?? "", default: 0] += 1 }
        #expect(records.count == 25)
        #expect(records.count - clusters.count == 6)
        #expect(decided.count == 19)
        #expect(decided.count - sought.count == 6)
        #expect(sought.count == 13)
        #expect(notRetrieved.count == 1)
        #expect(assessed.count == 12)
        #expect(reasons == ["geen ervaringskennis": 3, "geen professionals": 2, "buiten zorg en welzijn": 1])
        #expect(included.count == 6)
        let counts = PrismaCounts(
            databases: [PrismaSourceCount("PsycINFO", 10), PrismaSourceCount("PubMed", 6), PrismaSourceCount("Scopus", 9)],
            duplicatesRemoved: 6, screened: 19, excludedAtScreening: 6, reportsSought: 13, reportsNotRetrieved: 1,
            reportsAssessed: 12, reportsExcluded: reasons.map { PrismaReasonCount($0.key, $0.value) },
            includedStudies: 6, includedReports: 6)
        #expect(counts.validate().isEmpty)
    }

    @Test func includedRecordsPassTheStudyCriteriaAutomatically() {
        let criteria = InclusionCriteria.studySecondRound(referenceYear: 2023)
        for record in records {
            guard let decision = LiteratureDemo.demoDecision(for: record) else { continue }
            let failures = criteria.automaticFailures(record)
            if decision.fullText?.outcome == .include { #expect(failures.isEmpty, "\(record.id)") }
            if decision.titleAbstract.reason == "ouder dan tien jaar" { #expect(!failures.isEmpty, "\(record.id)") }
        }
    }

    @Test func bothReviewersDisagreeOnAFewRecordsOnly() {
        let conflicts = decisions.flatMap { [$0.titleAbstract.secondReviewer, $0.fullText?.secondReviewer] }.compactMap { $0 }
        #expect((2...5).contains(conflicts.count))
    }
}
