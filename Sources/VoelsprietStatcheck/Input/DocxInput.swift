// Word .docx: the ZIP archive is opened in memory and word/document.xml unpacked under the same
// size and compression-ratio limits as the transcript reader's (a zip bomb is stopped while it
// unpacks); `DocxLineParser` then gives one line per paragraph and per table row.
import Foundation
import ZIPFoundation

enum DocxInput {
    static let documentPath = "word/document.xml"

    static func lines(_ data: Data, fileName: String, limits: StatcheckInput.Limits) throws(StatcheckInputError) -> [SourceLine] {
        let xml = try documentXML(data, fileName: fileName, limits: limits)
        if xml.range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw StatcheckInputError(
                .malformedXML, fileName: fileName, entry: documentPath,
                detail: "the document XML contains a DTD (<!DOCTYPE>), which Word documents never have.")
        }
        let parser = DocxLineParser()
        guard parser.parse(xml) else {
            let (message, line, column) = parser.failure ?? ("the XML could not be parsed", 0, 0)
            throw StatcheckInputError(
                .malformedXML, fileName: fileName, line: line > 0 ? line : nil, column: column > 0 ? column : nil,
                entry: documentPath, detail: "malformed XML: \(message)")
        }
        let bytes = parser.lines.reduce(0) { $0 + $1.utf8.count + 1 }
        guard bytes <= limits.maxTextBytes else {
            throw StatcheckInputError(.tooLarge, fileName: fileName, detail: "the text is \(bytes) bytes, more than the limit of \(limits.maxTextBytes) bytes.")
        }
        return parser.lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
    }

    /// The bytes of word/document.xml, unpacked under the limits.
    static func documentXML(_ data: Data, fileName: String, limits: StatcheckInput.Limits) throws(StatcheckInputError) -> Data {
        guard data.count <= limits.maxArchiveBytes else {
            throw StatcheckInputError(.tooLarge, fileName: fileName, detail: "the file is \(data.count) bytes, more than the limit of \(limits.maxArchiveBytes) bytes.")
        }
        guard data.count >= 4, data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]) else {
            throw StatcheckInputError(.notADocx, fileName: fileName, detail: "this is not a Word .docx file: it is not a ZIP archive (it does not start with PK).")
        }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw StatcheckInputError(.notADocx, fileName: fileName, detail: "the ZIP archive cannot be read (\(error)); the file may be damaged or incomplete.")
        }
        guard let entry = archive[documentPath] ?? archive.first(where: { $0.path.lowercased() == documentPath }) else {
            throw StatcheckInputError(.notADocx, fileName: fileName, detail: "the archive has no \(documentPath), so it is not a Word document.")
        }
        let declared = entry.uncompressedSize, packed = max(entry.compressedSize, 1)
        if declared > UInt64(limits.maxDocumentBytes)
            || (declared > UInt64(limits.ratioFloorBytes) && Double(declared) / Double(packed) > limits.maxCompressionRatio)
        {
            throw bomb(fileName, "it declares \(declared) bytes unpacked from \(entry.compressedSize) packed.")
        }
        return try extract(entry, from: archive, fileName: fileName, limits: limits)
    }

    /// Stops as soon as the bytes read pass the size limit, the declared size or the ratio limit.
    private static func extract(_ entry: Entry, from archive: Archive, fileName: String, limits: StatcheckInput.Limits) throws(StatcheckInputError) -> Data {
        var out = Data()
        let packed = Double(max(entry.compressedSize, 1))
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                out.append(chunk)
                let total = out.count
                if total > limits.maxDocumentBytes || UInt64(total) > entry.uncompressedSize
                    || (total > limits.ratioFloorBytes && Double(total) / packed > limits.maxCompressionRatio)
                {
                    throw ExtractionStopped()
                }
            }
        } catch is ExtractionStopped {
            throw bomb(fileName, "it unpacks to more than its declared size, the size limit or \(Int(limits.maxCompressionRatio)) times its packed size.")
        } catch {
            throw StatcheckInputError(.notADocx, fileName: fileName, entry: documentPath, detail: "the entry cannot be unpacked (\(error)); the file may be damaged.")
        }
        guard checksum == entry.checksum else {
            throw StatcheckInputError(.notADocx, fileName: fileName, entry: documentPath, detail: "the entry is damaged (its CRC-32 checksum does not match).")
        }
        return out
    }

    private struct ExtractionStopped: Error {}

    private static func bomb(_ fileName: String, _ reason: String) -> StatcheckInputError {
        StatcheckInputError(.zipBomb, fileName: fileName, entry: documentPath, detail: "refused as a possible zip bomb: " + reason)
    }
}
