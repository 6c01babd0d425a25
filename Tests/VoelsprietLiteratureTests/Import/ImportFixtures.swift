import Foundation
@testable import VoelsprietLiterature

/// Fixtures of the import tests, in `Tests/VoelsprietLiteratureTests/Fixtures/Import/`.
enum ImportFixtures {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Import", isDirectory: true)

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    static func read(_ name: String) throws -> ImportedFile {
        try LiteratureImporter.read(try data(name), fileName: name)
    }

    /// The error `read` throws for fixture `name`, or nil when it reads.
    static func error(_ name: String) throws -> ImportError? {
        let bytes = try data(name)
        do {
            _ = try LiteratureImporter.read(bytes, fileName: name)
            return nil
        } catch {
            return error
        }
    }
}
