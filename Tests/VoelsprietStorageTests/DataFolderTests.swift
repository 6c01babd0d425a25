import Foundation
import Logging
import NIOCore
import PostgresKit
import Testing

@testable import VoelsprietStorage

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

/// While the database is out of reach, requests get 503 (the web) and the log says so once.
@Suite("Database availability")
struct DatabaseAvailabilityTests {
    final class Lines: @unchecked Sendable {
        var lines: [String] = []
        let lock = NSLock()
    }

    struct Capture: LogHandler {
        let store: Lines
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
            store.lock.withLock { store.lines.append("\(message)") }
        }
    }

    @Test("refused connections and pool time-outs mean unreachable; a constraint violation does not")
    func classification() {
        #expect(DatabaseAvailability.isUnavailable(IOError(errnoCode: ECONNREFUSED, reason: "connect")))
        #expect(DatabaseAvailability.isUnavailable(ConnectionPoolTimeoutError.connectionRequestTimeout))
        #expect(!DatabaseAvailability.isUnavailable(StorageError.duplicate("receipt")))
        #expect(!DatabaseAvailability.isUnavailable(IOError(errnoCode: ENOENT, reason: "open")))
    }

    @Test("an outage is logged once when it starts and once when it ends, with the requests turned away")
    func loggedOnce() {
        let store = Lines()
        let health = DatabaseHealth(logger: Logger(label: "t") { _ in Capture(store: store) })
        health.up()
        for _ in 0..<50 {
            health.failed(ConnectionPoolTimeoutError.connectionRequestTimeout)
            health.noteRefused()
        }
        health.failed(StorageError.duplicate("x"))
        #expect(health.isDown)
        health.up()
        health.up()
        #expect(store.lines.count == 2)
        #expect(store.lines.first?.hasPrefix("Database unreachable") == true)
        #expect(store.lines.last == "Database reachable again (50 requests were answered 503 meanwhile)")
    }
}
