/// Why a file could not be imported at all. Every case names the file, and the line where
/// there is one; `description` is a sentence fit to show a user.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The content is in none of the formats of `ExportFormat` (e.g. JSON, XML, a word list).
    case unknownFormat(file: String, detail: String)
    /// A delimited table with no title, abstract or DOI column; `line` is the header line.
    case missingTitleColumn(file: String, line: Int, header: String)
    /// The file is in a known format but broken at `line` (e.g. an unclosed quote or brace).
    case malformed(file: String, line: Int, reason: String)
    /// The bytes cannot be read as text in the encoding asked for.
    case undecodable(file: String, detail: String)
    /// The file holds no bytes (or only whitespace).
    case empty(file: String)

    public var description: String {
        switch self {
        case let .unknownFormat(file, detail):
            "\(file): not a bibliographic export in a known format (RIS, PubMed MEDLINE, Web of Science, CSV/TSV, BibTeX): \(detail)"
        case let .missingTitleColumn(file, line, header):
            "\(file), line \(line): the table has no title, abstract or DOI column (header: \(header))"
        case let .malformed(file, line, reason):
            "\(file), line \(line): \(reason)"
        case let .undecodable(file, detail):
            "\(file): cannot be read as text: \(detail)"
        case let .empty(file):
            "\(file): the file is empty"
        }
    }
}
