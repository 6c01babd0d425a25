// Plain-text import: every encoding and line ending against Python's codecs, errors naming file
// and place, the UTF-8 validator against Python's decoder, size limit and format detection.
import Foundation
import Testing
@testable import VoelsprietQDA

@Suite("Plain-text transcript import")
struct PlainTextImportTests {
    struct Expected: Decodable {
        struct OK: Decodable {
            var encoding: String?
            var text: String
            var turns: [ImportExpectedTurn]
        }
        struct Failure: Decodable {
            var encoding: String?
            var kind: String
            var line: Int?
            var column: Int?
            var byteOffset: Int?
        }
        var ok: [String: OK]
        var errors: [String: Failure]
    }

    static let expected: Expected? = try? ImportFixture.json(Expected.self, "text/expected.json")
    static let okNames = (expected?.ok.keys.sorted()) ?? []
    static let errorNames = (expected?.errors.keys.sorted()) ?? []

    @Test("the reference file lists every encoding fixture")
    func referenceLoaded() throws {
        let expected = try #require(Self.expected)
        #expect(expected.ok.count == 10)
        #expect(expected.errors.count == 5)
    }

    @Test("decodes like Python and normalises to LF without BOM", arguments: okNames)
    func decodes(_ name: String) throws {
        let e = try #require(Self.expected?.ok[name])
        let encoding = e.encoding.flatMap(TranscriptEncoding.init(rawValue:))
        let result = try ImportFixture.read("text/\(name)", encoding: encoding)
        let transcript = try #require(ImportFixture.value(result), "\(String(describing: ImportFixture.error(result)))")
        #expect(transcript.text == e.text)
        #expect(transcript.format == .plainText)
        let cr = "\r"
        #expect(!transcript.text.contains(cr))
        #expect(transcript.text.unicodeScalars.first?.value != 0xFEFF)
        #expect(ImportFixture.turnsMatch(transcript, e.turns))
    }

    @Test("refuses bad input naming the file and the place", arguments: errorNames)
    func refuses(_ name: String) throws {
        let e = try #require(Self.expected?.errors[name])
        let encoding = e.encoding.flatMap(TranscriptEncoding.init(rawValue:))
        let result = try ImportFixture.read("text/\(name)", encoding: encoding)
        let error = try #require(ImportFixture.error(result))
        #expect(error.kind.rawValue == e.kind)
        #expect(error.fileName == name)
        #expect(error.line == e.line)
        if let column = e.column { #expect(error.column == column) }
        if let offset = e.byteOffset { #expect(error.byteOffset == offset) }
        #expect(error.description.hasPrefix(name))
    }

    @Test("an invalid UTF-8 error suggests the encoding option and names line and byte")
    func invalidUTF8Message() throws {
        let result = try ImportFixture.read("text/invalid-utf8.txt")
        let error = try #require(ImportFixture.error(result))
        #expect(error.description.contains("line 2"))
        #expect(error.description.contains("byte 0xE9"))
        #expect(error.description.contains("encoding option"))
        #expect(error.description.contains("windows-1252"))
    }

    struct ValidationCase: Decodable {
        var hex: String
        var firstInvalid: Int?
    }

    @Test("the UTF-8 validator finds the same first bad byte as Python's decoder")
    func utf8Validator() throws {
        let cases = try ImportFixture.json([ValidationCase].self, "text/utf8-validation.json")
        #expect(cases.count == 15)
        for c in cases {
            var bytes: [UInt8] = []
            var i = c.hex.startIndex
            while i < c.hex.endIndex {
                let j = c.hex.index(i, offsetBy: 2)
                bytes.append(try #require(UInt8(c.hex[i..<j], radix: 16)))
                i = j
            }
            #expect(TextDecoding.firstInvalidUTF8(bytes[...]) == c.firstInvalid, "\(c.hex)")
        }
    }

    @Test("Windows-1252 maps 0x80–0x9F by the table, whatever Foundation does")
    func windows1252Table() throws {
        let e = try #require(Self.expected?.ok["windows1252.txt"])
        #expect(e.text.contains("€ 25"))
        let result = try ImportFixture.read("text/windows1252.txt", encoding: .windows1252)
        let text = try #require(ImportFixture.value(result)).text
        #expect(text.contains("‘enkel’ en “dubbel” – of — toch…"))
        #expect(text.contains("Alle tekens: €‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"))
        #expect(Windows1252.scalar(0x81) == nil)
        #expect(Windows1252.scalar(0xE9) == "é")
    }

    @Test("encoding names as people write them")
    func encodingLabels() {
        #expect(TranscriptEncoding(label: "UTF8") == .utf8)
        #expect(TranscriptEncoding(label: "cp1252") == .windows1252)
        #expect(TranscriptEncoding(label: "Windows-1252") == .windows1252)
        #expect(TranscriptEncoding(label: "ISO-8859-1") == .latin1)
        #expect(TranscriptEncoding(label: "utf-16le") == .utf16)
        #expect(TranscriptEncoding(label: "iso-8859-15") == nil)
        #expect(TranscriptEncoding(label: "ebcdic") == nil)
        #expect(TranscriptEncoding.allCases.map(\.rawValue) == ["utf-8", "utf-16", "windows-1252", "latin1"])
    }

    @Test("a BOM wins over a different declared encoding, with a warning")
    func bomWins() throws {
        let result = try ImportFixture.read("text/utf16le-bom.txt", encoding: .windows1252)
        let transcript = try #require(ImportFixture.value(result))
        #expect(transcript.text.hasPrefix("Oefeninterview 7"))
        #expect(transcript.warnings.contains { $0.contains("byte-order mark") })
    }

    @Test("a file above the size limit is refused before decoding")
    func sizeLimit() throws {
        let data = Data(repeating: 0x61, count: 2_000)
        #expect(throws: TranscriptImportError.self) {
            _ = try TranscriptReader.read(data, fileName: "groot.txt", maxTextBytes: 1_000)
        }
        do {
            _ = try TranscriptReader.read(data, fileName: "groot.txt", maxTextBytes: 1_000)
        } catch {
            #expect(error.kind == .tooLarge)
            #expect(error.description.hasPrefix("groot.txt"))
        }
        let ok = try TranscriptReader.read(data, fileName: "groot.txt", maxTextBytes: 2_000)
        #expect(ok.text.count == 2_000)
    }

    @Test("formats come from the extension, else from the content")
    func formatDetection() {
        let vtt = Data("WEBVTT\n\n00:01.000 --> 00:02.000\nHoi\n".utf8)
        let srt = Data("\u{FEFF}1\r\n00:00:01,000 --> 00:00:02,000\r\nHoi\r\n".utf8)
        let zip = Data([0x50, 0x4B, 0x03, 0x04, 0, 0])
        #expect(TranscriptReader.detectFormat(fileName: "a.TXT", data: vtt) == .plainText)
        #expect(TranscriptReader.detectFormat(fileName: "a.markdown", data: vtt) == .markdown)
        #expect(TranscriptReader.detectFormat(fileName: "a.md", data: vtt) == .markdown)
        #expect(TranscriptReader.detectFormat(fileName: "opname.vtt", data: srt) == .webVTT)
        #expect(TranscriptReader.detectFormat(fileName: "opname.srt", data: vtt) == .srt)
        #expect(TranscriptReader.detectFormat(fileName: "x.docx", data: vtt) == .docx)
        #expect(TranscriptReader.detectFormat(fileName: "upload", data: vtt) == .webVTT)
        #expect(TranscriptReader.detectFormat(fileName: "upload", data: srt) == .srt)
        #expect(TranscriptReader.detectFormat(fileName: "upload", data: zip) == .docx)
        #expect(TranscriptReader.detectFormat(fileName: "upload.bin", data: Data("Interviewer: hoi".utf8)) == .plainText)
    }
}
