import Foundation
import Testing
@testable import VoelsprietLiterature

/// Made-up fixtures (see `Fixtures/Import/make_own_fixtures.py` for the byte-level ones).
@Suite struct OwnFixtureImportTests {
    /// The same two records in every encoding and line-ending variant.
    @Test(arguments: ["bom_utf8.ris", "bom_utf16le.ris", "bom_utf16be.ris", "crlf.ris", "bare_cr.ris"])
    func encodingAndLineEndingVariants(name: String) throws {
        let file = try ImportFixtures.read(name)
        #expect(file.format == .ris)
        #expect(file.records.count == 2)
        #expect(file.warnings.isEmpty)
        let first = try #require(file.records.first)
        #expect(first.title == "Größere Studien über Cafés")
        #expect(first.authors == ["Müller, Jürgen", "Ng, Ann"])
        #expect(first.year == 2019)
        #expect(first.doi == "10.1234/ABC.5")
        #expect(first.id == name.split(separator: ".")[0] + "-1")
        #expect(first.sourceFile == name)
        #expect(file.records[1].abstract == "First line of the abstract continued without a tag.")
        #expect(file.records[1].id.hasSuffix("-2"))
    }

    @Test func windows1252BytesAreReadWithAWarning() throws {
        let file = try ImportFixtures.read("latin1.ris")
        #expect(file.records.count == 2)
        #expect(file.records[0].title == "Größere Studien über Cafés")
        #expect(file.records[1].title == "“Second” record")
        let warning = try #require(file.warnings.first)
        #expect(warning.line == 2)
        #expect(warning.message.contains("Windows-1252"))
    }

    @Test func forcedEncodingOverridesDetection() throws {
        let data = try ImportFixtures.data("latin1.ris")
        let latin1 = try LiteratureImporter.read(data, fileName: "latin1.ris", encoding: .latin1)
        #expect(latin1.warnings.isEmpty)
        #expect(latin1.records[0].title == "Größere Studien über Cafés")
        #expect(latin1.records[1].title != "“Second” record")   // 0x93 is a C1 control in Latin-1
        #expect(throws: ImportError.self) {
            try LiteratureImporter.read(data, fileName: "latin1.ris", encoding: .utf8)
        }
    }

    @Test func truncatedRecordIsKeptWithAWarningNamingItsFirstLine() throws {
        let file = try ImportFixtures.read("truncated.ris")
        #expect(file.records.count == 2)
        #expect(file.records[1].authors == ["Doe, Jane"])
        #expect(file.warnings.map(\.line) == [5])
        #expect(file.warnings.first?.message.contains("no ER") == true)
    }

    @Test func junkBetweenRecordsIsSkippedWithWarnings() throws {
        let file = try ImportFixtures.read("junk_between.ris")
        #expect(file.records.map(\.title) == ["Night migration of small birds", "Lights and flight calls"])
        #expect(file.records.map(\.type) == ["JOUR", "CHAP"])
        // Lines 1–2 (a header) and 8 (a footer) are junk; "1." and "2." are record numbers.
        #expect(file.warnings.map(\.line) == [1, 8])
    }

    @Test func emptyTagsGiveNilAndARecordWithoutTextIsKeptWithAWarning() throws {
        let file = try ImportFixtures.read("empty_tags.ris")
        #expect(file.records.count == 2)
        #expect(file.records[0].title == nil)
        #expect(file.records[0].abstract == "An abstract without a title.")
        #expect(file.records[0].authors.isEmpty)
        #expect(file.records[0].keywords == ["owls"])
        #expect(file.warnings.map(\.line) == [9])
    }

    @Test func tableWithoutTitleColumnIsAnErrorNamingFileAndHeaderLine() throws {
        let error = try ImportFixtures.error("no_title.csv")
        #expect(error == .missingTitleColumn(file: "no_title.csv", line: 1, header: "name,score,comment"))
    }

    @Test func wordListIsNoKnownFormat() throws {
        let error = try #require(try ImportFixtures.error("wordlist.txt"))
        guard case .unknownFormat(let file, _) = error else {
            Issue.record("expected unknownFormat, got \(error)")
            return
        }
        #expect(file == "wordlist.txt")
        #expect(error.description.contains("wordlist.txt"))
    }

    @Test func semicolonTableWithQuotedMultiLineAbstract() throws {
        let file = try ImportFixtures.read("semicolon_multiline.csv")
        #expect(file.format == .csv)
        #expect(file.records.count == 2)
        let first = file.records[0]
        #expect(first.title == "Sleep; and memory")
        #expect(first.authors == ["Smith, Ann", "Jones, Bob"])
        let abstract = "Line one of the abstract.\nLine two, with a \"quote\"."
        #expect(first.abstract == abstract)
        #expect(first.year == 2021)
        #expect(first.journal == "Journal of Sleep")
        #expect(first.doi == "10.5555/sleep.1")
        #expect(file.records[1].year == 2020)
        #expect(file.records[1].doi == "10.5555/two")
        #expect(file.records[1].abstract == nil)
    }

    @Test func bibTeXWithMacrosAccentsAndNestedBraces() throws {
        let file = try ImportFixtures.read("macros_accents.bib")
        #expect(file.format == .bibtex)
        #expect(file.records.count == 2)
        let first = file.records[0]
        #expect(first.authors == ["Müller, Jörg", "García, José", "Barnes and Noble"])
        #expect(first.title == "The DNA of Çayenne öls: a ``study''")
        #expect(first.journal == "Journal of Made-up Biology")
        #expect(first.year == 2019)
        #expect(first.volume == "12")
        #expect(first.pages == "100-110")
        #expect(first.keywords == ["owls", "night"])
        #expect(first.type == "article")
        #expect(file.records[1].title == "Quoted Title joined")
        #expect(file.records[1].authors == ["Smith, Ann"])
    }

    @Test func medlineContinuationsAndDOI() throws {
        let file = try ImportFixtures.read("medline_small.nbib")
        #expect(file.format == .medline)
        #expect(file.database == .pubmed)
        #expect(file.records.count == 2)
        let first = file.records[0]
        #expect(first.title == "A made-up title that runs over two lines.")
        #expect(first.authors == ["Doe J", "Roe R"])
        #expect(first.year == 2019)
        #expect(first.journal == "Journal of Examples")
        #expect(first.pages == "11-19")
        #expect(first.doi == "10.5555/med.1")
        #expect(first.pmid == "10000001")
        #expect(first.issn == "1234-5678")
        #expect(file.records[1].pmid == "10000002")
    }

    @Test func webOfSciencePlainAndTab() throws {
        let plain = try ImportFixtures.read("wos_small.txt")
        #expect(plain.format == .wosPlain)
        #expect(plain.database == .webOfScience)
        #expect(plain.records.count == 2)
        let first = plain.records[0]
        #expect(first.authors == ["Doe, J", "Roe, R"])
        #expect(first.title == "A made-up title that continues here")
        #expect(first.keywords == ["owls", "night migration"])
        #expect(first.pages == "10-20")
        #expect(first.doi == "10.5555/wos.1")
        #expect(plain.warnings.isEmpty)

        let tab = try ImportFixtures.read("wos_tab.txt")
        #expect(tab.format == .wosTab)
        #expect(tab.database == .webOfScience)
        #expect(tab.records.first?.authors == ["Doe, J", "Roe, R"])
        #expect(tab.records.first?.doi == "10.5555/tab.1")
    }

    @Test func progressIsReportedUpToTheTotal() throws {
        let data = try ImportFixtures.data("crlf.ris")
        let box = ProgressBox()
        _ = try LiteratureImporter.read(data, fileName: "crlf.ris") { read, total in box.add(read, total) }
        let calls = box.calls
        #expect(calls.last?.0 == data.count)
        #expect(calls.allSatisfy { $0.1 == data.count })
    }
}

/// Collects progress callbacks (the callback is `@Sendable`).
final class ProgressBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [(Int, Int)] = []
    func add(_ read: Int, _ total: Int) { lock.lock(); stored.append((read, total)); lock.unlock() }
    var calls: [(Int, Int)] { lock.lock(); defer { lock.unlock() }; return stored }
}
