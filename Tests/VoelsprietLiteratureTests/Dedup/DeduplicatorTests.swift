import Foundation
import Testing
import VoelsprietLiterature

@Suite("Deduplicator on hand-made hard cases")
struct DeduplicatorTests {
    @Test(arguments: try! DedupFixtures.hardCases().map(\.name))
    func hardCase(_ name: String) throws {
        let fixture = try #require(try DedupFixtures.hardCases().first { $0.name == name })
        let result = Deduplicator.deduplicate(fixture.records)
        let merged = result.uniqueCount == 1
        #expect(merged == fixture.duplicate, "\(name): \(result.clusters)")
    }

    @Test func bridgeRecordDoesNotChainTwoDifferentPapers() {
        // B shares A's DOI and C's PubMed id but has no title or authors; A and C are different
        // papers (other titles, years five apart). B may join one of them, never both.
        let a = LiteratureRecord(id: "A", title: "Attachment security and anxiety in middle childhood", authors: ["Kerns, K."], year: 2010, journal: "Dev Psychol", doi: "10.1037/a0012345")
        let b = LiteratureRecord(id: "B", doi: "10.1037/a0012345", pmid: "20000001")
        let c = LiteratureRecord(id: "C", title: "Peer relations and school adjustment in adolescence", authors: ["Ladd, G."], year: 2015, journal: "Child Dev", pmid: "20000001")
        let result = Deduplicator.deduplicate([a, b, c])
        #expect(result.uniqueCount == 2)
        #expect(result.clusters.contains { Set($0.members) == [0, 1] })
        #expect(result.clusters.first { $0.members.contains(0) }?.reasons == [.doi])
    }

    @Test func representativeIsMostCompleteAndMergedFillsGaps() {
        let sparse = LiteratureRecord(id: "s", title: "Sleep problems in adolescents", authors: ["Smith, J."], year: 2019, doi: "10.1/x")
        let full = LiteratureRecord(id: "f", title: "Sleep problems in adolescents.", abstract: "Background: sleep.", authors: ["Smith J"], year: 2019, journal: "J Sleep Res", volume: "28", pages: "1-9", doi: "10.1/X")
        let other = LiteratureRecord(id: "o", title: "Sleep Problems in Adolescents", year: 2019, doi: "https://doi.org/10.1/x", pmid: "31234567", keywords: ["sleep"])
        let result = Deduplicator.deduplicate([sparse, full, other])
        #expect(result.clusters.count == 1)
        let cluster = result.clusters[0]
        #expect(cluster.members == [1, 0, 2])
        #expect(cluster.reasons == [.doi, .doi])
        let merged = Deduplicator.merged([sparse, full, other], cluster: cluster)
        #expect(merged.id == "f")
        #expect(merged.pmid == "31234567")
        #expect(merged.keywords == ["sleep"])
        #expect(merged.journal == "J Sleep Res")
    }

    @Test func tiesKeepTheEarliestRecordAndReasonsDescribeTheMatch() {
        let x = LiteratureRecord(id: "x", title: "Peer victimisation and later depressive symptoms", authors: ["Smith, J. A."], year: 2018, journal: "J Child Psychol Psychiatry", volume: "59", pages: "123-9")
        let y = LiteratureRecord(id: "y", title: "Peer victimization and later depressive symptoms", authors: ["J A Smith"], year: 2018, journal: "Journal of Child Psychology and Psychiatry", volume: "59", pages: "123-129")
        let result = Deduplicator.deduplicate([x, y])
        #expect(result.clusters.map(\.members) == [[0, 1]])
        guard case .bibliographic(let score, let similarity, let fields)? = result.clusters.first?.reasons.first else {
            Issue.record("expected a bibliographic reason")
            return
        }
        #expect(similarity < 1 && similarity > 0.95)
        #expect(fields == [.firstAuthor, .year, .journal, .volume, .pages])
        #expect(score > 0.9)
        #expect(result.clusters[0].reasons[0].summary.hasPrefix("title 9"))
    }

    @Test func emptyInputAndProgressReachesOne() {
        #expect(Deduplicator.deduplicate([]).uniqueCount == 0)
        let seen = ProgressLog()
        _ = Deduplicator.deduplicate([LiteratureRecord(id: "1", title: "A")], progress: { seen.add($0) })
        let values = seen.values
        #expect(values.first == 0)
        #expect(values.last == 1)
        #expect(values == values.sorted())
    }
}

/// Collects progress values (the callback is `@Sendable`).
final class ProgressLog: @unchecked Sendable {
    private var storage: [Double] = []
    private let lock = NSLock()
    func add(_ value: Double) { lock.lock(); storage.append(value); lock.unlock() }
    var values: [Double] { lock.lock(); defer { lock.unlock() }; return storage }
}
