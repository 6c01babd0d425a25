import Foundation
import Testing
import VoelsprietDomain
import VoelsprietLiterature
import VoelsprietStorage
import VoelsprietTestSupport

/// The literature tables' repository contract, on whichever engine the suite runs on.
@Suite("Literature storage contract")
struct LiteratureStorageTests {
    static func prepare(_ repositories: Repositories, slug: String = "lit") async throws {
        try await repositories.studies.create(
            Study(slug: slug, title: "T", status: .open, instrument: try BuiltInInstruments.quickscan(), createdOn: "2026-12-01"))
    }

    static func records(_ count: Int) -> [LiteratureRecord] {
        (1...count).map { n in
            LiteratureRecord(
                id: "f-\(n)", title: "Title \(n) with ‘quotes’ and é", abstract: n % 2 == 0 ? nil : "Abstract \(n)",
                authors: ["Smith, J.", "de Vries, A."], year: 2000 + n % 20, journal: "J", doi: n % 3 == 0 ? "10.1/\(n)" : nil,
                keywords: ["k\(n)"], sourceFile: "f.ris", database: "Scopus")
        }
    }

    @Test("an import stores every record with its fields, in order, with the file's row")
    func importRoundTrip() async throws {
        try await TestDatabase.withClient { client in
            let repositories = Repositories(client: client)
            try await Self.prepare(repositories)
            let input = Self.records(1000)  // more than two insert batches
            let id = try await repositories.transaction { tx in
                try await tx.literature.addImport(
                    LiteratureImportRow(
                        studySlug: "lit", fileName: "f.ris", format: "ris", database: "Scopus", origin: .database, recordCount: 0,
                        warnings: ["line 3: empty tag"], importedBy: "anna"), records: input)
            }
            let imports = try await repositories.literature.imports(studySlug: "lit")
            #expect(imports.count == 1)
            #expect(imports[0].id == id && imports[0].recordCount == 1000 && imports[0].warnings == ["line 3: empty tag"])
            let stored = try await repositories.literature.records(studySlug: "lit")
            #expect(stored.count == 1000)
            #expect(stored.map(\.position) == Array(1...1000))
            for (index, record) in stored.enumerated() {
                var expected = input[index]
                expected.id = String(record.id)
                #expect(record.record == expected)
                #expect(record.importID == id && record.duplicateOf == nil)
            }
            #expect(try await repositories.literature.recordCount(studySlug: "lit") == 1000)
        }
    }

    @Test("a failing import leaves neither the file's row nor any record")
    func importIsAtomic() async throws {
        try await TestDatabase.withClient { client in
            let repositories = Repositories(client: client)
            try await Self.prepare(repositories)
            struct Boom: Error {}
            await #expect(throws: Boom.self) {
                try await repositories.transaction { tx in
                    _ = try await tx.literature.addImport(
                        LiteratureImportRow(
                            studySlug: "lit", fileName: "f.ris", format: "ris", database: nil, origin: .database, recordCount: 0,
                            warnings: [], importedBy: "anna"), records: Self.records(900))
                    throw Boom()
                }
            }
            #expect(try await repositories.literature.imports(studySlug: "lit").isEmpty)
            #expect(try await repositories.literature.recordCount(studySlug: "lit") == 0)
        }
    }

    @Test("duplicate clusters, decisions (one per reviewer, replaced), resolutions, settings and deletion")
    func screeningTables() async throws {
        try await TestDatabase.withClient { client in
            let repositories = Repositories(client: client)
            try await Self.prepare(repositories)
            try await Self.prepare(repositories, slug: "other")
            let lit = repositories.literature
            _ = try await lit.addImport(
                LiteratureImportRow(studySlug: "lit", fileName: "f", format: "ris", database: nil, origin: .database, recordCount: 0, warnings: [], importedBy: "a"),
                records: Self.records(5))
            _ = try await lit.addImport(
                LiteratureImportRow(studySlug: "other", fileName: "g", format: "ris", database: nil, origin: .database, recordCount: 0, warnings: [], importedBy: "a"),
                records: Self.records(2))
            let ids = try await lit.records(studySlug: "lit").map(\.id)
            try await lit.setDuplicates(studySlug: "lit", [ids[1]: (ids[0], "doi"), ids[2]: (ids[0], "title")])
            var stored = try await lit.records(studySlug: "lit")
            #expect(stored.map(\.duplicateOf) == [nil, ids[0], ids[0], nil, nil])
            #expect(stored[2].duplicateReason == "title")
            // A new run replaces the old clusters entirely.
            try await lit.setDuplicates(studySlug: "lit", [ids[4]: (ids[3], "pmid")])
            stored = try await lit.records(studySlug: "lit")
            #expect(stored.map(\.duplicateOf) == [nil, nil, nil, nil, ids[3]])
            try await lit.setDuplicate(studySlug: "lit", recordIDs: [ids[4]], of: nil, reason: nil)
            #expect(try await lit.records(studySlug: "lit").allSatisfy { $0.duplicateOf == nil })

            try await lit.setAssignments(studySlug: "lit", stage: "title_abstract", usernames: ["bo", "anna", "bo"])
            #expect(try await lit.assignments(studySlug: "lit") == ["title_abstract": ["anna", "bo"]])
            try await lit.saveDecision(studySlug: "lit", ScreeningDecisionRow(recordID: ids[0], stage: "title_abstract", username: "anna", decision: "include"))
            try await lit.saveDecision(studySlug: "lit", ScreeningDecisionRow(recordID: ids[0], stage: "title_abstract", username: "anna", decision: "exclude", reason: "topic"))
            try await lit.saveDecision(studySlug: "lit", ScreeningDecisionRow(recordID: ids[0], stage: "title_abstract", username: "bo", decision: "include"))
            let decisions = try await lit.decisions(studySlug: "lit", stage: "title_abstract")
            #expect(decisions.count == 2)
            #expect(decisions.first { $0.username == "anna" }?.decision == "exclude")
            #expect(decisions.first { $0.username == "anna" }?.reason == "topic")
            #expect(try await lit.decisions(studySlug: "lit", stage: "full_text").isEmpty)
            try await lit.saveResolution(studySlug: "lit", ResolutionRow(recordID: ids[0], stage: "title_abstract", decision: "include", method: "consensus", resolvedBy: "cas"))
            try await lit.saveResolution(studySlug: "lit", ResolutionRow(recordID: ids[0], stage: "title_abstract", decision: "exclude", method: "third_reviewer", resolvedBy: "cas"))
            let resolutions = try await lit.resolutions(studySlug: "lit", stage: nil)
            #expect(resolutions.count == 1 && resolutions[0].decision == "exclude" && resolutions[0].method == "third_reviewer")

            let pdf: [UInt8] = Array("%PDF-1.4 binary \u{0}\u{1}\u{FF}".utf8)
            try await lit.saveFullText(studySlug: "lit", FullTextRow(recordID: ids[0], link: nil, fileName: "a.pdf", mediaType: "application/pdf", content: pdf, addedBy: "anna"))
            #expect(try await lit.fullText(studySlug: "lit", recordID: ids[0])?.content == pdf)
            #expect(try await lit.fullText(studySlug: "other", recordID: ids[0]) == nil)
            #expect(try await lit.fullTexts(studySlug: "lit").map(\.fileName) == ["a.pdf"])

            try await lit.saveSettings(studySlug: "lit", json: "{\"a\":1}")
            try await lit.saveSettings(studySlug: "lit", json: "{\"a\":2}")
            #expect(try await lit.settings(studySlug: "lit") == "{\"a\":2}")
            try await lit.saveExtraction(studySlug: "lit", ExtractionRow(recordID: ids[0], field: "design", value: "RCT", updatedBy: "anna"))
            try await lit.saveExtraction(studySlug: "lit", ExtractionRow(recordID: ids[0], field: "design", value: "cohort", updatedBy: "bo"))
            #expect(try await lit.extractions(studySlug: "lit").map(\.value) == ["cohort"])
            _ = try await lit.addSearch(SearchRunRow(studySlug: "lit", database: "PubMed", runOn: "2022-03-01", query: "\"a\"[tiab]", hits: 12, recordedBy: "anna"))
            #expect(try await lit.searches(studySlug: "lit").map(\.hits) == [12])

            let deleted = try await repositories.transaction { tx in try await tx.literature.deleteAll(studySlug: "lit") }
            #expect(deleted == 5)
            #expect(try await lit.recordCount(studySlug: "lit") == 0)
            #expect(try await lit.decisions(studySlug: "lit", stage: nil).isEmpty)
            #expect(try await lit.settings(studySlug: "lit") == nil)
            #expect(try await lit.searches(studySlug: "lit").isEmpty)
            // The other study keeps its records.
            #expect(try await lit.recordCount(studySlug: "other") == 2)
        }
    }
}
