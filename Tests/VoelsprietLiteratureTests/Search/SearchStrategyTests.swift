import Foundation
import Testing

@testable import VoelsprietLiterature

/// A small two-block strategy whose renderings are written out by hand below.
private let abuseBlock = ConceptBlock(
    name: "Abuse",
    terms: [.text("child abuse"), .text("abus*"), .heading(SubjectHeading(.mesh, "Domestic Violence")),
            .heading(SubjectHeading(.apaThesaurus, "Child Abuse"))])
private let workerBlock = ConceptBlock(name: "Workers", text: ["social worker*", "well-being"])

@Suite("Search strategies rendered in each database's syntax")
struct SearchStrategyTests {
    let strategy = SearchStrategy(
        blocks: [abuseBlock, workerBlock], fields: .titleAbstract, fromYear: 2000, toYear: 2023, languages: [.english])

    @Test("PubMed: [tiab], quoted phrases, [Mesh], date range and language")
    func pubmed() throws {
        let expected = """
            ("child abuse"[tiab] OR abus*[tiab] OR "Domestic Violence"[Mesh]) AND ("social worker*"[tiab] OR \
            "well-being"[tiab]) AND ("2000"[dp] : "2023"[dp]) AND English[lang]
            """
        let query = try strategy.query(for: .pubmed)
        #expect(query == expected)
    }

    @Test("Scopus: TITLE-ABS, PUBYEAR bounds, LANGUAGE, no headings")
    func scopus() throws {
        let expected = """
            TITLE-ABS("child abuse" OR abus*) AND TITLE-ABS("social worker*" OR "well-being") AND \
            PUBYEAR > 1999 AND PUBYEAR < 2024 AND LANGUAGE(english)
            """
        let query = try strategy.query(for: .scopus)
        #expect(query == expected)
    }

    @Test("PsycINFO via Ovid: numbered lines, exp heading, combination and limit")
    func ovid() throws {
        let expected = [
            "1. (child abuse or abus*).ti,ab.",
            "2. exp Child Abuse/",
            "3. 1 or 2",
            "4. (social worker* or well-being).ti,ab.",
            "5. 3 and 4",
            "6. limit 5 to (english language and yr=\"2000 - 2023\")",
        ]
        let lines = try strategy.psycinfoOvidLines()
        #expect(lines == expected)
        let joined = try strategy.query(for: .psycinfoOvid)
        let newline = "\n"
        #expect(joined == expected.joined(separator: newline))
    }

    @Test("title/abstract/keywords, open year range, two languages, a NOT block, $ truncation")
    func variants() throws {
        var s = strategy
        s.fields = .titleAbstractKeywords
        s.toYear = nil
        s.languages = [.english, .dutch]
        s.exclude = ConceptBlock(name: "Animals", text: ["rat*", "drug and alcohol"])
        let pubmed = try s.query(for: .pubmed)
        let pubmedExpected = """
            ("child abuse"[tiab] OR "child abuse"[ot] OR abus*[tiab] OR abus*[ot] OR "Domestic Violence"[Mesh]) AND \
            ("social worker*"[tiab] OR "social worker*"[ot] OR "well-being"[tiab] OR "well-being"[ot]) AND \
            ("2000"[dp] : "3000"[dp]) AND (English[lang] OR Dutch[lang]) NOT (rat*[tiab] OR rat*[ot] OR \
            "drug and alcohol"[tiab] OR "drug and alcohol"[ot])
            """
        #expect(pubmed == pubmedExpected)
        let scopus = try s.query(for: .scopus)
        let scopusExpected = """
            TITLE-ABS-KEY("child abuse" OR abus*) AND TITLE-ABS-KEY("social worker*" OR "well-being") AND \
            PUBYEAR > 1999 AND (LANGUAGE(english) OR LANGUAGE(dutch)) AND NOT TITLE-ABS-KEY(rat* OR "drug and alcohol")
            """
        #expect(scopus == scopusExpected)
        let ovid = try s.psycinfoOvidLines(truncation: .dollar)
        let ovidExpected = [
            "1. (child abuse or abus$).ti,ab,id.",
            "2. exp Child Abuse/",
            "3. 1 or 2",
            "4. (social worker$ or well-being).ti,ab,id.",
            "5. 3 and 4",
            "6. (rat$ or \"drug and alcohol\").ti,ab,id.",
            "7. 5 not 6",
            "8. limit 7 to ((dutch or english) and yr=\"2000 -Current\")",
        ]
        #expect(ovid == ovidExpected)
    }

    @Test("a one-term block, title only, no limits, non-exploded headings")
    func minimal() throws {
        let s = SearchStrategy(
            blocks: [ConceptBlock(name: "A", terms: [.text("  \"lived   experience\" "),
                                                    .heading(SubjectHeading(.mesh, "Peer Group", explode: false)),
                                                    .heading(SubjectHeading(.apaThesaurus, "Peers", explode: false))])],
            fields: .title)
        let pubmed = try s.query(for: .pubmed)
        let pubmedExpected = "(\"lived experience\"[ti] OR \"Peer Group\"[Mesh:NoExp])"
        #expect(pubmed == pubmedExpected)
        let scopus = try s.query(for: .scopus)
        let scopusExpected = "TITLE(\"lived experience\")"
        #expect(scopus == scopusExpected)
        let ovid = try s.psycinfoOvidLines()
        #expect(ovid == ["1. lived experience.ti.", "2. Peers/", "3. 1 or 2"])
    }

    @Test("a block of MeSH headings only cannot be searched in Scopus; reversed years are refused")
    func errors() {
        let s = SearchStrategy(blocks: [ConceptBlock(name: "MeSH only", terms: [.heading(SubjectHeading(.mesh, "Child Abuse"))])])
        #expect(throws: SearchStrategyError.emptyBlock(name: "MeSH only", database: .scopus)) { try s.query(for: .scopus) }
        #expect(throws: SearchStrategyError.emptyBlock(name: "MeSH only", database: .psycinfoOvid)) { try s.query(for: .psycinfoOvid) }
        let meshOnly = "(\"Child Abuse\"[Mesh])"
        #expect((try? s.query(for: .pubmed)) == meshOnly)
        let reversed = SearchStrategy(blocks: [workerBlock], fromYear: 2023, toYear: 2000)
        #expect(throws: SearchStrategyError.reversedYears(from: 2023, to: 2000)) { try reversed.query(for: .pubmed) }
        #expect(throws: SearchStrategyError.noBlocks) { try SearchStrategy(blocks: []).query(for: .pubmed) }
    }

    @Test("the study template renders in all three databases with its three blocks")
    func template() throws {
        let s = SearchStrategy.studyTemplate(fromYear: 2011, toYear: 2021)
        let scopus = try s.query(for: .scopus)
        let prefix = "TITLE-ABS-KEY(\"lived experience*\" OR "
        #expect(scopus.hasPrefix(prefix))
        #expect(scopus.components(separatedBy: "TITLE-ABS-KEY(").count == 4)
        let dutchPhrase = "\"huiselijk geweld\""
        #expect(scopus.contains("ervaringsdeskundig*") && scopus.contains(dutchPhrase))
        let ovid = try s.psycinfoOvidLines()
        let limit = "\(ovid.count). limit \(ovid.count - 1) to ((dutch or english) and yr=\"2011 - 2021\")"
        #expect(ovid.last == limit)
        #expect(ovid.contains("2. exp Self-Disclosure/"))
        let pubmed = try s.query(for: .pubmed)
        let mesh = "\"Domestic Violence\"[Mesh]"
        let dates = "(\"2011\"[dp] : \"2021\"[dp])"
        #expect(pubmed.contains(mesh) && pubmed.contains(dates))
    }

    @Test("a search run keeps the exact string and reports its date in UTC")
    func run() throws {
        let date = Date(timeIntervalSince1970: 1_623_970_800)  // 2021-06-17T23:00:00Z
        let run = try SearchRun(strategy: strategy, database: .scopus, date: date, hits: 412, note: "via university proxy")
        #expect(run.database == "Scopus")
        #expect(run.query == (try strategy.query(for: .scopus)))
        #expect(run.dateText == "2021-06-17")
        #expect(run.hits == 412)
    }
}
