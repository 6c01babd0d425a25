// Token boundaries (see SearchTokenizer.swift for the rules), found in one pass over a text's
// UTF-8 with the scalar offset counted alongside. ASCII bytes are classified inline; other
// scalars are decoded and classified by their Unicode properties.

/// Where one token is: in scalars (for ranges) and in UTF-8 bytes (to read it back). Offsets
/// are kept as UInt32 (16 bytes a token instead of 32); `TokenScanner` reads at most the first
/// 4 GiB of a text.
struct TokenSpan {
    private let s0: UInt32, s1: UInt32, b0: UInt32, b1: UInt32
    /// Only ASCII letters, digits and apostrophes.
    let ascii: Bool

    init(scalarStart: Int, scalarEnd: Int, byteStart: Int, byteEnd: Int, ascii: Bool) {
        s0 = UInt32(truncatingIfNeeded: scalarStart)
        s1 = UInt32(truncatingIfNeeded: scalarEnd)
        b0 = UInt32(truncatingIfNeeded: byteStart)
        b1 = UInt32(truncatingIfNeeded: byteEnd)
        self.ascii = ascii
    }

    var scalarStart: Int { Int(s0) }
    var scalarEnd: Int { Int(s1) }
    var byteStart: Int { Int(b0) }
    var byteEnd: Int { Int(b1) }
    var byteCount: Int { Int(b1 - b0) }

    var range: ScalarRange { ScalarRange(start: scalarStart, end: scalarEnd) }

    /// The token's UTF-8 as a String (short tokens need no allocation).
    func raw(in bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[byteStart..<byteEnd]), as: UTF8.self)
        }
    }

    /// The token's scalars.
    func scalars(in bytes: [UInt8]) -> [Unicode.Scalar] {
        bytes.withUnsafeBufferPointer { buffer in
            let part = UnsafeBufferPointer(rebasing: buffer[byteStart..<byteEnd])
            if ascii { return part.map { Unicode.Scalar($0) } }
            return TextScalars.decode(part)
        }
    }
}

enum TokenScanner {
    /// The text's UTF-8 and its token spans.
    static func spans(in text: String) -> (bytes: [UInt8], spans: [TokenSpan]) {
        var bytes = Array(text.utf8)
        if bytes.count > Int(UInt32.max) { bytes = Array(bytes.prefix(Int(UInt32.max) - 4)) }
        var spans: [TokenSpan] = []
        spans.reserveCapacity(bytes.count / 6 + 1)
        bytes.withUnsafeBufferPointer { buffer in scan(buffer) { spans.append($0) } }
        return (bytes, spans)
    }

    @inline(__always)
    private static func isASCIIWord(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
    }

    /// Calls `body` for each token, in order.
    @inline(__always)
    static func scan(_ buffer: UnsafeBufferPointer<UInt8>, _ body: (TokenSpan) -> Void) {
        guard let p = buffer.baseAddress else { return }
        let n = buffer.count
        var i = 0, si = 0
        while i < n {
            let byteStart = i
            let b = p[i]
            var isWord: Bool
            if b < 0x80 {
                isWord = isASCIIWord(b)
                i += 1
            } else {
                let (s, length) = TextScalars.decodeOne(p, i, n)
                guard length > 0 else { return }
                isWord = SearchFolding.classify(s) == .word
                i += length
            }
            si += 1
            guard isWord else { continue }
            let scalarStart = si - 1
            var ascii = b < 0x80
            continueToken(p, n, &i, &si, &ascii)
            body(TokenSpan(scalarStart: scalarStart, scalarEnd: si, byteStart: byteStart, byteEnd: i, ascii: ascii))
        }
    }

    /// Moves `i`/`si` past the rest of a token that has begun.
    @inline(__always)
    private static func continueToken(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: inout Int, _ si: inout Int, _ ascii: inout Bool) {
        while i < n {
            let c = p[i]
            if c < 0x80, isASCIIWord(c) {
                i += 1
                si += 1
                continue
            }
            let (s, length) = TextScalars.decodeOne(p, i, n)
            guard length > 0 else { return }
            let cls = SearchFolding.classify(s)
            if cls == .word || cls == .mark {
                ascii = false
                i += length
                si += 1
                continue
            }
            guard cls == .apostrophe || cls == .joiner, i + length < n else { return }
            let (next, nextLength) = TextScalars.decodeOne(p, i + length, n)
            guard nextLength > 0, SearchFolding.classify(next) == .word else { return }
            if c >= 0x80 || next.value >= 0x80 { ascii = false }
            i += length + nextLength
            si += 2
        }
    }
}
