// UTF-8 decoding for the search code. A Swift String holds well-formed UTF-8; reading it as
// bytes and decoding by hand is several times faster than iterating `unicodeScalars`, which
// matters when every candidate source of a search is read. Should a sequence be cut short
// (impossible in a String), decoding stops there instead of reading past the buffer.

enum TextScalars {
    /// All scalars of a text (scalar offsets become array indices).
    static func of(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { decode($0) }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        Array(unsafeUninitializedCapacity: bytes.count) { out, initialized in
            initialized = 0
            guard let base = out.baseAddress, let p = bytes.baseAddress else { return }
            let count = bytes.count
            var i = 0
            var n = 0
            while i < count {
                let (scalar, length) = decodeOne(p, i, count)
                guard length > 0 else { break }
                (base + n).initialize(to: scalar)
                n += 1
                i += length
            }
            initialized = n
        }
    }

    /// The scalar starting at byte `i` and its length in bytes (0 when the sequence is cut short).
    @inline(__always)
    static func decodeOne(_ p: UnsafePointer<UInt8>, _ i: Int, _ count: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        let length = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
        guard i + length <= count else { return ("\u{FFFD}", 0) }
        var value = b0 & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        var k = 1
        while k < length {
            value = value << 6 | (UInt32(p[i + k]) & 0x3F)
            k += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
