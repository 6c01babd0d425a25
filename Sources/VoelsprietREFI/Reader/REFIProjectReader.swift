// Reads a REFI-QDA project: a .qdpx (zip: the project XML plus its sources) or a bare .qde.
//
// Policy (see `REFIImportOptions.lenient`): strict by default. A damaged file (corrupt zip, zip
// bomb, malformed XML, wrong root) always fails. A damaged part that would silently lose coded
// data — a selection outside its source, reversed or splitting a character; a coding of an
// unknown code; a source file that is missing from a package that bundles sources, or in an
// unknown encoding — fails the whole import in strict mode and is skipped with a warning in
// lenient mode. Parts that Voelspriet cannot hold are skipped with a warning in both modes:
// non-text sources, sources whose text is not bundled (a bare .qde, or a .qdpx with no source
// files at all, as ATLAS.ti may export), sets, links, graphs.
//
// Positions (see `SelectionMapper`): REFI code points, end exclusive, counted over the text
// without its BOM and with CRLF as two; NVivo's UTF-16 units are converted when the producer is
// NVivo and the text has characters outside the BMP; every position is then mapped to the stored
// text (LF only). Inline `PlainTextContent` has had its line ends normalised by the XML parser
// (XML 1.0 §2.11), so positions there count LF only.
import Foundation
import VoelsprietQDA

/// Reads .qdpx and .qde files. Pure: takes the bytes, returns values.
public enum REFIProjectReader {
    /// Reads `data`; `fileName` names the upload in messages (and tells .qdpx from .qde when the
    /// bytes are neither zip nor XML).
    public static func read(_ data: Data, fileName: String, options: REFIImportOptions = REFIImportOptions()) throws(REFIError) -> REFIImport {
        try InputKind.checkSize(data, fileName: fileName, limits: options.limits)
        let xml: Data, projectFile: String, locator: SourceLocator
        switch InputKind.of(data) {
        case .zip:
            let package = try REFIPackage(data: data, fileName: fileName, limits: options.limits)
            let path = try projectFilePath(in: package)
            xml = try package.read(path)
            projectFile = path
            let folder = path.split(separator: "/").dropLast().joined(separator: "/")
            locator = SourceLocator(package: package, directory: folder.isEmpty ? "" : folder + "/")
        case .xml:
            xml = data
            projectFile = fileName
            locator = SourceLocator(package: nil, directory: "")
        case .unknown:
            if fileName.lowercased().hasSuffix(".qdpx") {
                throw .corruptArchive(file: fileName, entry: nil, reason: "does not start with a zip signature")
            }
            throw .unrecognisedFormat(file: fileName)
        }
        let place = projectFile == fileName ? fileName : "\(fileName): \(projectFile)"
        let root = try XMLTree.parse(xml, file: place)
        try checkRoot(root, file: place)
        var log = ImportLog(file: place, lenient: options.lenient)
        if let ns = root.namespace, !ns.lowercased().hasPrefix("urn:qda-xml:project") {
            log.warn("\(place): namespace \"\(ns)\" is not urn:QDA-XML:project:1.0; read as REFI-QDA all the same")
        }
        var builder = ProjectBuilder(root: root, locator: locator, options: options, log: log, projectFile: projectFile)
        let defaultName = (fileName as NSString).deletingPathExtension
        return try builder.build(defaultName: defaultName.isEmpty ? fileName : defaultName)
    }

    /// The project XML of a package: the one `.qde` at the root, else the one a folder deep;
    /// among several at the same depth, the one named project.qde (any case).
    static func projectFilePath(in package: REFIPackage) throws(REFIError) -> String {
        let qdes = package.paths.filter { $0.lowercased().hasSuffix(".qde") }
        for depth in 0...1 {
            let level = qdes.filter { $0.split(separator: "/").count == depth + 1 }
            if level.count == 1, let only = level.first { return only }
            if level.count > 1 {
                let named = level.filter { ($0.split(separator: "/").last ?? "").lowercased() == "project.qde" }
                if named.count == 1, let only = named.first { return only }
                throw .ambiguousProjectFile(file: package.fileName, candidates: level)
            }
        }
        throw .noProjectFile(file: package.fileName)
    }

    private static func checkRoot(_ root: XNode, file: String) throws(REFIError) {
        guard root.name == "Project" else {
            let shown = root.namespace.map { "\(root.name) xmlns=\"\($0)\"" } ?? root.name
            throw .notREFI(file: file, root: shown, expected: "Project")
        }
    }
}

/// What the first bytes say an upload is.
enum InputKind {
    case zip, xml, unknown

    static func of(_ data: Data) -> InputKind {
        let head = [UInt8](data.prefix(8))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .xml }  // UTF-16 XML
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "<") ? .xml : .unknown
    }

    static func checkSize(_ data: Data, fileName: String, limits: REFILimits) throws(REFIError) {
        if data.isEmpty { throw .emptyFile(file: fileName) }
        if data.count > limits.maxInputBytes { throw .tooLarge(file: fileName, bytes: data.count, limit: limits.maxInputBytes) }
    }
}
