import Testing
import VoelsprietLiterature

/// The small files of asreview-datatools' own dedup tests. Their tests expect, for the default
/// (exact) mode, 4 of 5 records left without DOIs and 3 of 5 with DOIs, where the third record
/// ("other title without stopwords same doi", year 2006) shares "doi1" with the exact pair but has
/// another title and year. We deliberately do not merge on a DOI the titles contradict (a shared
/// or wrong DOI), so with DOIs we also keep 4. Their `--similar` mode merges "1 exact copy ..."
/// and the stopword variant as well; with no author, journal or pages to support a near title we
/// keep those apart. Note that "doi1" is not a DOI (`DOI.normalise` wants "10.<prefix>/<suffix>"),
/// so here it plays no part at all: the exact pair merges on title, abstract and year.
@Suite("asreview-datatools dedup fixtures", .enabled(if: SharedData.available))
struct AsreviewDatatoolsSanityTests {
    static func records(_ file: String) throws -> [LiteratureRecord] {
        let rows = try DedupFixtures.table(DedupFixtures.text("dedup/asreview-datatools/\(file)"))
        return rows.enumerated().map { index, row in
            LiteratureRecord(id: "\(index + 1)", title: row["title"], abstract: row["abstract"],
                             year: row["publication_year"].flatMap { Int($0) }, doi: row["doi"])
        }
    }

    @Test func withoutDOIOnlyTheExactCopyIsRemoved() throws {
        let records = try Self.records("duplicate_data_without_doi.csv")
        #expect(records.count == 5)
        let result = Deduplicator.deduplicate(records)
        #expect(result.uniqueCount == 4)
        #expect(result.clusters.first?.members == [0, 1])
    }

    @Test func withDOITheContradictedDOIDoesNotMerge() throws {
        let records = try Self.records("duplicate_data_with_doi.csv")
        let result = Deduplicator.deduplicate(records)
        #expect(result.uniqueCount == 4)
        #expect(result.clusters.first?.members == [0, 1])
        guard case .bibliographic(_, let similarity, let fields)? = result.clusters.first?.reasons.first else {
            Issue.record("expected a bibliographic reason")
            return
        }
        #expect(similarity == 1)
        #expect(fields == [.year, .abstract])
    }
}
