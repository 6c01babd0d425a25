// The export against the REFI schemas (xmllint, the independent reference), a hand-written
// golden project.qde, XML escaping, xsd:decimal forms, and what the writers refuse.
import Foundation
import Testing
import VoelsprietQDA
@testable import VoelsprietREFI

@Suite struct ExportTests {
    func validateProject(_ export: REFIExport, _ label: String) throws {
        guard REFIFixtures.sharedAvailable(), XMLLint.available else { return }
        let qde = try zipEntry(export.data, "project.qde")
        let (status, output) = try XMLLint.validate(qde, schema: REFIFixtures.projectSchema)
        #expect(status == 0, "\(label): \(output)")
    }

    @Test func demoExportValidatesAgainstProjectSchema() throws {
        try validateProject(try REFIProjectWriter().write(DemoProject.make()), "demo")
    }

    @Test(arguments: SampleImportTests.expected.filter { $0.kind == "project" }.map(\.file))
    func reExportedSampleValidates(_ file: String) throws {
        guard REFIFixtures.sharedAvailable() else { return }
        let project = try REFIProjectReader.read(REFIFixtures.sample(file), fileName: file).project
        try validateProject(try REFIProjectWriter().write(project), file)
    }

    @Test func codebookExportValidatesAgainstCodebookSchema() throws {
        guard REFIFixtures.sharedAvailable(), XMLLint.available else { return }
        let export = try REFICodebookWriter().write(DemoProject.make().codebook)
        let (status, output) = try XMLLint.validate(export.data, schema: REFIFixtures.codebookSchema)
        #expect(status == 0, "\(output)")
        let taguette = try REFICodebookReader.read(REFIFixtures.sample("taguette1.4.1_aadorian-uto_tag_codebook.qdc"), fileName: "t.qdc")
        let again = try REFICodebookWriter().write(taguette.codebook)
        let (status2, output2) = try XMLLint.validate(again.data, schema: REFIFixtures.codebookSchema)
        #expect(status2 == 0, "\(output2)")
    }

    /// The schemas themselves reject what they should (so a passing check means something).
    @Test func schemaCheckCanFail() throws {
        guard REFIFixtures.sharedAvailable(), XMLLint.available else { return }
        let taguette = try REFIFixtures.sample("taguette1.4.1_aadorian-uto_tag_codebook.qdc")
        #expect(try XMLLint.validate(taguette, schema: REFIFixtures.codebookSchema).status != 0)
        let bad = Data("<Project xmlns=\"urn:QDA-XML:project:1.0\"><Users/></Project>".utf8)
        #expect(try XMLLint.validate(bad, schema: REFIFixtures.projectSchema).status != 0)
    }

    /// A minimal project, its project.qde written out by hand from the schema.
    @Test func goldenProjectXML() throws {
        let coder = Coder(id: DemoProject.id(1), name: "Anna")
        let code = Code(id: DemoProject.id(10), name: "Steun", colour: "#00AA33")
        let source = Source(id: DemoProject.id(20), name: "Gesprek", text: "Ja, dat hielp.")
        let coding = Coding(id: DemoProject.id(30), sourceID: source.id, codeID: code.id, coderID: coder.id, range: ScalarRange(start: 4, end: 13))
        let project = QDAProject(name: "Klein", coders: [coder], codebook: Codebook(codes: [code]), sources: [source], codings: [coding])
        let xml = try REFIProjectWriter().projectXML(project).xml
        let selection = ProjectXMLWriter.selectionID(of: coding).uuidString
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Klein" origin="Voelspriet">
              <Users>
                <User guid="00000000-0000-4000-8000-000000000001" name="Anna"/>
              </Users>
              <CodeBook>
                <Codes>
                  <Code guid="00000000-0000-4000-8000-000000000010" name="Steun" isCodable="true" color="#00AA33"/>
                </Codes>
              </CodeBook>
              <Sources>
                <TextSource guid="00000000-0000-4000-8000-000000000020" name="Gesprek" plainTextPath="internal://00000000-0000-4000-8000-000000000020.txt">
                  <PlainTextSelection guid="\(selection)" name="dat hielp" startPosition="4" endPosition="13" creatingUser="00000000-0000-4000-8000-000000000001">
                    <Coding guid="00000000-0000-4000-8000-000000000030" creatingUser="00000000-0000-4000-8000-000000000001">
                      <CodeRef targetGUID="00000000-0000-4000-8000-000000000010"/>
                    </Coding>
                  </PlainTextSelection>
                </TextSource>
              </Sources>
            </Project>

            """
        #expect(xml == expected)
        let entry = try zipEntry(try REFIProjectWriter().write(project).data, "Sources/00000000-0000-4000-8000-000000000020.txt")
        #expect(entry == Data("Ja, dat hielp.".utf8))
    }

    @Test func controlCharactersAreRemovedWithAWarning() throws {
        var project = DemoProject.make()
        project.codebook.codes[0].name = "Ervarings\u{7}kennis\u{0}"
        let export = try REFIProjectWriter().write(project)
        #expect(export.warnings.contains { $0.contains("code \"Ervarings") && $0.contains("2 character(s)") })
        try validateProject(export, "control characters")
        let back = try REFIProjectReader.read(export.data, fileName: "c.qdpx").project
        #expect(back.codebook.codes[0].name == "Ervaringskennis")
    }

    @Test func decimalsHaveNoExponent() {
        let cases: [(Double, String)] = [
            (0.000012, "0.000012"), (-2.5e21, "-2500000000000000000000"), (1.0, "1.0"), (123.456, "123.456"), (1e-7, "0.0000001"),
            (-0.0, "-0.0"), (Double.leastNonzeroMagnitude, "0." + String(repeating: "0", count: 323) + "5"),
        ]
        for (value, text) in cases {
            let written = XSDText.decimal(value)
            #expect(written == text, "\(value)")
            #expect(written.flatMap(Double.init) == value)
        }
        #expect(XSDText.decimal(.nan) == nil)
        #expect(XSDText.decimal(.infinity) == nil)
    }

    @Test func inconsistentProjectsAreRefused() throws {
        var project = DemoProject.make()
        project.codings[0].range = ScalarRange(start: 5, end: 100_000)
        project.codings[1].codeID = DemoProject.id(999)
        guard case .inconsistentProject(let problems)? = refiError({ _ = try REFIProjectWriter().write(project) }) else {
            Issue.record("expected inconsistentProject")
            return
        }
        #expect(problems.count == 2)
        #expect(problems[0].contains(DemoProject.id(30).uuidString))
        #expect(problems[1].contains(DemoProject.id(999).uuidString))
    }

    @Test func emptyCodebookCannotBeAQDC() {
        let error = refiError { _ = try REFICodebookWriter().write(Codebook()) }
        #expect(error == .unwritable(reason: "a REFI-QDA codebook needs at least one code"))
    }

    @Test func emptyProjectIsStillValid() throws {
        let export = try REFIProjectWriter().write(QDAProject(name: "Leeg"))
        try validateProject(export, "empty project")
        let back = try REFIProjectReader.read(export.data, fileName: "leeg.qdpx").project
        #expect(back == QDAProject(name: "Leeg"))
    }
}
