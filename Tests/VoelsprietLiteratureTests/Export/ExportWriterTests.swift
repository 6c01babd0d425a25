import Foundation
import Testing

@testable import VoelsprietLiterature

@Suite("Exports checked against independent readers (rispy, bibtexparser, Python csv)")
struct ExportWriterTests {
    @Test("RIS: matches the committed file, CRLF, one AU per author; rispy reads back every field")
    func ris() throws {
        let ris = RISWriter.write(ExportFixtures.records)
        ExportFixtures.writeIfRequested(ris, name: "records.ris")
        #expect(ris == (try ExportFixtures.text("records.ris")))
        let crlf = "\r\n"
        let bareBreaks = ris.replacingOccurrences(of: crlf, with: "").filter { $0 == "\n" || $0 == "\r" }
        #expect(bareBreaks.isEmpty)
        #expect(ris.hasPrefix("TY  - JOUR"))
        #expect(ris.components(separatedBy: "ER  - ").count == ExportFixtures.records.count + 1)

        let read = try #require(try ExportFixtures.json("records.rispy.json") as? [[String: Any]])
        #expect(read.count == ExportFixtures.records.count)
        for (record, entry) in zip(ExportFixtures.records, read) {
            #expect(entry["id"] as? String == record.id)
            #expect(entry["title"] as? String == record.title)
            #expect((entry["authors"] as? [String] ?? []) == record.authors)
            #expect((entry["keywords"] as? [String] ?? []) == record.keywords)
            #expect(entry["doi"] as? String == record.doi)
            #expect(entry["year"] as? String == record.year.map(String.init))
            #expect(entry["secondary_title"] as? String == record.journal)
            let abstract = record.abstract?.replacingOccurrences(of: "\n", with: " ")
            #expect(entry["abstract"] as? String == abstract)
        }
        #expect(read[0]["start_page"] as? String == "123" && read[0]["end_page"] as? String == "130")
        #expect(read[1]["type_of_reference"] as? String == "JOUR")
        #expect(read[2]["type_of_reference"] as? String == "RPRT")
        #expect(read[3]["type_of_reference"] as? String == "BOOK")
    }

    @Test("BibTeX: matches the committed file; bibtexparser reads keys, escapes and UTF-8 back")
    func bibtex() throws {
        let bib = BibTeXWriter.write(ExportFixtures.records)
        ExportFixtures.writeIfRequested(bib, name: "records.bib")
        #expect(bib == (try ExportFixtures.text("records.bib")))
        let keys = BibTeXWriter.citationKeys(ExportFixtures.records)
        #expect(keys == ["smith2019childa", "smith2019childb", "collectivendhyperlink", "anon2021ervaringsdeskundigheid", "smith2019childc"])

        let read = try #require(try ExportFixtures.json("records.bibtexparser.json") as? [[String: Any]])
        #expect(read.map { $0["ID"] as? String } == keys)
        let first = read[0]
        // bibtexparser (no customisation) returns the raw field text: our escapes, UTF-8 intact.
        #expect(first["author"] as? String == "Smith, J. A. and Müller-Lüdenscheidt, Ö. and de Vries, Anne")
        let journal = #"Child Abuse \& Neglect"#
        #expect(first["journal"] as? String == journal)
        let title = #"Child abuse survivors as social workers: a \{qualitative\} study"#
        #expect(first["title"] as? String == title)
        let abstract = ##"Background: 40\% of staff \& students reported \$ costs. Methods: interviews (n = 12) with \#peers\_workers."##
        #expect(first["abstract"] as? String == abstract)
        #expect(first["doi"] as? String == "10.1016/j.chiabu_2019.01.002")
        #expect(first["pages"] as? String == "123--130")
        #expect(first["ENTRYTYPE"] as? String == "article")
        #expect(read[2]["ENTRYTYPE"] as? String == "techreport" && read[3]["ENTRYTYPE"] as? String == "book")
        let specials = #"The child and the helper: back-slash \textbackslash{} tilde \textasciitilde{} caret \textasciicircum{}"#
        #expect(read[4]["title"] as? String == specials)
    }

    @Test("CSV: both dialects as Python's csv module reads them; formulas defused")
    func csv() throws {
        let dialects = [(CSVDialect.standard, "records.csv"), (CSVDialect.excelDutch, "records-excel-nl.csv")]
        for (dialect, name) in dialects {
            ExportFixtures.writeIfRequested(CSVWriter.records(ExportFixtures.records, dialect: dialect), name: name)
        }
        for (dialect, name) in dialects {
            let csv = CSVWriter.records(ExportFixtures.records, dialect: dialect)
            #expect(csv == (try ExportFixtures.text(name)))
            let bom = "\u{FEFF}"
            #expect(csv.hasPrefix(bom) == dialect.byteOrderMark)
            let read = try #require(try ExportFixtures.json(name + ".json") as? [[String]])
            #expect(read.first == CSVWriter.recordColumns)
            #expect(read.count == ExportFixtures.records.count + 1)
            let title = read[3][3]
            #expect(title.hasPrefix("'=HYPERLINK("))
            let defusedAbstract = "'-based approach; \"quoted\", with commas"
            #expect(read[3][12] == defusedAbstract)
            #expect(read[3][1] == "'@home collective")
            #expect(read[1][12] == ExportFixtures.records[0].abstract)
            #expect(read[1][1] == "Smith, J. A.; Müller-Lüdenscheidt, Ö.; de Vries, Anne")
        }
        // Our own reader agrees with Python's on the standard file.
        let rows = try DelimitedText.rows(CSVWriter.records(ExportFixtures.records), delimiter: ",")
        let python = try #require(try ExportFixtures.json("records.csv.json") as? [[String]])
        #expect(rows.map(\.fields) == python)
    }

    @Test("formula defence covers = + - @ tab and CR, and can be switched off")
    func defuse() {
        for value in ["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"] {
            #expect(CSVWriter.defuse(value) == "'" + value)
        }
        for value in ["1+1", "a=b", "", "'quoted"] { #expect(CSVWriter.defuse(value) == value) }
        let raw = CSVDialect(delimiter: ",", byteOrderMark: false, guardsFormulas: false)
        let expectedRaw = "a\r\n=1\r\n"
        #expect(CSVWriter.write(header: ["a"], rows: [["=1"]], dialect: raw) == expectedRaw)
    }

    @Test("decision log: UTC timestamps, oldest first, resolution entries")
    func decisionLog() throws {
        let d1 = try ScreeningDecision(recordID: "r2", reviewer: "bram", stage: .fullText, verdict: .exclude, reason: "Wrong setting; not care", date: Date(timeIntervalSince1970: 1_714_564_800.7))
        let d2 = try ScreeningDecision(recordID: "r1", reviewer: "anna", stage: .titleAbstract, verdict: .maybe, date: Date(timeIntervalSince1970: 1_714_478_400))
        let res = try ConflictResolution(recordID: "r1", stage: .titleAbstract, resolver: "cas", outcome: .include, method: .consensus, date: Date(timeIntervalSince1970: 1_714_651_200))
        let csv = DecisionLogCSV.write([
            DecisionLogEntry(d1, title: "A \"title\", with comma"), DecisionLogEntry(res, title: "First"), DecisionLogEntry(d2, title: "First"),
        ], dialect: .excelDutch)
        let expected = "\u{FEFF}reviewer;timestamp_utc;stage;record_id;title;decision;reason\r\n"
            + "anna;2024-04-30T12:00:00Z;title_abstract;r1;First;maybe;\r\n"
            + "bram;2024-05-01T12:00:00Z;full_text;r2;A \"\"title\"\", with comma;exclude;\"Wrong setting; not care\"\r\n"
            + "cas;2024-05-02T12:00:00Z;title_abstract;r1;First;include (consensus);\r\n"
        let quotedTitle = expected.replacingOccurrences(of: "A \"\"title\"\", with comma", with: "\"A \"\"title\"\", with comma\"")
        #expect(csv == quotedTitle)
    }
}
