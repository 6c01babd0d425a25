// Hostile and broken uploads: each gives a REFIError naming the file and the place, never a
// crash, and nothing is imported.
import Foundation
import Testing
import VoelsprietQDA
@testable import VoelsprietREFI

@Suite struct BadInputTests {
    func error(_ data: Data, _ name: String, _ options: REFIImportOptions = REFIImportOptions()) -> REFIError? {
        refiError { _ = try REFIProjectReader.read(data, fileName: name, options: options) }
    }

    /// A small valid package of ours, to damage.
    func goodPackage() throws -> Data {
        try REFIFixtures.data("quirks/plain_mixed.qdpx")
    }

    @Test func emptyFile() throws {
        #expect(error(Data(), "leeg.qdpx") == .emptyFile(file: "leeg.qdpx"))
        let zeroBytes = try REFIFixtures.data("quirks/empty.qdpx")
        #expect(error(zeroBytes, "empty.qdpx") == .emptyFile(file: "empty.qdpx"))
    }

    @Test func uploadOverTheLimit() {
        let big = Data(count: 200_000_000)  // 200 MB of zeros (lazily allocated)
        #expect(error(big, "groot.qdpx") == .tooLarge(file: "groot.qdpx", bytes: 200_000_000, limit: 100 << 20))
    }

    @Test func notZipNotXML() {
        let text = Data("dit is geen project".utf8)
        #expect(error(text, "x.qde") == .unrecognisedFormat(file: "x.qde"))
        guard case .corruptArchive(let file, _, _)? = error(text, "x.qdpx") else {
            Issue.record("a .qdpx that is not a zip is a corrupt archive")
            return
        }
        #expect(file == "x.qdpx")
    }

    @Test func corruptAndTruncatedZip() throws {
        let good = try goodPackage()
        var garbage = Data([0x50, 0x4B, 0x03, 0x04])
        garbage.append(Data(repeating: 0xAB, count: 300))
        let truncated = good.prefix(good.count / 2)
        for (data, name) in [(garbage, "garbage.qdpx"), (Data(truncated), "truncated.qdpx")] {
            guard case .corruptArchive(let file, _, let reason)? = error(data, name) else {
                Issue.record("\(name): expected corruptArchive, got \(String(describing: error(data, name)))")
                continue
            }
            #expect(file == name)
            #expect(!reason.isEmpty)
        }
    }

    @Test func damagedEntryDataIsACorruptArchive() throws {
        var data = try goodPackage()
        // Flip bytes inside the first entry's compressed data (after its 30-byte header and name).
        let nameLength = Int(data[26]) | Int(data[27]) << 8
        let start = 30 + nameLength + 10
        for i in start..<(start + 20) { data[i] ^= 0x5A }
        guard case .corruptArchive(let file, let entry, _)? = error(data, "beschadigd.qdpx") else {
            Issue.record("expected corruptArchive, got \(String(describing: error(data, "beschadigd.qdpx")))")
            return
        }
        #expect(file == "beschadigd.qdpx")
        #expect(entry == "Gesprekken.qde")
    }

    /// Random damage anywhere in a package: an error or (rarely, in unread bytes) a result —
    /// never a crash.
    @Test func randomDamageNeverCrashes() throws {
        let good = try goodPackage()
        var generator = SplitMix(seed: 2024)
        for _ in 0..<300 {
            var data = good
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let i = Int.random(in: 0..<data.count, using: &generator)
                data[i] = UInt8.random(in: 0...255, using: &generator)
            }
            if Bool.random(using: &generator) { data = data.prefix(Int.random(in: 1..<data.count, using: &generator)) }
            _ = error(data, "kapot.qdpx")
        }
    }

    @Test func zipBombByRatio() throws {
        let data = try REFIFixtures.data("quirks/bomb_ratio.qdpx")
        guard case .zipBomb(let file, let entry, let reason)? = error(data, "bomb.qdpx") else {
            Issue.record("expected zipBomb, got \(String(describing: error(data, "bomb.qdpx")))")
            return
        }
        #expect(file == "bomb.qdpx")
        #expect(entry == "Sources/BBBBBBBB-0000-4000-8000-0000000000E1.txt")
        #expect(reason.contains("ratio"))
    }

    @Test func zipBombWithALyingHeader() throws {
        let data = try REFIFixtures.data("quirks/bomb_lying_header.qdpx")
        guard case .zipBomb(_, let entry, let reason)? = error(data, "liegt.qdpx") else {
            Issue.record("expected zipBomb, got \(String(describing: error(data, "liegt.qdpx")))")
            return
        }
        #expect(entry == "Sources/BBBBBBBB-0000-4000-8000-0000000000E1.txt")
        #expect(reason.contains("declares"))
    }

    @Test func uncompressedBudgetAndEntryCount() throws {
        let data = try goodPackage()
        let small = REFIImportOptions(limits: REFILimits(maxUncompressedBytes: 1000))
        guard case .tooLarge(let place, _, let limit)? = error(data, "p.qdpx", small) else {
            Issue.record("expected tooLarge")
            return
        }
        #expect(place.contains("p.qdpx"))
        #expect(limit == 1000)
        let few = REFIImportOptions(limits: REFILimits(maxEntries: 2))
        #expect(error(data, "p.qdpx", few) == .tooManyEntries(file: "p.qdpx", count: 4, limit: 2))
    }

    @Test func xmlThatIsNotREFI() throws {
        let data = try REFIFixtures.data("quirks/not_refi.xml")
        #expect(error(data, "not_refi.xml") == .notREFI(file: "not_refi.xml", root: "html xmlns=\"http://www.w3.org/1999/xhtml\"", expected: "Project"))
        let codebookAsProject = refiError { _ = try REFICodebookReader.read(Data("<Project name=\"x\"/>".utf8), fileName: "p.qdc") }
        #expect(codebookAsProject == .notREFI(file: "p.qdc", root: "Project", expected: "CodeBook"))
    }

    /// Line and column as lxml (libxml2) reports them for the same file.
    @Test func malformedXMLNamesLineAndColumn() throws {
        let data = try REFIFixtures.data("quirks/malformed.qde")
        let expected = try #require(QuirkImportTests.expected["malformed.qde"]?.xmlError)
        guard case .malformedXML(let file, let line, let column, let reason)? = error(data, "malformed.qde") else {
            Issue.record("expected malformedXML, got \(String(describing: error(data, "malformed.qde")))")
            return
        }
        #expect(file == "malformed.qde")
        #expect(line == expected.line)
        #expect(column == expected.column)
        #expect(!reason.isEmpty)
    }

    @Test func malformedXMLInsideAPackageNamesTheEntry() throws {
        let archive = try zipWith([("project.qde", Data("<Project name=\"x\">\n<Users>\n</Project>".utf8))])
        guard case .malformedXML(let file, let line, _, _)? = error(archive, "pakket.qdpx") else {
            Issue.record("expected malformedXML")
            return
        }
        #expect(file == "pakket.qdpx: project.qde")
        #expect(line == 3)
    }

    @Test func doctypeIsRefused() throws {
        let data = try REFIFixtures.data("quirks/doctype.qde")
        #expect(error(data, "doctype.qde") == .doctypeNotAllowed(file: "doctype.qde"))
    }

    @Test func packageWithoutProjectFile() throws {
        let none = try zipWith([("sources/a.txt", Data("tekst".utf8))])
        #expect(error(none, "leeg.qdpx") == .noProjectFile(file: "leeg.qdpx"))
        let xml = Data("<Project name=\"x\"/>".utf8)
        let two = try zipWith([("a.qde", xml), ("b.qde", xml)])
        #expect(error(two, "twee.qdpx") == .ambiguousProjectFile(file: "twee.qdpx", candidates: ["a.qde", "b.qde"]))
        let named = try zipWith([("a.qde", xml), ("Project.qde", Data("<Project name=\"gekozen\"/>".utf8))])
        let chosen = try REFIProjectReader.read(named, fileName: "n.qdpx")
        #expect(chosen.project.name == "gekozen")
    }

    @Test func deepNestingIsRefused() {
        let depth = 400
        let xml = "<Project name=\"x\"><CodeBook><Codes>" + String(repeating: "<Code guid=\"\(UUID().uuidString)\" name=\"c\" isCodable=\"true\">", count: depth)
            + String(repeating: "</Code>", count: depth) + "</Codes></CodeBook></Project>"
        guard case .malformedXML(_, _, _, let reason)? = error(Data(xml.utf8), "diep.qde") else {
            Issue.record("expected malformedXML for nesting \(depth) deep")
            return
        }
        #expect(reason.contains("nested") || reason.contains("deep") || !reason.isEmpty)
    }
}

/// A zip of the given entries (for hand-made bad packages).
func zipWith(_ entries: [(String, Data)]) throws -> Data {
    try REFIZipTestWriter.zip(entries)
}

/// A small deterministic random generator (SplitMix64) so that the fuzz test is repeatable.
struct SplitMix: RandomNumberGenerator {
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
