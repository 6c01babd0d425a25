import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The SQLite data folder's permissions: only its owner may enter it.
///
/// The folder is created `0700` and the database files (`voelspriet.sqlite` and its `-wal` and
/// `-shm` companions) are made `0600` before SQLite opens them, whatever the process umask.
/// `serve` refuses a folder that others can read or enter (`exposure(of:)`), because the files
/// hold answers and contact details.
public enum DataFolder {
    public static let databaseFileName = "voelspriet.sqlite"
    static let companions = ["", "-wal", "-shm", "-journal"]

    /// Creates the folder (`0700`, parents included) and the database file (`0600`) when missing,
    /// and takes group and other permissions off the database files that exist.
    public static func prepare(directory: String) throws {
        let manager = FileManager.default
        if !manager.fileExists(atPath: directory) {
            try manager.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            // createDirectory applies the umask on some platforms: set the mode explicitly.
            guard chmod(directory, 0o700) == 0 else { throw failure("could not restrict", directory) }
        }
        let database = path(in: directory)
        if !manager.fileExists(atPath: database) {
            let descriptor = open(database, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw failure("could not create", database) }
            close(descriptor)
        }
        for suffix in companions {
            let file = database + suffix
            if manager.fileExists(atPath: file), chmod(file, 0o600) != 0 { throw failure("could not restrict", file) }
        }
    }

    /// A sentence saying why the folder is not private (others may read or enter it), or nil
    /// when it is private or does not exist yet (`prepare` will create it private).
    public static func exposure(of directory: String) -> String? {
        var status = stat()
        guard stat(directory, &status) == 0 else { return nil }
        let mode = status.st_mode & 0o777
        guard mode & 0o077 != 0 else { return nil }
        return "The data folder \(directory) can be read by other users (mode \(String(mode, radix: 8))). "
            + "It holds answers and contact details: run `chmod 700 \(directory)` and start again."
    }

    public static func path(in directory: String) -> String {
        (directory as NSString).appendingPathComponent(databaseFileName)
    }

    private static func failure(_ what: String, _ path: String) -> StorageError {
        StorageError.corrupt("\(what) \(path): \(String(cString: strerror(errno)))")
    }
}
