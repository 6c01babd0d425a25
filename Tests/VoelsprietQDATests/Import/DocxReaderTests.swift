// .docx import: paragraphs against python-docx (documents made by python-docx and by
// LibreOffice), tracked changes against lxml, special run content, and hostile files.
import Foundation
import Testing
@testable import VoelsprietQDA

@Suite("Word .docx import")
struct DocxReaderTests {
    struct Expected: Decodable {
        struct Doc: Decodable {
            var lines: [String]
            var turns: [ImportExpectedTurn]
        }
        struct Bomb: Decodable {
            var uncompressed: Int
            var compressed: Int
            var forgedDeclared: Int
        }
        var ok: [String: Doc]
        var malformedLine: Int
        var bomb: Bomb
    }

    static let expected: Expected? = try? ImportFixture.json(Expected.self, "docx/expected.json")
    static let documents = (expected?.ok.keys.sorted()) ?? []

    static func read(_ name: String, limits: DocxReader.Limits = .standard) throws -> Result<Transcript, TranscriptImportError> {
        let data = try ImportFixture.data("docx/\(name)")
        do {
            return .success(try DocxReader.read(data, fileName: name, limits: limits))
        } catch {
            return .failure(error)
        }
    }

    @Test("the reference lists python-docx, LibreOffice, tracked-changes and features documents")
    func referenceLoaded() {
        #expect(Self.documents.contains("python-docx-interview.docx"))
        #expect(Self.documents.contains("tracked-changes.docx"))
        #expect(Self.documents.contains("features.docx"))
        #expect(Self.documents.count >= 3)
    }

    @Test("paragraphs and turns as the reference reads them", arguments: documents)
    func paragraphs(_ name: String) throws {
        let e = try #require(Self.expected?.ok[name])
        let result = try Self.read(name)
        let transcript = try #require(ImportFixture.value(result), "\(String(describing: ImportFixture.error(result)))")
        #expect(transcript.text == e.lines.joined(separator: "\n"))
        #expect(transcript.format == .docx)
        #expect(ImportFixture.turnsMatch(transcript, e.turns))
    }

    @Test("TranscriptReader hands .docx files to DocxReader")
    func throughTranscriptReader() throws {
        let result = try ImportFixture.read("docx/python-docx-interview.docx")
        let transcript = try #require(ImportFixture.value(result))
        #expect(transcript.format == .docx)
        #expect(transcript.speakers == ["Interviewer", "Cl5"])
        let tab = "\t", breakLine = "wijkteam.\nDaarna"
        #expect(transcript.text.contains(tab))
        #expect(transcript.text.contains(breakLine))
    }

    @Test("tracked changes: deletions skipped, insertions kept")
    func trackedChanges() throws {
        let transcript = try #require(ImportFixture.value(try Self.read("tracked-changes.docx")))
        #expect(transcript.text.contains("Ik ging gisteren naar huis."))
        #expect(!transcript.text.contains("niet"))
        #expect(!transcript.text.contains("Weg ermee"))
        #expect(!transcript.text.contains("Verplaatst"))
        #expect(transcript.text.contains("Cel twee"))
    }

    @Test("text boxes and symbol-font characters are reported in warnings")
    func featureWarnings() throws {
        let transcript = try #require(ImportFixture.value(try Self.read("features.docx")))
        #expect(transcript.warnings.contains { $0.contains("text box") })
        #expect(transcript.warnings.contains { $0.contains("w:sym") })
        #expect(!transcript.text.contains("kader"))
    }

    @Test("a .docx that is not a zip names the file")
    func notAZip() throws {
        let error = try #require(ImportFixture.error(try Self.read("not-a-zip.docx")))
        #expect(error.kind == .notAZipArchive)
        #expect(error.description.hasPrefix("not-a-zip.docx: "))
    }

    @Test("a zip without word/document.xml")
    func noDocument() throws {
        let error = try #require(ImportFixture.error(try Self.read("no-document.docx")))
        #expect(error.kind == .missingDocumentPart)
        #expect(error.description.contains("word/document.xml"))
    }

    @Test("malformed XML names the entry and the line expat names")
    func malformedXML() throws {
        let line = try #require(Self.expected?.malformedLine)
        let error = try #require(ImportFixture.error(try Self.read("malformed.docx")))
        #expect(error.kind == .malformedXML)
        #expect(error.entry == "word/document.xml")
        #expect(error.line == line)
        #expect(error.column != nil)
        #expect(error.description.contains("line \(line)"))
        #expect(error.description.contains("closing tag does not match"))
    }

    @Test("a DTD (entity expansion) is refused, also in a UTF-16 part", arguments: ["doctype.docx", "doctype-utf16.docx"])
    func doctype(_ name: String) throws {
        let error = try #require(ImportFixture.error(try Self.read(name)))
        #expect(error.kind == .malformedXML)
        #expect(error.description.contains("DTD"))
    }

    @Test("a zip bomb with an honest header is refused on its declared ratio")
    func bombDeclared() throws {
        let bomb = try #require(Self.expected?.bomb)
        #expect(bomb.uncompressed / bomb.compressed > 200)
        let error = try #require(ImportFixture.error(try Self.read("bomb-declared.docx")))
        #expect(error.kind == .zipBomb)
        #expect(error.description.contains("\(bomb.uncompressed)"))
    }

    @Test("a zip bomb that lies about its size is stopped while unpacking")
    func bombLying() throws {
        let bomb = try #require(Self.expected?.bomb)
        let error = try #require(ImportFixture.error(try Self.read("bomb-lying.docx")))
        #expect(error.kind == .zipBomb)
        #expect(error.description.contains("\(bomb.forgedDeclared) bytes it declares"))
        // With the declared-size check out of the way, the ratio check stops it.
        let lax = DocxReader.Limits(maxCompressionRatio: 100)
        let laxError = try #require(ImportFixture.error(try Self.read("bomb-declared.docx", limits: lax)))
        #expect(laxError.kind == .zipBomb)
    }

    @Test("a declared size above the limit is refused before unpacking")
    func declaredSizeLimit() throws {
        let limits = DocxReader.Limits(maxDocumentBytes: 2 << 20, maxCompressionRatio: 1e9)
        let error = try #require(ImportFixture.error(try Self.read("bomb-declared.docx", limits: limits)))
        #expect(error.kind == .tooLarge)
        #expect(error.description.contains("declares"))
    }

    @Test("the guard stops unpacking at the first chunk past the limit, the declared size or the ratio")
    func extractionGuard() throws {
        let limits = DocxReader.Limits(maxDocumentBytes: 1_000_000, maxCompressionRatio: 200, ratioFloorBytes: 100_000)
        let bySize = ExtractionGuard(declared: 5_000_000, packed: 1_000_000, limits: limits)
        try bySize.admit(600_000)
        #expect(throws: ExtractionGuard.Stop.self) { try bySize.admit(400_001) }
        let byDeclared = ExtractionGuard(declared: 1_000, packed: 900, limits: limits)
        try byDeclared.admit(1_000)
        #expect(throws: ExtractionGuard.Stop.self) { try byDeclared.admit(1) }
        let byRatio = ExtractionGuard(declared: 900_000, packed: 100, limits: limits)
        try byRatio.admit(100_000)  // at the floor: ratio not yet enforced
        #expect(throws: ExtractionGuard.Stop.self) { try byRatio.admit(1) }
    }

    @Test("the archive and text size limits")
    func archiveLimits() throws {
        let small = DocxReader.Limits(maxArchiveBytes: 1_000)
        let error = try #require(ImportFixture.error(try Self.read("python-docx-interview.docx", limits: small)))
        #expect(error.kind == .tooLarge)
        let text = DocxReader.Limits(maxTextBytes: 50)
        let textError = try #require(ImportFixture.error(try Self.read("python-docx-interview.docx", limits: text)))
        #expect(textError.kind == .tooLarge)
    }

    @Test("truncated archives give an error, not a crash")
    func truncated() throws {
        let data = try ImportFixture.data("docx/python-docx-interview.docx")
        for cut in [10, 100, data.count / 2, data.count - 30] {
            #expect(throws: TranscriptImportError.self) { _ = try DocxReader.read(data.prefix(cut), fileName: "kapot.docx") }
        }
    }
}
