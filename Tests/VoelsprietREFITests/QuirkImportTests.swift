// Invented files with the quirks of real exports (Fixtures/quirks, made by make_fixtures.py,
// which also computed what they must import as).
import Foundation
import Testing
import VoelsprietQDA
@testable import VoelsprietREFI

@Suite struct QuirkImportTests {
    static let expected: [String: ExpectedQuirk] = (try? REFIFixtures.json("quirks.json", as: [String: ExpectedQuirk].self)) ?? [:]

    func read(_ name: String, lenient: Bool = false) throws -> REFIImport {
        try REFIProjectReader.read(REFIFixtures.data("quirks/" + name), fileName: name, options: REFIImportOptions(lenient: lenient))
    }

    @Test(arguments: ["nvivo_emoji.qdpx", "prefix_nested.qdpx", "plain_mixed.qdpx", "unbundled.qdpx", "placeholder_docx.qdpx"])
    func quirkImportsAsExpected(_ name: String) throws {
        let expected = try #require(QuirkImportTests.expected[name]?.strict)
        let result = try read(name)
        let project = result.project
        #expect(result.statistics.projectFile == expected.projectFile)
        #expect(project.sources.count == expected.sourcesImported)
        #expect(project.codings.count == expected.codingsImported)
        #expect(project.coders.count == expected.coders)
        #expect(project.codebook.codes.count == expected.codes)
        #expect(result.statistics.utf16Sources == (expected.utf16Sources ?? []))
        for info in expected.codings ?? [] {
            let coding = project.codings.first { $0.id.uuidString == info.guid }
            #expect(coding?.range == ScalarRange(start: info.start, end: info.end), "\(name): coding \(info.guid)")
            #expect(coding?.coderID.uuidString == (info.coder ?? ProjectBuilder.unknownCoder.id.uuidString))
        }
        for info in expected.texts ?? [] {
            let text = project.codings.first { $0.id.uuidString == info.guid }.flatMap { selectedText(project, $0) }
            #expect(text == info.text, "\(name): text of \(info.guid)")
        }
        for info in expected.sources ?? [] {
            #expect(project.sources.first { $0.id.uuidString == info.guid }?.text.unicodeScalars.count == info.length)
        }
    }

    @Test func nvivoWithoutAUserGetsTheUnknownCoder() throws {
        let result = try read("nvivo_emoji.qdpx")
        #expect(result.project.coders.contains(ProjectBuilder.unknownCoder))
        #expect(result.warnings.contains { $0.contains("name no creatingUser") })
    }

    @Test func codeColoursAndHierarchyAreNormalised() throws {
        let codes = try read("prefix_nested.qdpx").project.codebook
        let top = try #require(codes.codes.first { $0.name == "Steun" })
        let sub = try #require(codes.codes.first { $0.name == "Collega's" })
        #expect(top.colour == "#33AA66")
        #expect(top.isCodable == false)
        #expect(top.description == "Wat helpt")
        #expect(sub.colour == "#12AB9F")
        #expect(sub.parentID == top.id)
        #expect(codes.path(of: sub.id) == ["Steun", "Collega's"])
    }

    @Test func casesVariablesMemosAndSkippedPDF() throws {
        let result = try read("plain_mixed.qdpx")
        let project = result.project
        #expect(project.variables.map(\.name) == ["sector", "leeftijd", "ervaring"])
        #expect(project.variables.map(\.type) == [.text, .integer, .boolean])
        let prof = try #require(project.participants.first { $0.label == "Prof1" })
        #expect(prof.attributes["sector"] == .text("jeugdzorg"))
        #expect(prof.attributes["leeftijd"] == .integer(41))
        #expect(prof.attributes["ervaring"] == .boolean(true))
        #expect(project.sources.first { $0.name == "Prof1 interview" }?.participantLabels == ["Prof1"])
        #expect(project.sources.first { $0.name == "Alleen docx" }?.participantLabels == ["Stud2"])
        #expect(project.sources.first { $0.name == "Prof1 interview" }?.memo == "Eerste gesprek")
        #expect(project.sources.first { $0.name == "Inline" }?.memo == "Let op de toon.")
        #expect(project.codings.first { $0.id.uuidString.hasSuffix("0000000000B1") }?.memo == "mooi fragment")
        #expect(result.warnings.contains { $0.contains("Folder.pdf") && $0.contains("skipped") })
        #expect(result.warnings.contains { $0.contains("Alleen docx") && $0.contains(".docx") })
        let paragraphs = "Alleen in Word.\nTweede alinea hier."
        #expect(project.sources.first { $0.name == "Alleen docx" }?.text == paragraphs)
    }

    @Test func docxReaderCanBeReplaced() throws {
        let options = REFIImportOptions(docxText: { _, _ in "Vervangen tekst.\nTweede alinea hier." })
        let result = try REFIProjectReader.read(REFIFixtures.data("quirks/plain_mixed.qdpx"), fileName: "plain_mixed.qdpx", options: options)
        let text = result.project.sources.first { $0.name == "Alleen docx" }?.text
        #expect(text == "Vervangen tekst.\nTweede alinea hier.")
    }

    @Test func blankPlaceholderTextGivesWayToTheDocx() throws {
        let result = try read("placeholder_docx.qdpx")
        let paragraphs = "Dit staat alleen in Word 🙂.\nTweede alinea."
        #expect(result.project.sources.first?.text == paragraphs)
        #expect(result.warnings.contains { $0.contains("Placeholder") && $0.contains("blank") })
    }

    @Test func unbundledExportSkipsSourcesWithWarnings() throws {
        let result = try read("unbundled.qdpx")
        #expect(result.project.sources.isEmpty)
        #expect(result.statistics.codingsSkipped == 1)
        #expect(result.warnings.contains { $0.contains("Gesprek E") && $0.contains("not bundled") })
    }

    @Test(arguments: [
        ("bad_out_of_range.qdpx", "CCCCCCCC-0000-4000-8000-0000000000E1"), ("bad_reversed.qdpx", "CCCCCCCC-0000-4000-8000-0000000000E2"),
        ("bad_unknown_code.qdpx", "CCCCCCCC-0000-4000-8000-0000000000E3"), ("bad_missing_source.qdpx", "weg.txt"),
        ("bad_latin1.qdpx", "Gesprek E"),
    ])
    func damagedPartFailsStrictAndIsSkippedLenient(_ name: String, _ place: String) throws {
        let error = refiError { _ = try read(name) }
        let message = try #require(error).description
        #expect(message.contains(place), "\(name): \(message)")
        let expected = try #require(QuirkImportTests.expected[name])
        #expect(expected.strict?.error != nil)
        let lenient = try read(name, lenient: true)
        #expect(lenient.project.codings.count == expected.lenient?.codingsImported)
        #expect(lenient.project.sources.count == expected.lenient?.sourcesImported)
        #expect(lenient.warnings.contains { $0.contains(place) && $0.hasSuffix("skipped") })
    }

    @Test func strictErrorsNameSourceAndSelection() throws {
        let outside = refiError { _ = try read("bad_out_of_range.qdpx") }
        let reversed = refiError { _ = try read("bad_reversed.qdpx") }
        let missing = refiError { _ = try read("bad_missing_source.qdpx") }
        let latin = refiError { _ = try read("bad_latin1.qdpx") }
        guard case .invalidSelection(let source, let selection, let reason)? = outside else {
            Issue.record("expected invalidSelection, got \(String(describing: outside))")
            return
        }
        #expect(source == "Gesprek E")
        #expect(selection == "CCCCCCCC-0000-4000-8000-0000000000E1")
        #expect(reason.contains("outside"))
        #expect(reversed?.description.contains("after endPosition") == true)
        #expect(missing == .missingSourceFile(source: "Zoekgeraakt", path: "internal://weg.txt"))
        guard case .undecodableSource(_, let path, _)? = latin else {
            Issue.record("expected undecodableSource, got \(String(describing: latin))")
            return
        }
        #expect(path == "Sources/BBBBBBBB-0000-4000-8000-0000000000E1.txt")
    }
}
