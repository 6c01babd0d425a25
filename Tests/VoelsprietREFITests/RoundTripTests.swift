// Export → import gives back the same project: sources and texts (emoji, combining accents,
// CRLF from the original file), codes with hierarchy, colours and origin, codings with coder and
// positions, participants with types and variables. And every sample survives import → export
// → import with the same counts and positions.
import Foundation
import Testing
import VoelsprietQDA
@testable import VoelsprietREFI

@Suite struct RoundTripTests {
    func roundTrip(_ project: QDAProject) throws -> REFIImport {
        let export = try REFIProjectWriter().write(project)
        return try REFIProjectReader.read(export.data, fileName: "export.qdpx")
    }

    @Test func demoProjectComesBackEqual() throws {
        let project = DemoProject.make()
        #expect(project.problems().isEmpty)
        let back = try roundTrip(project)
        #expect(DemoProject.canonical(back.project) == DemoProject.canonical(project))
        #expect(back.warnings.isEmpty, "\(back.warnings)")
        #expect(back.statistics.origin == "Voelspriet")
    }

    @Test func demoPartsComeBackOneByOne() throws {
        let project = DemoProject.make()
        let back = try roundTrip(project).project
        #expect(back.sources == project.sources)
        #expect(back.codebook.codes == project.codebook.codes)
        #expect(back.coders == project.coders)
        #expect(back.variables == project.variables)
        #expect(back.participants == project.participants)
        #expect(Set(back.codings) == Set(project.codings))
        for coding in project.codings {
            #expect(selectedText(back, coding) == selectedText(project, coding))
        }
    }

    /// The BOM + CRLF source of a quirk file: imported once (normalised), exported, imported
    /// again — the same text and positions.
    @Test(arguments: ["plain_mixed.qdpx", "nvivo_emoji.qdpx", "prefix_nested.qdpx", "placeholder_docx.qdpx"])
    func importedQuirkSurvivesExport(_ name: String) throws {
        let first = try REFIProjectReader.read(REFIFixtures.data("quirks/" + name), fileName: name)
        let second = try roundTrip(first.project)
        #expect(DemoProject.canonical(second.project) == DemoProject.canonical(first.project))
    }

    @Test(arguments: SampleImportTests.expected.filter { $0.kind == "project" }.map(\.file))
    func sampleSurvivesExport(_ file: String) throws {
        guard REFIFixtures.sharedAvailable() else { return }
        let first = try REFIProjectReader.read(REFIFixtures.sample(file), fileName: file)
        let second = try roundTrip(first.project)
        #expect(second.project.sources.count == first.project.sources.count)
        #expect(second.project.codings.count == first.project.codings.count)
        #expect(second.project.codebook.codes.count == first.project.codebook.codes.count)
        #expect(DemoProject.canonical(second.project) == DemoProject.canonical(first.project))
    }

    /// Writing what was read gives the same bytes: the export is a fixed point.
    @Test func exportIsDeterministicAndIdempotent() throws {
        let writer = REFIProjectWriter()
        let a = try writer.write(DemoProject.make()).data
        let b = try writer.write(DemoProject.make()).data
        #expect(a == b)
        let reread = try REFIProjectReader.read(a, fileName: "a.qdpx").project
        let c = try writer.write(reread).data
        #expect(c == a)
    }

    @Test func codebookRoundTrip() throws {
        let codebook = DemoProject.make().codebook
        let export = try REFICodebookWriter().write(codebook)
        let back = try REFICodebookReader.read(export.data, fileName: "demo.qdc")
        #expect(back.codebook == codebook)
        #expect(back.origin == "Voelspriet")
        #expect(back.warnings.isEmpty)
    }
}
