// Word .docx transcripts: the ZIP archive is opened in memory, word/document.xml is unpacked under
// size and compression-ratio limits (a zip bomb is stopped while it unpacks, not after), and its
// paragraphs become the lines of the transcript.
import Foundation
import ZIPFoundation

/// Reads the text of a Word (.docx, Office Open XML) file: each paragraph one line, table cells
/// one line per cell paragraph, headers, footers, comments and footnotes ignored (they are other
/// parts of the package). Speaker turns as in plain text (see `SpeakerLabel`).
public enum DocxReader {
    /// Limits against hostile archives.
    public struct Limits: Sendable, Hashable {
        /// Largest .docx file accepted (it may hold images besides the text).
        public var maxArchiveBytes: Int
        /// Largest unpacked `word/document.xml`, declared or actually read.
        public var maxDocumentBytes: Int
        /// Largest ratio of unpacked to packed size, enforced for entries above `ratioFloorBytes`.
        /// Word's XML compresses 5–20×; zip bombs reach 1000× and more.
        public var maxCompressionRatio: Double
        public var ratioFloorBytes: Int
        /// Largest extracted text (UTF-8 bytes).
        public var maxTextBytes: Int

        public init(
            maxArchiveBytes: Int = 100 << 20, maxDocumentBytes: Int = 64 << 20, maxCompressionRatio: Double = 200,
            ratioFloorBytes: Int = 1 << 20, maxTextBytes: Int = TranscriptReader.defaultMaxTextBytes
        ) {
            self.maxArchiveBytes = maxArchiveBytes
            self.maxDocumentBytes = maxDocumentBytes
            self.maxCompressionRatio = maxCompressionRatio
            self.ratioFloorBytes = ratioFloorBytes
            self.maxTextBytes = maxTextBytes
        }

        public static let standard = Limits()
    }

    static let documentPath = "word/document.xml"

    /// The transcript in a .docx file, with the standard limits.
    public static func read(_ data: Data, fileName: String) throws(TranscriptImportError) -> Transcript {
        try read(data, fileName: fileName, limits: .standard)
    }

    /// The transcript in a .docx file.
    public static func read(_ data: Data, fileName: String, limits: Limits) throws(TranscriptImportError) -> Transcript {
        let xml = try documentXML(data, fileName: fileName, limits: limits)
        let (paragraphs, warnings) = try paragraphs(ofDocumentXML: xml, fileName: fileName)
        let text = NormalisedText(paragraphs.joined(separator: "\n")).text
        guard text.utf8.count <= limits.maxTextBytes else {
            throw TranscriptImportError(
                .tooLarge, fileName: fileName,
                detail: "the text is \(text.utf8.count) bytes, more than the limit of \(limits.maxTextBytes) bytes.")
        }
        let transcript = Transcript(text: text, turns: SpeakerTurns.turns(in: text), format: .docx, warnings: warnings)
        try TranscriptReader.requireText(transcript, fileName: fileName)
        return transcript
    }

    /// The paragraphs of a `word/document.xml`.
    static func paragraphs(ofDocumentXML xml: Data, fileName: String) throws(TranscriptImportError) -> ([String], [String]) {
        // Word never writes a DTD; refusing one rules out entity-expansion attacks.
        if containsDTD(xml) {
            throw TranscriptImportError(
                .malformedXML, fileName: fileName, entry: documentPath,
                detail: "the document XML contains a DTD (<!DOCTYPE>), which Word documents never have.")
        }
        let parser = DocxDocumentParser()
        guard parser.parse(xml) else {
            let (message, line, column) = parser.failure ?? ("the XML could not be parsed", 0, 0)
            throw TranscriptImportError(
                .malformedXML, fileName: fileName, line: line > 0 ? line : nil, column: column > 0 ? column : nil,
                entry: documentPath, detail: "malformed XML: \(message)")
        }
        return (parser.paragraphs, parser.warnings)
    }

    /// True when the XML has a document type declaration, in UTF-8 or UTF-16 (BOM or
    /// "<\0" / "\0<" start). A DTD can only stand in the prolog, so a UTF-16 part is decoded
    /// up to its first 64 KiB.
    static func containsDTD(_ xml: Data) -> Bool {
        let head = [UInt8](xml.prefix(2))
        let utf16LE = head == [0xFF, 0xFE] || head == [0x3C, 0x00]
        let utf16BE = head == [0xFE, 0xFF] || head == [0x00, 0x3C]
        guard utf16LE || utf16BE else { return xml.range(of: Data("<!DOCTYPE".utf8)) != nil }
        let prolog = [UInt8](xml.prefix(64 << 10))
        var units: [UInt16] = []
        units.reserveCapacity(prolog.count / 2)
        var i = 0
        while i + 1 < prolog.count {
            let a = UInt16(prolog[i]), b = UInt16(prolog[i + 1])
            units.append(utf16LE ? b << 8 | a : a << 8 | b)
            i += 2
        }
        return String(decoding: units, as: UTF16.self).contains("<!DOCTYPE")
    }

    // MARK: The archive

    /// The bytes of `word/document.xml`, unpacked under the limits.
    static func documentXML(_ data: Data, fileName: String, limits: Limits) throws(TranscriptImportError) -> Data {
        guard data.count <= limits.maxArchiveBytes else {
            throw TranscriptImportError(
                .tooLarge, fileName: fileName,
                detail: "the file is \(data.count) bytes, more than the limit of \(limits.maxArchiveBytes) bytes.")
        }
        let archive = try openArchive(data, fileName: fileName)
        guard let entry = archive[documentPath] ?? archive.first(where: { $0.path.lowercased() == documentPath }) else {
            throw TranscriptImportError(
                .missingDocumentPart, fileName: fileName,
                detail: "the archive has no \(documentPath), so it is not a Word document.")
        }
        try checkDeclaredSize(of: entry, fileName: fileName, limits: limits)
        return try extract(entry, from: archive, fileName: fileName, limits: limits)
    }

    private static func openArchive(_ data: Data, fileName: String) throws(TranscriptImportError) -> Archive {
        let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        guard data.count >= 4, Array(data.prefix(4)) == zipMagic else {
            throw TranscriptImportError(
                .notAZipArchive, fileName: fileName,
                detail: "this is not a Word .docx file: it is not a ZIP archive (it does not start with PK).")
        }
        do {
            return try Archive(data: data, accessMode: .read)
        } catch {
            throw TranscriptImportError(
                .notAZipArchive, fileName: fileName,
                detail: "the ZIP archive cannot be read (\(error)); the file may be damaged or incomplete.")
        }
    }

    private static func checkDeclaredSize(of entry: Entry, fileName: String, limits: Limits) throws(TranscriptImportError) {
        let declared = entry.uncompressedSize, packed = max(entry.compressedSize, 1)
        if declared > UInt64(limits.ratioFloorBytes), Double(declared) / Double(packed) > limits.maxCompressionRatio {
            throw bomb(fileName, "it declares \(declared) bytes unpacked from \(entry.compressedSize) packed (ratio above \(Int(limits.maxCompressionRatio))).")
        }
        if declared > UInt64(limits.maxDocumentBytes) {
            throw TranscriptImportError(
                .tooLarge, fileName: fileName, entry: documentPath,
                detail: "it declares \(declared) bytes unpacked, more than the limit of \(limits.maxDocumentBytes) bytes.")
        }
    }

    /// Stops reading as soon as the bytes read pass the size limit, the declared size or the
    /// ratio limit: the declared sizes in a ZIP header are not to be trusted.
    private static func extract(
        _ entry: Entry, from archive: Archive, fileName: String, limits: Limits
    ) throws(TranscriptImportError) -> Data {
        let guardState = ExtractionGuard(declared: entry.uncompressedSize, packed: entry.compressedSize, limits: limits)
        var out = Data()
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                try guardState.admit(chunk.count)
                out.append(chunk)
            }
        } catch let stop as ExtractionGuard.Stop {
            throw bomb(fileName, stop.reason)
        } catch {
            throw TranscriptImportError(
                .notAZipArchive, fileName: fileName, entry: documentPath,
                detail: "the entry cannot be unpacked (\(error)); the file may be damaged.")
        }
        guard checksum == entry.checksum else {
            throw TranscriptImportError(
                .notAZipArchive, fileName: fileName, entry: documentPath,
                detail: "the entry is damaged (its CRC-32 checksum does not match).")
        }
        return out
    }

    private static func bomb(_ fileName: String, _ reason: String) -> TranscriptImportError {
        TranscriptImportError(.zipBomb, fileName: fileName, entry: documentPath, detail: "refused as a possible zip bomb: " + reason)
    }
}

/// Counts the bytes unpacked so far and stops the extraction past a limit.
final class ExtractionGuard {
    struct Stop: Error { let reason: String }

    let limits: DocxReader.Limits
    let declared: UInt64
    let packed: UInt64
    private var total = 0

    init(declared: UInt64, packed: UInt64, limits: DocxReader.Limits) {
        self.limits = limits
        self.declared = declared
        self.packed = max(packed, 1)
    }

    func admit(_ count: Int) throws {
        total += count
        if total > limits.maxDocumentBytes {
            throw Stop(reason: "it unpacks to more than the limit of \(limits.maxDocumentBytes) bytes.")
        }
        if UInt64(total) > declared {
            throw Stop(reason: "it unpacks to more than the \(declared) bytes it declares.")
        }
        if total > limits.ratioFloorBytes, Double(total) / Double(packed) > limits.maxCompressionRatio {
            throw Stop(reason: "it unpacks to more than \(Int(limits.maxCompressionRatio)) times its packed size.")
        }
    }
}
