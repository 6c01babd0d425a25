/// One line of UTF-8 text: the byte range without its terminator, and its 1-based number.
struct ByteLine: Sendable {
    var start: Int
    var end: Int
    var number: Int

    var isBlank: Bool { start == end }
}

/// Splits UTF-8 bytes into lines in one pass. CRLF, LF and a bare CR each end one line (bare
/// CR is the old Mac ending, and Web of Science RIS puts it between repeated `AD` values).
/// Trailing spaces and tabs are left out of each line's range.
struct ByteLines: Sequence, IteratorProtocol {
    let bytes: [UInt8]
    private var position = 0
    private var number = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Byte offset where the next line starts (for progress reports).
    var offset: Int { position }

    mutating func next() -> ByteLine? {
        let count = bytes.count
        guard position < count else { return nil }
        let start = position
        var i = position
        while i < count {
            let byte = bytes[i]
            if byte == 0x0A || byte == 0x0D { break }
            i += 1
        }
        var end = i
        if i < count {
            i += (bytes[i] == 0x0D && i + 1 < count && bytes[i + 1] == 0x0A) ? 2 : 1
        }
        position = i
        number += 1
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return ByteLine(start: start, end: end, number: number)
    }
}

extension Array where Element == UInt8 {
    /// The bytes `range` as a string with leading and trailing spaces and tabs removed.
    func trimmedString(_ start: Int, _ end: Int) -> String {
        var s = start, e = end
        while s < e && (self[s] == 0x20 || self[s] == 0x09) { s += 1 }
        while e > s && (self[e - 1] == 0x20 || self[e - 1] == 0x09) { e -= 1 }
        return String(decoding: self[s..<e], as: UTF8.self)
    }

    /// True when `self[start..<end]` starts with the ASCII `prefix`.
    func hasASCIIPrefix(_ prefix: StaticString, at start: Int, end: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard end - start >= count else { return false }
        let p = prefix.utf8Start
        for k in 0..<count where self[start + k] != p[k] { return false }
        return true
    }
}
