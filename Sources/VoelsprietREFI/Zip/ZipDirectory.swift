// A bounds-checked reader of a zip's central directory (PKWARE APPNOTE 6.3.10 §4.3: end of
// central directory record, ZIP64 locator and record, central file headers, local file headers,
// ZIP64 extra field 0x0001). ZIPFoundation's in-memory archive traps on offsets past the end of
// its data, so hostile uploads are never handed to it: this reader checks every offset and size
// against the bytes it has and only then lets ZIPFoundation inflate a range it has vetted.
import Foundation

/// One file of a zip, as its central directory describes it.
struct ZipEntryInfo: Sendable, Hashable {
    let path: String
    let method: UInt16
    let flags: UInt16
    let crc32: UInt32
    let compressedSize: UInt64
    let uncompressedSize: UInt64
    let localHeaderOffset: UInt64
    var isDirectory: Bool { path.hasSuffix("/") }
}

enum ZipFailure: Error {
    case damaged(String)
    case tooManyEntries(UInt64)
}

enum ZipDirectory {
    /// The entries of `data`, at most `maxEntries` (else `tooMany` with the count seen).
    static func entries(of bytes: ByteView, maxEntries: Int) throws(ZipFailure) -> [ZipEntryInfo] {
        let (count, size, offset) = try centralDirectory(bytes)
        guard count <= UInt64(maxEntries) else { throw ZipFailure.tooManyEntries(count) }
        guard offset <= UInt64(bytes.count), size <= UInt64(bytes.count) - offset else {
            throw ZipFailure.damaged("the central directory lies outside the file")
        }
        var out: [ZipEntryInfo] = []
        var position = Int(offset)
        let end = Int(offset + size)
        for _ in 0..<count {
            let (entry, next) = try centralHeader(bytes, at: position, end: end)
            out.append(entry)
            position = next
        }
        return out
    }

    /// The range of an entry's stored (compressed) bytes, checked against the local header.
    static func dataRange(of entry: ZipEntryInfo, in bytes: ByteView) throws(ZipFailure) -> Range<Int> {
        guard entry.localHeaderOffset <= UInt64(Int.max - 30) else { throw ZipFailure.damaged("local header offset out of range") }
        let at = Int(entry.localHeaderOffset)
        guard bytes.u32(at) == 0x0403_4B50, let nameLength = bytes.u16(at + 26), let extraLength = bytes.u16(at + 28) else {
            throw ZipFailure.damaged("no local file header where the central directory says")
        }
        let start = at + 30 + Int(nameLength) + Int(extraLength)
        guard entry.compressedSize <= UInt64(bytes.count), start <= bytes.count, Int(entry.compressedSize) <= bytes.count - start else {
            throw ZipFailure.damaged("the entry's data runs past the end of the file")
        }
        return start..<(start + Int(entry.compressedSize))
    }

    /// (entry count, directory size, directory offset) from the end records.
    private static func centralDirectory(_ bytes: ByteView) throws(ZipFailure) -> (UInt64, UInt64, UInt64) {
        guard bytes.count >= 22 else { throw ZipFailure.damaged("too short for a zip archive") }
        var eocd: Int? = nil
        var i = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while i >= lowest {
            if bytes.u32(i) == 0x0605_4B50 {
                eocd = i
                break
            }
            i -= 1
        }
        guard let eocd, let count16 = bytes.u16(eocd + 10), let size32 = bytes.u32(eocd + 12), let offset32 = bytes.u32(eocd + 16) else {
            throw ZipFailure.damaged("no end-of-central-directory record: truncated or not a zip")
        }
        guard count16 == 0xFFFF || size32 == 0xFFFF_FFFF || offset32 == 0xFFFF_FFFF else {
            return (UInt64(count16), UInt64(size32), UInt64(offset32))
        }
        return try zip64Directory(bytes, eocd: eocd)
    }

    private static func zip64Directory(_ bytes: ByteView, eocd: Int) throws(ZipFailure) -> (UInt64, UInt64, UInt64) {
        guard eocd >= 20, bytes.u32(eocd - 20) == 0x0706_4B50, let recordOffset = bytes.u64(eocd - 12),
            recordOffset <= UInt64(bytes.count), bytes.u32(Int(recordOffset)) == 0x0606_4B50
        else { throw ZipFailure.damaged("damaged ZIP64 end-of-central-directory record") }
        let at = Int(recordOffset)
        guard let count = bytes.u64(at + 32), let size = bytes.u64(at + 40), let offset = bytes.u64(at + 48) else {
            throw ZipFailure.damaged("damaged ZIP64 end-of-central-directory record")
        }
        return (count, size, offset)
    }

    private static func centralHeader(_ bytes: ByteView, at p: Int, end: Int) throws(ZipFailure) -> (ZipEntryInfo, Int) {
        guard p + 46 <= end, bytes.u32(p) == 0x0201_4B50, let flags = bytes.u16(p + 8), let method = bytes.u16(p + 10),
            let crc = bytes.u32(p + 16), let compressed = bytes.u32(p + 20), let uncompressed = bytes.u32(p + 24),
            let nameLength = bytes.u16(p + 28), let extraLength = bytes.u16(p + 30), let commentLength = bytes.u16(p + 32),
            let offset = bytes.u32(p + 42)
        else { throw ZipFailure.damaged("damaged central directory") }
        let nameStart = p + 46, extraStart = nameStart + Int(nameLength), next = extraStart + Int(extraLength) + Int(commentLength)
        guard next <= end else { throw ZipFailure.damaged("damaged central directory") }
        let nameBytes = bytes.slice(nameStart..<extraStart)
        let path = String(validating: nameBytes, as: UTF8.self) ?? String(nameBytes.map { Character(Unicode.Scalar($0)) })
        var sizes = (UInt64(uncompressed), UInt64(compressed), UInt64(offset))
        try applyZip64(bytes.slice(extraStart..<(extraStart + Int(extraLength))), to: &sizes)
        let entry = ZipEntryInfo(
            path: path, method: method, flags: flags, crc32: crc, compressedSize: sizes.1, uncompressedSize: sizes.0,
            localHeaderOffset: sizes.2)
        return (entry, next)
    }

    /// Replaces 0xFFFFFFFF sizes and offset by the values in the ZIP64 extra field (§4.5.3).
    private static func applyZip64(_ extra: [UInt8], to sizes: inout (UInt64, UInt64, UInt64)) throws(ZipFailure) {
        guard sizes.0 == 0xFFFF_FFFF || sizes.1 == 0xFFFF_FFFF || sizes.2 == 0xFFFF_FFFF else { return }
        let view = ByteView(extra)
        var p = 0
        while p + 4 <= extra.count {
            guard let id = view.u16(p), let length = view.u16(p + 2) else { break }
            if id == 0x0001 {
                var q = p + 4
                func take() -> UInt64? {
                    defer { q += 8 }
                    return q + 8 <= p + 4 + Int(length) ? view.u64(q) : nil
                }
                if sizes.0 == 0xFFFF_FFFF { sizes.0 = take() ?? sizes.0 }
                if sizes.1 == 0xFFFF_FFFF { sizes.1 = take() ?? sizes.1 }
                if sizes.2 == 0xFFFF_FFFF { sizes.2 = take() ?? sizes.2 }
                return
            }
            p += 4 + Int(length)
        }
        throw ZipFailure.damaged("sizes marked ZIP64 but no ZIP64 extra field")
    }
}

/// Little-endian reads that return nil instead of trapping outside the bytes.
struct ByteView {
    let bytes: [UInt8]
    init(_ data: Data) { bytes = [UInt8](data) }
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    var count: Int { bytes.count }

    func u16(_ at: Int) -> UInt16? {
        guard at >= 0, at <= bytes.count - 2 else { return nil }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    func u32(_ at: Int) -> UInt32? {
        guard let lo = u16(at), let hi = u16(at + 2) else { return nil }
        return UInt32(lo) | UInt32(hi) << 16
    }

    func u64(_ at: Int) -> UInt64? {
        guard let lo = u32(at), let hi = u32(at + 4) else { return nil }
        return UInt64(lo) | UInt64(hi) << 32
    }

    func slice(_ range: Range<Int>) -> [UInt8] {
        let lower = max(0, min(range.lowerBound, bytes.count)), upper = max(lower, min(range.upperBound, bytes.count))
        return Array(bytes[lower..<upper])
    }
}
