import Foundation
import VoelsprietQDA

/// Reads a file into lines for `Statcheck.check(lines:alpha:)`.
///
/// Formats by extension: .txt/.text (and unknown extensions) plain text; .md/.markdown Markdown
/// (read as plain text: emphasis and pipe tables are understood by the checks); .html/.htm/.xhtml
/// HTML (tags stripped, entities decoded, one line per block, `<tr>` rows as tab-separated
/// lines, source line numbers kept); .docx Word (one line per paragraph, a table row as one
/// tab-separated line; the archive is read under the transcript reader's zip limits, but the XML
/// by its own parser, because `DocxReader` gives table cells one line each). Text encodings:
/// UTF-8, UTF-16 with a byte-order mark, otherwise Windows-1252 when the bytes are not UTF-8. .doc, .pdf, .odt and .rtf are refused with an
/// error that says to convert them.
public enum StatcheckInput {
    /// Limits against oversized and hostile files.
    public struct Limits: Sendable, Hashable {
        /// Largest text file (or extracted .docx text), in bytes.
        public var maxTextBytes: Int
        /// Largest .docx archive and unpacked document part, and the zip-bomb ratio.
        public var maxArchiveBytes: Int
        public var maxDocumentBytes: Int
        public var maxCompressionRatio: Double
        public var ratioFloorBytes: Int

        /// By default the limits of the transcript reader: 50 MiB of text (≈ 15,000 pages) and the
        /// archive limits of `DocxReader.Limits.standard`.
        public init(
            maxTextBytes: Int = TranscriptReader.defaultMaxTextBytes,
            maxArchiveBytes: Int = DocxReader.Limits.standard.maxArchiveBytes,
            maxDocumentBytes: Int = DocxReader.Limits.standard.maxDocumentBytes,
            maxCompressionRatio: Double = DocxReader.Limits.standard.maxCompressionRatio,
            ratioFloorBytes: Int = DocxReader.Limits.standard.ratioFloorBytes
        ) {
            self.maxTextBytes = maxTextBytes
            self.maxArchiveBytes = maxArchiveBytes
            self.maxDocumentBytes = maxDocumentBytes
            self.maxCompressionRatio = maxCompressionRatio
            self.ratioFloorBytes = ratioFloorBytes
        }

        public static let standard = Limits()
    }

    /// The input formats.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case plainText, markdown, html, docx
    }

    /// The lines of `data`, read according to `fileName`'s extension, with the standard limits.
    public static func lines(data: Data, fileName: String) throws(StatcheckInputError) -> [SourceLine] {
        try lines(data: data, fileName: fileName, limits: .standard)
    }

    /// The lines of `data`, read according to `fileName`'s extension.
    public static func lines(data: Data, fileName: String, limits: Limits) throws(StatcheckInputError) -> [SourceLine] {
        let format = try format(fileName: fileName, data: data)
        let lines: [SourceLine]
        switch format {
        case .docx: lines = try DocxInput.lines(data, fileName: fileName, limits: limits)
        case .html: lines = HTMLInput.lines(try PlainTextInput.text(data, fileName: fileName, limits: limits))
        case .plainText, .markdown: lines = PlainTextInput.lines(try PlainTextInput.text(data, fileName: fileName, limits: limits))
        }
        guard lines.contains(where: { !$0.text.trimmingSpaces().isEmpty }) else {
            throw StatcheckInputError(.empty, fileName: fileName, detail: "the file contains no text.")
        }
        return lines
    }

    /// The format by extension (unknown extensions: a ZIP header means .docx, else plain text).
    public static func format(fileName: String, data: Data) throws(StatcheckInputError) -> Format {
        let parts = fileName.split(separator: ".")
        let ext = parts.count > 1 ? parts.last.map { $0.lowercased() } : nil
        switch ext {
        case "md", "markdown": return .markdown
        case "html", "htm", "xhtml": return .html
        case "docx": return .docx
        case "txt", "text": return .plainText
        case "doc", "pdf", "odt", "rtf", "pages", "xlsx", "pptx":
            throw StatcheckInputError(
                .unsupportedFormat, fileName: fileName,
                detail: "\(ext ?? "this") files cannot be read; save the document as .docx, .txt, .md or .html.")
        default:
            return data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]) ? .docx : .plainText
        }
    }
}
