#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// A file's bytes, memory-mapped read-only when it is a regular file, read into memory
/// otherwise (pipes, /proc). Only a mapping of our own may hand pages back with `madvise`:
/// on anonymous memory that would zero them.
final class MappedFile {
    private let base: UnsafeMutableRawPointer?
    private let length: Int
    private let data: Data?

    /// Whether pages already read may be released (they are re-read from the file if touched).
    var canReleasePages: Bool { base != nil }

    init(path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw CLIError("cannot read \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 {
            let size = Int(status.st_size)
            let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
            if let mapped, mapped != MAP_FAILED {
                _ = madvise(mapped, size, Int32(MADV_SEQUENTIAL))
                base = mapped
                length = size
                data = nil
                return
            }
        }
        base = nil
        length = 0
        data = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).readDataToEndOfFile()
    }

    deinit {
        if let base { munmap(base, length) }
    }

    /// Runs `body` with the bytes.
    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        if let base { return try body(UnsafeRawBufferPointer(start: base, count: length)) }
        return try data!.withUnsafeBytes(body)
    }
}
