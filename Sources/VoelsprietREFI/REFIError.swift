// Why a REFI-QDA file could not be read or written. Every case names the file and the place —
// zip entry, XML line and column, element, source and selection GUID — so that a researcher can
// find the spot in the other tool.

/// An error reading or writing REFI-QDA exchange files (.qdpx, .qde, .qdc). An import that throws
/// has imported nothing: the readers return a value only when the whole file was read.
public enum REFIError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The upload has no bytes at all.
    case emptyFile(file: String)
    /// The upload (or the uncompressed content it asks for) is larger than the configured limit.
    case tooLarge(file: String, bytes: Int, limit: Int)
    /// Neither a zip archive nor XML.
    case unrecognisedFormat(file: String)
    /// The zip archive cannot be read (truncated, damaged central directory, checksum mismatch …).
    case corruptArchive(file: String, entry: String?, reason: String)
    /// More entries than the configured limit.
    case tooManyEntries(file: String, count: Int, limit: Int)
    /// An entry that inflates far beyond its compressed size or beyond what its header declares.
    case zipBomb(file: String, entry: String, reason: String)
    /// The archive holds no `.qde` project file (at its root or one folder deep).
    case noProjectFile(file: String)
    /// Several `.qde` files, none of them called project.qde.
    case ambiguousProjectFile(file: String, candidates: [String])
    /// The XML is not well-formed.
    case malformedXML(file: String, line: Int, column: Int, reason: String)
    /// The XML declares a DTD (REFI files never do; refused to rule out entity expansion attacks).
    case doctypeNotAllowed(file: String)
    /// Well-formed XML whose root element is not the REFI element expected here.
    case notREFI(file: String, root: String, expected: String)
    /// A source's text file is referenced but not in the archive.
    case missingSourceFile(source: String, path: String)
    /// A source's text file is in the archive but cannot be decoded (unknown encoding, damaged .docx).
    case undecodableSource(source: String, path: String, reason: String)
    /// A selection that lies outside its source, is reversed or splits a character.
    case invalidSelection(source: String, selection: String, reason: String)
    /// A coding that names a code the codebook does not have.
    case unknownCode(source: String, selection: String, code: String)
    /// The project cannot be exported as it is (codings outside their source, unknown codes …).
    case inconsistentProject(problems: [String])
    /// The exchange file cannot be produced (e.g. a REFI codebook needs at least one code).
    case unwritable(reason: String)

    public var description: String {
        switch self {
        case .emptyFile(let file): "\(file): the file is empty (0 bytes)"
        case .tooLarge(let file, let bytes, let limit):
            "\(file): \(bytes) bytes is more than the limit of \(limit) bytes"
        case .unrecognisedFormat(let file): "\(file): neither a REFI-QDA zip archive (.qdpx) nor XML (.qde/.qdc)"
        case .corruptArchive(let file, let entry, let reason):
            "\(file)\(entry.map { ", entry \"\($0)\"" } ?? ""): not a readable zip archive (\(reason))"
        case .tooManyEntries(let file, let count, let limit):
            "\(file): the archive has \(count) entries, more than the limit of \(limit)"
        case .zipBomb(let file, let entry, let reason): "\(file), entry \"\(entry)\": refused as a zip bomb (\(reason))"
        case .noProjectFile(let file): "\(file): the archive holds no .qde project file"
        case .ambiguousProjectFile(let file, let candidates):
            "\(file): several project files (\(candidates.joined(separator: ", "))) and none is project.qde"
        case .malformedXML(let file, let line, let column, let reason):
            "\(file), line \(line), column \(column): malformed XML (\(reason))"
        case .doctypeNotAllowed(let file): "\(file): the XML declares a DTD (<!DOCTYPE>), which REFI-QDA files never do"
        case .notREFI(let file, let root, let expected):
            "\(file): the root element is <\(root)>, not the REFI-QDA <\(expected)>"
        case .missingSourceFile(let source, let path): "source \"\(source)\": its text file \"\(path)\" is not in the archive"
        case .undecodableSource(let source, let path, let reason): "source \"\(source)\", file \"\(path)\": \(reason)"
        case .invalidSelection(let source, let selection, let reason): "source \"\(source)\", selection \(selection): \(reason)"
        case .unknownCode(let source, let selection, let code):
            "source \"\(source)\", selection \(selection): code \(code) is not in the codebook"
        case .inconsistentProject(let problems): "the project cannot be exported: " + problems.joined(separator: "; ")
        case .unwritable(let reason): "cannot write the REFI-QDA file: \(reason)"
        }
    }
}
