import Foundation

/// The text of an export as UTF-8 bytes, after the byte-order mark is removed and other
/// encodings are transcoded. Parsers work on these bytes (not on `String`) so that a file of
/// hundreds of megabytes is read in one linear pass.
struct ExportText: Sendable {
    var bytes: [UInt8]
    var warnings: [ImportWarning]

    /// Decodes `data`: a forced `encoding` wins; else a BOM (UTF-8, UTF-16 LE/BE); else UTF-8
    /// if valid; else Windows-1252, with a warning naming the line of the first invalid byte.
    static func decode(_ data: Data, fileName: String, encoding: TextEncodingChoice?) throws(ImportError) -> ExportText {
        let raw = [UInt8](data)
        if let encoding {
            return try decodeForced(raw, encoding: encoding, fileName: fileName)
        }
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decodeForced(Array(raw.dropFirst(3)), encoding: .utf8, fileName: fileName)
        }
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(raw, fileName: fileName)
        }
        if let bad = firstInvalidUTF8(raw) {
            let line = lineNumber(ofOffset: bad, in: raw)
            let warning = ImportWarning(
                line: line,
                message: "the file is not valid UTF-8 (first invalid byte 0x\(String(raw[bad], radix: 16, uppercase: true))); read as Windows-1252")
            return ExportText(bytes: transcode1252(raw), warnings: [warning])
        }
        return ExportText(bytes: raw, warnings: [])
    }

    private static func decodeForced(_ raw: [UInt8], encoding: TextEncodingChoice, fileName: String) throws(ImportError) -> ExportText {
        switch encoding {
        case .utf8:
            var body = raw
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
            if let bad = firstInvalidUTF8(body) {
                throw .undecodable(file: fileName, detail: "invalid UTF-8 byte on line \(lineNumber(ofOffset: bad, in: body))")
            }
            return ExportText(bytes: body, warnings: [])
        case .latin1:
            var out: [UInt8] = []
            out.reserveCapacity(raw.count + raw.count / 8)
            for byte in raw { appendUTF8(scalar: UInt32(byte), to: &out) }
            return ExportText(bytes: out, warnings: [])
        case .windows1252:
            return ExportText(bytes: transcode1252(raw), warnings: [])
        }
    }

    private static func decodeUTF16(_ raw: [UInt8], fileName: String) throws(ImportError) -> ExportText {
        let littleEndian = raw[0] == 0xFF
        guard raw.count % 2 == 0,
              let string = String(data: Data(raw.dropFirst(2)), encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian)
        else {
            throw .undecodable(file: fileName, detail: "the UTF-16 byte-order mark is followed by bytes that are not valid UTF-16")
        }
        var bytes = Array(string.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return ExportText(bytes: bytes, warnings: [])
    }

    /// Offset of the first byte that does not belong to a well-formed UTF-8 sequence
    /// (overlong forms and surrogates included, as `String(validating:)` would reject), or nil.
    static func firstInvalidUTF8(_ array: [UInt8]) -> Int? {
        array.withUnsafeBufferPointer { firstInvalidUTF8(in: $0) }
    }

    private static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                // ASCII runs eight bytes at a time.
                while i + 8 <= n, UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            let second = bytes[i + 1]
            guard second >= lower && second <= upper else { return i }
            var k = 2
            while k < length {
                guard bytes[i + k] & 0xC0 == 0x80 else { return i }
                k += 1
            }
            i += length
        }
        return nil
    }

    /// 1-based line of byte `offset` (CRLF, LF and bare CR each end a line).
    static func lineNumber(ofOffset offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A { line += 1 } else if bytes[i] == 0x0D {
                line += 1
                if i + 1 < offset && bytes[i + 1] == 0x0A { i += 1 }
            }
            i += 1
        }
        return line
    }

    /// Windows-1252 code points for bytes 0x80–0x9F (0 = undefined there; kept as the C1
    /// control of the same value, as Latin-1 would).
    private static let cp1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    private static func transcode1252(_ raw: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count + raw.count / 8)
        for byte in raw {
            if byte >= 0x80 && byte <= 0x9F {
                let mapped = cp1252High[Int(byte - 0x80)]
                appendUTF8(scalar: mapped == 0 ? UInt32(byte) : mapped, to: &out)
            } else {
                appendUTF8(scalar: UInt32(byte), to: &out)
            }
        }
        return out
    }

    private static func appendUTF8(scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }
}
