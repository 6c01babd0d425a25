// The one error type of transcript import. Every error names the file and, where it has one, the
// place in it (line and column, or the archive entry), so the researcher can find and fix it.

/// Why a transcript could not be imported, naming the file and the place.
///
/// `line` and `column` are 1-based. For byte-level problems (invalid UTF-8) `column` counts bytes
/// within the line and `byteOffset` is the 0-based offset in the whole file; for XML problems they
/// are the parser's line and column in the archive entry named by `entry`.
public struct TranscriptImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Bytes that are not valid in the (detected or declared) encoding.
        case invalidEncoding
        /// NUL bytes or other signs that the file is not text at all.
        case binaryContent
        /// The file or the text inside it is larger than the limit.
        case tooLarge
        /// An archive entry that would unpack to far more than its compressed size.
        case zipBomb
        /// A .docx that is not a ZIP archive, or whose archive cannot be read.
        case notAZipArchive
        /// A .docx without `word/document.xml`.
        case missingDocumentPart
        /// `word/document.xml` is not well-formed XML (or contains a DTD).
        case malformedXML
        /// A WebVTT/SRT time code that cannot be read.
        case malformedTimestamp
        /// A WebVTT/SRT structure problem (missing header, cue without a time code).
        case malformedCue
        /// A file without any text.
        case empty
    }

    public var kind: Kind
    public var fileName: String
    /// 1-based line of the problem, when known.
    public var line: Int?
    /// 1-based column of the problem (bytes for encoding errors), when known.
    public var column: Int?
    /// 0-based byte offset in the file (encoding errors only).
    public var byteOffset: Int?
    /// The archive entry the line/column refer to (.docx only), e.g. "word/document.xml".
    public var entry: String?
    /// What is wrong, in English, without the file name and place (those are added by
    /// `description`).
    public var detail: String

    public init(
        _ kind: Kind, fileName: String, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil,
        entry: String? = nil, detail: String
    ) {
        self.kind = kind
        self.fileName = fileName
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.entry = entry
        self.detail = detail
    }

    /// "interview3.txt, line 4, column 12 (byte 87): not valid UTF-8 …"
    public var description: String {
        var place = fileName
        if let entry { place += " (\(entry))" }
        if let line { place += ", line \(line)" }
        if let column { place += ", column \(column)" }
        if let byteOffset { place += " (byte \(byteOffset))" }
        return "\(place): \(detail)"
    }
}
