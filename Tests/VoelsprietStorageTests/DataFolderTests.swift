import Foundation
import Logging
import Testing
import VoelsprietStorage

#if canImport(Glibc)
    import Glibc
#endif

/// Finding: the data folder and the database files were world-readable under the default
/// umask. They are the owner's only, whatever the umask, and a folder others can read is named.
@Suite("Data folder permissions")
struct DataFolderTests {
    static func mode(_ path: String) -> mode_t {
        var status = stat()
        #expect(stat(path, &status) == 0, "\(path) exists")
        return status.st_mode & 0o777
    }

    @Test("a new data folder is 0700 and every database file 0600, even under umask 022")
    func ownerOnly() async throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("vs-modes-\(UUID().uuidString)").path
        let directory = parent + "/nested/data"
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let previous = umask(0o022)
        defer { umask(previous) }
        let client = try await DatabaseClientFactory.open(.sqlite(directory: directory), logger: Logger(label: "test"))
        // A write, so that the write-ahead log and its index exist.
        try await client.sql.raw("CREATE TABLE probe (x TEXT)").run()
        try await client.sql.raw("INSERT INTO probe VALUES ('x')").run()
        #expect(Self.mode(directory) == 0o700)
        let database = DataFolder.path(in: directory)
        for file in [database, database + "-wal", database + "-shm"] {
            #expect(Self.mode(file) == 0o600, "\(file)")
        }
        try await client.shutdown()
        #expect(DataFolder.exposure(of: directory) == nil)
    }

    @Test("a folder others can read or enter is named, with the command that fixes it")
    func exposedFolder() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vs-open-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for mode: mode_t in [0o755, 0o750, 0o701] {
            chmod(directory, mode)
            let message = try #require(DataFolder.exposure(of: directory))
            #expect(message.contains(directory) && message.contains("chmod 700"))
        }
        chmod(directory, 0o700)
        #expect(DataFolder.exposure(of: directory) == nil)
        #expect(DataFolder.exposure(of: directory + "/missing") == nil)
    }

    @Test("files made readable by others are taken back to 0600 when the folder is opened")
    func loosenedFiles() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vs-loose-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await DatabaseClientFactory.open(.sqlite(directory: directory), logger: Logger(label: "test")).shutdown()
        let database = DataFolder.path(in: directory)
        chmod(database, 0o644)
        try await DatabaseClientFactory.open(.sqlite(directory: directory), logger: Logger(label: "test")).shutdown()
        #expect(Self.mode(database) == 0o600)
    }
}
