// The files of a .qdpx (a zip archive, REFI-QDA 1.5 §8), read in memory with guards against
// hostile archives: every offset checked against the bytes (`ZipDirectory`), an entry limit, a
// per-entry compression-ratio limit, and a budget of uncompressed bytes that is counted while
// inflating, because a zip's declared sizes can lie. ZIPFoundation only inflates vetted ranges.
import Foundation
import ZIPFoundation

/// An opened .qdpx. Paths are looked up case-insensitively (Sources/ vs sources/,
/// Project.qde vs project.qde).
final class REFIPackage {
    let fileName: String
    private let bytes: ByteView
    private let limits: REFILimits
    /// Regular files by lowercased path (the first of equal paths wins).
    private let files: [String: ZipEntryInfo]
    /// Paths of regular files, in archive order.
    let paths: [String]
    private var budget: Int

    init(data: Data, fileName: String, limits: REFILimits) throws(REFIError) {
        self.fileName = fileName
        self.limits = limits
        budget = limits.maxUncompressedBytes
        bytes = ByteView(data)
        let entries: [ZipEntryInfo]
        do {
            entries = try ZipDirectory.entries(of: bytes, maxEntries: limits.maxEntries)
        } catch {
            switch error {
            case .tooManyEntries(let count):
                throw .tooManyEntries(file: fileName, count: Int(clamping: count), limit: limits.maxEntries)
            case .damaged(let reason): throw .corruptArchive(file: fileName, entry: nil, reason: reason)
            }
        }
        var files: [String: ZipEntryInfo] = [:], paths: [String] = []
        for entry in entries where !entry.isDirectory && !entry.path.hasPrefix("__MACOSX/") {
            let key = entry.path.lowercased()
            if files[key] == nil {
                files[key] = entry
                paths.append(entry.path)
            }
        }
        self.files = files
        self.paths = paths
    }

    /// The path as stored in the archive for a case-insensitive lookup, or nil.
    func find(_ path: String) -> String? { files[path.lowercased()]?.path }

    /// True when the archive holds files besides its project XML (ignoring dot files such as
    /// NVivo's `sources/.root`). An archive without any is a "sources not bundled" export.
    var bundlesSources: Bool {
        paths.contains { path in
            let last = path.split(separator: "/").last.map(String.init) ?? path
            return !path.lowercased().hasSuffix(".qde") && !last.hasPrefix(".")
        }
    }

    /// The bytes of one entry, inflated under the limits and checked against its CRC-32.
    func read(_ path: String) throws(REFIError) -> Data {
        guard let entry = files[path.lowercased()] else {
            throw .corruptArchive(file: fileName, entry: path, reason: "no such entry")
        }
        try checkDeclared(entry)
        guard entry.flags & 1 == 0 else { throw .corruptArchive(file: fileName, entry: path, reason: "the entry is encrypted") }
        let range: Range<Int>
        do {
            range = try ZipDirectory.dataRange(of: entry, in: bytes)
        } catch {
            throw .corruptArchive(file: fileName, entry: path, reason: REFIPackage.reason(error))
        }
        let out = try contents(of: entry, range: range)
        guard out.count == Int(entry.uncompressedSize) else {
            throw .corruptArchive(file: fileName, entry: path, reason: "\(out.count) bytes where the header declares \(entry.uncompressedSize)")
        }
        guard out.crc32(checksum: 0) == entry.crc32 else {
            throw .corruptArchive(file: fileName, entry: path, reason: "CRC-32 checksum mismatch")
        }
        budget -= out.count
        return out
    }

    private func contents(of entry: ZipEntryInfo, range: Range<Int>) throws(REFIError) -> Data {
        switch entry.method {
        case 0: return Data(bytes.slice(range))
        case 8:
            do {
                return try Inflater.inflate(bytes, range: range, cap: Int(entry.uncompressedSize))
            } catch Inflater.Failure.beyondCap {
                throw .zipBomb(file: fileName, entry: entry.path, reason: "inflates beyond the \(entry.uncompressedSize) bytes its header declares: damaged, or a zip bomb")
            } catch {
                throw .corruptArchive(file: fileName, entry: entry.path, reason: "the compressed data is damaged")
            }
        default:
            throw .corruptArchive(file: fileName, entry: entry.path, reason: "compression method \(entry.method) is not supported (only stored and deflate)")
        }
    }

    private func checkDeclared(_ entry: ZipEntryInfo) throws(REFIError) {
        let declared = entry.uncompressedSize, compressed = entry.compressedSize
        guard declared <= UInt64(max(budget, 0)) else {
            throw .tooLarge(file: "\(fileName), entry \"\(entry.path)\"", bytes: Int(clamping: declared), limit: limits.maxUncompressedBytes)
        }
        if declared > UInt64(limits.ratioCheckFloor) {
            let ratio = compressed == 0 ? UInt64.max : declared / compressed
            if ratio > UInt64(limits.maxCompressionRatio) {
                throw .zipBomb(
                    file: fileName, entry: entry.path,
                    reason: "\(declared) bytes from \(compressed) compressed, a ratio above \(limits.maxCompressionRatio)")
            }
        }
    }

    /// Nil when every entry of a zip (e.g. a .docx inside the package) lies within its bytes,
    /// else why not — checked before the zip is handed to a reader built on ZIPFoundation.
    static func vet(_ data: Data) -> String? {
        let bytes = ByteView(data)
        do {
            for entry in try ZipDirectory.entries(of: bytes, maxEntries: 100_000) { _ = try ZipDirectory.dataRange(of: entry, in: bytes) }
            return nil
        } catch {
            return reason(error)
        }
    }

    private static func reason(_ error: ZipFailure) -> String {
        switch error {
        case .damaged(let reason): reason
        case .tooManyEntries(let count): "\(count) entries"
        }
    }
}

/// Raw-deflate inflation of a vetted byte range through ZIPFoundation, stopped as soon as the
/// output passes `cap`.
enum Inflater {
    enum Failure: Error { case beyondCap, truncated }
    static let chunk = 32 * 1024

    static func inflate(_ bytes: ByteView, range: Range<Int>, cap: Int) throws -> Data {
        var out = Data()
        out.reserveCapacity(min(cap, 64 << 20))
        _ = try Data.decompress(size: Int64(range.count), bufferSize: chunk, skipCRC32: true, provider: { position, size in
            // ZIPFoundation's zlib path on Linux always asks for a full chunk and hands zlib the
            // whole chunk: past the end it gets zeros (an invalid deflate block), once.
            let start = range.lowerBound + Int(position)
            guard Int(position) < range.count + chunk else { throw Failure.truncated }
            var piece = bytes.slice(start..<min(start + size, range.upperBound))
            if piece.count < size { piece += [UInt8](repeating: 0, count: size - piece.count) }
            return Data(piece)
        }, consumer: { data in
            guard out.count + data.count <= cap else { throw Failure.beyondCap }
            out.append(data)
        })
        return out
    }
}

/// A structural check of a zip archive (central directory, offsets, sizes) made without
/// ZIPFoundation, whose in-memory reader stops the process on offsets past the end of the data.
/// Callers that hand uploaded zips (a .docx) to ZIPFoundation check them here first.
public enum ZipArchiveCheck {
    /// nil when the archive is sound enough to open; otherwise what is wrong with it.
    public static func problem(_ data: Data) -> String? { REFIPackage.vet(data) }
}
