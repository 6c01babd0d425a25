// Paths and helpers of the REFI-QDA tests: the fixtures beside this file (made by
// Fixtures/make_fixtures.py), the shared samples and schemas beside the repository, xmllint.
import Foundation
import Testing
import VoelsprietQDA
import ZIPFoundation
@testable import VoelsprietREFI

enum REFIFixtures {
    /// Tests/VoelsprietREFITests/Fixtures
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// ../shared/refi-qda beside the repository (or `VOELSPRIET_REFI_DIR`).
    static let shared: URL = {
        if let override = ProcessInfo.processInfo.environment["VOELSPRIET_REFI_DIR"] { return URL(fileURLWithPath: override) }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // file → VoelsprietREFITests → Tests → repository
        return url.deletingLastPathComponent().appendingPathComponent("shared/refi-qda")
    }()

    static var samples: URL { shared.appendingPathComponent("samples") }
    static var projectSchema: URL { shared.appendingPathComponent("schema/Project-mrt2019.xsd") }
    static var codebookSchema: URL { shared.appendingPathComponent("schema/Codebook-mrt2019.xsd") }

    /// True when the shared REFI material is there. Missing in CI is a failure, elsewhere a skip.
    static func sharedAvailable() -> Bool {
        if FileManager.default.fileExists(atPath: samples.path) { return true }
        let message = "REFI-QDA samples not found at \(samples.path)"
        if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: message)) } else { print("warning: \(message); skipped") }
        return false
    }

    static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(relativePath))
    }

    static func sample(_ name: String) throws -> Data { try Data(contentsOf: samples.appendingPathComponent(name)) }

    static func json<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: data(name))
    }
}

/// What make_fixtures.py expects of one file.
struct ExpectedFile: Decodable {
    struct SourceInfo: Decodable { let guid: String, name: String, length: Int, utf16: Bool }
    struct CodingInfo: Decodable { let guid: String, source: String, code: String, coder: String?, start: Int, end: Int }
    struct TextInfo: Decodable { let guid: String, text: String }
    struct CodeInfo: Decodable { let guid: String, name: String, parent: String?, colour: String?, isCodable: Bool }

    let file: String
    let kind: String
    let origin: String?
    let codes: Int
    let codeNames: [String]?
    let users: Int?, coders: Int?, topCodes: Int?, maxCodeDepth: Int?, variables: Int?, cases: Int?
    let sourcesFound: Int?, textSources: Int?, sourcesImported: Int?, selectionsFound: Int?, codingsFound: Int?, codingsImported: Int?
    let utf16Sources: [String]?
    let sources: [SourceInfo]?
    let codings: [CodingInfo]?
    let texts: [TextInfo]?
    let codesSample: [CodeInfo]?
    let error: String?
    let projectFile: String?
}

struct ExpectedQuirk: Decodable {
    struct XMLError: Decodable { let line: Int, column: Int }
    let strict: ExpectedFile?
    let lenient: ExpectedFile?
    let xmlError: XMLError?
}

/// Runs /usr/bin/xmllint --noout --schema. Nil when xmllint is missing (then the caller fails
/// under CI and skips elsewhere).
enum XMLLint {
    static let path = "/usr/bin/xmllint"

    static var available: Bool {
        if FileManager.default.isExecutableFile(atPath: path) { return true }
        let message = "xmllint not found at \(path) (apt-get install libxml2-utils)"
        if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: message)) } else { print("warning: \(message); skipped") }
        return false
    }

    /// (exit status, xmllint's messages) for `xml` validated against `schema`.
    static func validate(_ xml: Data, schema: URL) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("refi-\(UUID().uuidString).xml")
        try xml.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--noout", "--schema", schema.path, file.path]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}

/// Reads an entry of a zip written by our writer (for the schema checks).
func zipEntry(_ data: Data, _ path: String) throws -> Data {
    let package = try REFIPackage(data: data, fileName: "export.qdpx", limits: REFILimits())
    return try package.read(path)
}

/// The text of a coding's range.
func selectedText(_ project: QDAProject, _ coding: Coding) -> String? {
    guard let source = project.sources.first(where: { $0.id == coding.sourceID }) else { return nil }
    return PositionIndex(source.text).substring(coding.range)
}

/// The REFIError a throwing read raised, or nil.
func refiError(_ body: () throws -> Void) -> REFIError? {
    do {
        try body()
        return nil
    } catch let error as REFIError {
        return error
    } catch {
        return nil
    }
}

/// Writes zips for hand-made test packages.
enum REFIZipTestWriter {
    struct NoData: Error {}

    static func zip(_ entries: [(String, Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
            }
        }
        guard let data = archive.data else { throw NoData() }
        return data
    }
}
