/// Why a file could not be read for a statistics check, naming the file and, where known, the
/// place (1-based line and column; for .docx the archive entry).
public struct StatcheckInputError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// No visible text.
        case empty
        /// Larger than the limit.
        case tooLarge
        /// Bytes that are no text in UTF-8, UTF-16 (with BOM) or Windows-1252.
        case invalidEncoding
        /// NUL bytes: a binary file.
        case binaryContent
        /// A .docx that is not a ZIP archive, or a damaged one.
        case notADocx
        /// A .docx whose word/document.xml would unpack to far more than its packed size.
        case zipBomb
        /// word/document.xml is not well-formed XML (or has a DTD).
        case malformedXML
        /// A format that cannot be read (.doc, .pdf, .odt, …).
        case unsupportedFormat
    }

    public var kind: Kind
    public var fileName: String
    public var line: Int?
    public var column: Int?
    /// The archive entry `line` and `column` refer to (.docx).
    public var entry: String?
    /// What is wrong, in English, without the file name.
    public var detail: String

    public init(_ kind: Kind, fileName: String, line: Int? = nil, column: Int? = nil, entry: String? = nil, detail: String) {
        self.kind = kind
        self.fileName = fileName
        self.line = line
        self.column = column
        self.entry = entry
        self.detail = detail
    }

    /// "rapport.docx (word/document.xml), line 3, column 7: malformed XML: …"
    public var description: String {
        var place = fileName
        if let entry { place += " (\(entry))" }
        if let line { place += ", line \(line)" }
        if let column { place += ", column \(column)" }
        return "\(place): \(detail)"
    }
}
