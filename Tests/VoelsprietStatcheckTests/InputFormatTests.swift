import Foundation
import Testing

@testable import VoelsprietStatcheck

@Suite("Input: plain text encodings, Markdown, HTML, .docx and bad files")
struct InputFormatTests {
    static let dutchLine = "Er is een verschil tussen de groepen (χ²(2) = 8,44; p = 0,02)."

    @Test("UTF-8, UTF-16 with BOM and Windows-1252 text give the same statement")
    func encodings() throws {
        let text = "Eerste regel\n" + Self.dutchLine + "\n"
        let utf8 = try StatcheckInput.lines(data: Data(text.utf8), fileName: "a.txt")
        let utf16 = try StatcheckInput.lines(data: TestDocuments.utf16LE(text), fileName: "a.txt")
        // Windows-1252: "é" is 0xE9; χ² is not in the code page, so use X2.
        var cp1252 = Data("Caf".utf8)
        cp1252.append(0xE9)
        cp1252.append(contentsOf: Data("\nEr is een verschil (X2(2) = 8,44; p = 0,02).\n".utf8))
        let windows = try StatcheckInput.lines(data: cp1252, fileName: "b.txt")
        #expect(utf8.map(\.text) == utf16.map(\.text))
        #expect(windows.first?.text == "Café")
        for lines in [utf8, utf16, windows] {
            let report = Statcheck.check(lines: lines, alpha: 0.05)
            #expect(report.statements.count == 1)
            #expect(report.statements.first?.line == 2)
            #expect(report.statements.first?.inconsistent == true)
        }
    }

    @Test("Markdown: emphasis, LaTeX and a pipe table with its caption")
    func markdown() throws {
        let text = """
            # Resultaten

            Groep A scoorde hoger dan groep B (*t*(28) = 2,10; *p* = 0,045).

            **Tabel 2.** Opleiding van de studenten (N = 70)

            | Opleiding | Frequentie | Percentage |
            |---|---:|---:|
            | Hogeschool | 30 | 43 |
            | Universiteit | 40 | 57 |
            """
        let lines = try StatcheckInput.lines(data: Data(text.utf8), fileName: "verslag.md")
        let report = Statcheck.check(lines: lines, alpha: 0.05)
        #expect(report.statements.count == 1)
        #expect(report.statements.first?.test == .t)
        #expect(report.statements.first?.line == 3)
        #expect(report.statements.first?.isFlagged == false)
        #expect(report.tables.count == 1)
        #expect(report.tables.first?.n == 70)
        #expect(report.tables.first?.sum == 70)
        #expect(report.tables.first?.problems.isEmpty == true)
        #expect(report.tables.first?.line == 7)
    }

    @Test("HTML: tags stripped, entities decoded, source lines kept, <tr> rows as tab-separated lines")
    func html() throws {
        let html = """
            <!DOCTYPE html>
            <html><head><title>Rapport</title><style>p { color: red; }</style></head>
            <body>
            <p>Er is een verschil (&chi;<sup>2</sup>(2, N&nbsp;=&nbsp;131) = 8,44;
            <i>p</i> = 0,02).</p>
            <table>
            <caption>Tabel 4. Antwoorden (n = 131)</caption>
            <tr><th>Antwoord</th><th>Frequentie</th><th>Percentage</th></tr>
            <tr>
              <td>Eens</td><td>64</td><td>47</td>
            </tr>
            <tr><td>Oneens</td><td>69</td><td>53</td></tr>
            </table>
            <!-- p = 0,5 in a comment is no text -->
            <script>var t = "t(3) = 1, p = .5";</script>
            </body></html>
            """
        let lines = try StatcheckInput.lines(data: Data(html.utf8), fileName: "rapport.html")
        let texts = lines.map(\.text)
        #expect(texts.contains("Tabel 4. Antwoorden (n = 131)"))
        #expect(texts.contains("Eens\t64\t47"))
        #expect(lines.first { $0.text == "Eens\t64\t47" }?.number == 9)
        #expect(!texts.contains { $0.contains("color") || $0.contains("var t") || $0.contains("comment") })
        let report = Statcheck.check(lines: lines, alpha: 0.05)
        // The statement spans two source lines in HTML, which makes it one paragraph.
        #expect(report.statements.count == 1)
        #expect(report.statements.first?.line == 4)
        #expect(report.statements.first?.inconsistent == true)
        #expect(report.tables.count == 1)
        let kinds = report.tables.first?.problems.map(\.kind) ?? []
        #expect(kinds == [.frequenciesSum, .percentage])
    }

    @Test(".docx: paragraphs as lines, table rows with tab-joined cells")
    func docx() throws {
        let tabStops = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr><w:r><w:t>Inleiding.</w:t></w:r></w:p>"
        let body = tabStops
            + TestDocuments.paragraph("Studenten verschilden van professionals (t(40) = 2,50; p = 0,02).")
            + TestDocuments.paragraph("Table 3. Answers (N = 50)")
            + TestDocuments.table([["Answer", "n", "%"], ["Yes", "20", "40"], ["No", "30", "60"], ["Total", "50", "100"]])
        let data = try TestDocuments.docx(TestDocuments.documentXML(body))
        let lines = try StatcheckInput.lines(data: data, fileName: "verslag.docx")
        #expect(lines.map(\.text) == [
            "Inleiding.", "Studenten verschilden van professionals (t(40) = 2,50; p = 0,02).", "Table 3. Answers (N = 50)",
            "Answer\tn\t%", "Yes\t20\t40", "No\t30\t60", "Total\t50\t100",
        ])
        let report = Statcheck.check(lines: lines, alpha: 0.05)
        #expect(report.statements.count == 1)
        #expect(report.statements.first?.isFlagged == false)
        #expect(report.tables.count == 1)
        #expect(report.tables.first?.problems.isEmpty == true)
        #expect(report.tables.first?.checks.contains("total_row") == true)
    }

    @Test("a .docx that is not a ZIP archive is refused naming the file")
    func notADocx() {
        let error = inputError(Data("just text".utf8), "verslag.docx")
        #expect(error?.kind == .notADocx)
        let message = error?.description ?? ""
        #expect(message.hasPrefix("verslag.docx: "))
        #expect(message.contains("not a ZIP archive"))
    }

    @Test("a ZIP without word/document.xml, malformed XML and a DTD are refused")
    func damagedDocx() throws {
        let noDocument = try TestDocuments.zip([("readme.txt", Data("x".utf8))])
        #expect(inputError(noDocument, "a.docx")?.kind == .notADocx)
        let malformed = try TestDocuments.docx(Data("<w:document><w:body><w:p>".utf8))
        let error = inputError(malformed, "b.docx")
        #expect(error?.kind == .malformedXML)
        #expect(error?.entry == "word/document.xml")
        let dtd = try TestDocuments.docx(Data("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x/>".utf8))
        #expect(inputError(dtd, "c.docx")?.kind == .malformedXML)
    }

    @Test("a zip bomb is stopped")
    func zipBomb() throws {
        let huge = Data(repeating: 0x20, count: 3 << 20)
        let data = try TestDocuments.docx(huge)
        let limits = StatcheckInput.Limits(maxCompressionRatio: 50)
        #expect(throws: StatcheckInputError.self) { try StatcheckInput.lines(data: data, fileName: "bom.docx", limits: limits) }
        let error = inputError(data, "bom.docx", limits: limits)
        #expect(error?.kind == .zipBomb)
    }

    @Test("binary garbage, an empty file, whitespace only and unsupported formats give clear errors")
    func badInput() {
        var generator = SeededGenerator(seed: 7)
        let garbage = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        #expect(inputError(garbage, "data.bin")?.kind == .binaryContent)
        #expect(inputError(garbage, "data.txt")?.kind == .binaryContent)
        #expect(inputError(Data(), "leeg.txt")?.kind == .empty)
        #expect(inputError(Data(" \n\t\n".utf8), "leeg.md")?.kind == .empty)
        #expect(inputError(Data("<html><body> </body></html>".utf8), "leeg.html")?.kind == .empty)
        #expect(inputError(Data("%PDF-1.4".utf8), "artikel.pdf")?.kind == .unsupportedFormat)
        let controls = Data((0..<400).map { UInt8(1 + $0 % 8) })
        #expect(inputError(controls, "ctl.txt")?.kind == .binaryContent)
        let tooLarge = inputError(Data(repeating: 0x41, count: 2000), "big.txt", limits: StatcheckInput.Limits(maxTextBytes: 1000))
        #expect(tooLarge?.kind == .tooLarge)
    }

    private func inputError(_ data: Data, _ name: String, limits: StatcheckInput.Limits = .standard) -> StatcheckInputError? {
        do {
            _ = try StatcheckInput.lines(data: data, fileName: name, limits: limits)
            return nil
        } catch {
            return error
        }
    }
}

/// A small deterministic random number generator (SplitMix64) for test data.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
