// Bytes → text for plain-text, Markdown, WebVTT and SRT files. A byte-order mark wins over
// everything; then a declared encoding; then UTF-8, validated here so the error can name the line
// and byte of the first bad byte (Foundation only says "failed").
import Foundation

enum TextDecoding {
    /// The decoded text (BOM removed, line endings untouched) and any warnings.
    static func decode(
        _ data: Data, declared: TranscriptEncoding?, fileName: String
    ) throws(TranscriptImportError) -> (text: String, warnings: [String]) {
        let bytes = [UInt8](data)
        var warnings: [String] = []
        let text: String
        if case let (bomEncoding, bigEndian, bomLength)? = byteOrderMark(bytes) {
            if let declared, declared != bomEncoding {
                warnings.append("the file starts with a \(bomEncoding.rawValue) byte-order mark; it was read as \(bomEncoding.rawValue), not as the declared \(declared.rawValue)")
            }
            let body = bytes[bomLength...]
            text = bomEncoding == .utf8
                ? try utf8(body, fileName: fileName, declared: declared)
                : try utf16(body, bigEndian: bigEndian, fileName: fileName)
        } else {
            // NUL bytes never occur in text of a single-byte encoding or UTF-8: refuse them
            // before the (then meaningless) encoding error. UTF-16 is checked after decoding.
            if declared != .utf16 { try refuseNUL(bytes, fileName: fileName) }
            switch declared {
            case nil, .utf8?: text = try utf8(bytes[...], fileName: fileName, declared: declared)
            case .utf16?: text = try utf16(bytes[...], bigEndian: guessBigEndian(bytes), fileName: fileName)
            case .windows1252?: text = try singleByte(bytes, windows1252: true, fileName: fileName)
            case .latin1?: text = try singleByte(bytes, windows1252: false, fileName: fileName)
            }
        }
        try checkForBinary(text, fileName: fileName, warnings: &warnings)
        return (text, warnings)
    }

    /// (encoding, big-endian, BOM length) when the bytes start with a UTF-8 or UTF-16 BOM.
    static func byteOrderMark(_ b: [UInt8]) -> (TranscriptEncoding, Bool, Int)? {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return (.utf8, false, 3) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return (.utf16, false, 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return (.utf16, true, 2) }
        return nil
    }

    /// Without a BOM: big-endian when the first code unit's high byte is 0 and its low byte not
    /// (an ASCII character written big-endian), else little-endian.
    private static func guessBigEndian(_ b: [UInt8]) -> Bool {
        b.count >= 2 && b[0] == 0 && b[1] != 0
    }

    // MARK: UTF-8

    /// Validates per the Unicode Standard, table 3-7 (well-formed UTF-8 byte sequences: no
    /// overlong forms, no surrogates, nothing above U+10FFFF), then decodes.
    private static func utf8(
        _ bytes: ArraySlice<UInt8>, fileName: String, declared: TranscriptEncoding?
    ) throws(TranscriptImportError) -> String {
        if let bad = firstInvalidUTF8(bytes) {
            let (line, column) = lineAndColumn(ofByte: bad, in: bytes)
            let hint = declared == nil
                ? " If the file was saved in another encoding, choose it with the encoding option (windows-1252, latin1 or utf-16)."
                : " Choose another encoding (windows-1252, latin1 or utf-16)."
            throw TranscriptImportError(
                .invalidEncoding, fileName: fileName, line: line, column: column, byteOffset: bad,
                detail: "not valid UTF-8 (byte 0x\(hex(bytes[bad])))." + hint)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The index of the first byte of the first ill-formed sequence (as Python's decoder reports
    /// it), or nil when all is well-formed.
    static func firstInvalidUTF8(_ b: ArraySlice<UInt8>) -> Int? {
        var i = b.startIndex
        while i < b.endIndex {
            let lead = b[i]
            if lead < 0x80 { i += 1; continue }
            let (count, lo, hi) = utf8SecondByteRange(lead)
            guard count > 0, i + count <= b.endIndex else { return i }
            guard b[i + 1] >= lo, b[i + 1] <= hi else { return i }
            for k in 2..<count {
                guard b[i + k] >= 0x80, b[i + k] <= 0xBF else { return i }
            }
            i += count
        }
        return nil
    }

    /// Sequence length and the allowed range of the second byte for a lead byte (0 = invalid).
    private static func utf8SecondByteRange(_ lead: UInt8) -> (Int, UInt8, UInt8) {
        switch lead {
        case 0xC2...0xDF: return (2, 0x80, 0xBF)
        case 0xE0: return (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80, 0xBF)
        case 0xED: return (3, 0x80, 0x9F)
        case 0xF0: return (4, 0x90, 0xBF)
        case 0xF1...0xF3: return (4, 0x80, 0xBF)
        case 0xF4: return (4, 0x80, 0x8F)
        default: return (0, 0, 0)
        }
    }

    /// 1-based line (LF, CRLF or lone CR end a line) and 1-based byte column of a byte index.
    private static func lineAndColumn(ofByte index: Int, in b: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1, lineStart = b.startIndex, i = b.startIndex
        while i < index {
            if b[i] == 0x0A || (b[i] == 0x0D && (i + 1 >= b.endIndex || b[i + 1] != 0x0A)) {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        return (line, index - lineStart + 1)
    }

    // MARK: UTF-16 and single-byte

    private static func utf16(
        _ bytes: ArraySlice<UInt8>, bigEndian: Bool, fileName: String
    ) throws(TranscriptImportError) -> String {
        guard bytes.count % 2 == 0 else {
            throw TranscriptImportError(
                .invalidEncoding, fileName: fileName, byteOffset: bytes.endIndex - 1,
                detail: "UTF-16 text must have an even number of bytes; the last byte is left over.")
        }
        var scalars = String.UnicodeScalarView()
        var line = 1
        var i = bytes.startIndex
        func unit(at k: Int) -> UInt16 {
            let a = UInt16(bytes[k]), b = UInt16(bytes[k + 1])
            return bigEndian ? a << 8 | b : b << 8 | a
        }
        while i < bytes.endIndex {
            let u = unit(at: i)
            var value = UInt32(u)
            if (0xD800...0xDBFF).contains(u), i + 2 < bytes.endIndex, (0xDC00...0xDFFF).contains(unit(at: i + 2)) {
                value = 0x10000 + (UInt32(u - 0xD800) << 10) + UInt32(unit(at: i + 2) - 0xDC00)
                i += 2
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw TranscriptImportError(
                    .invalidEncoding, fileName: fileName, line: line, byteOffset: i,
                    detail: "not valid UTF-16 (unpaired surrogate 0x\(String(u, radix: 16, uppercase: true))).")
            }
            if scalar == "\n" { line += 1 }
            scalars.append(scalar)
            i += 2
        }
        return String(scalars)
    }

    private static func singleByte(
        _ bytes: [UInt8], windows1252: Bool, fileName: String
    ) throws(TranscriptImportError) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for (i, byte) in bytes.enumerated() {
            guard let scalar = windows1252 ? Windows1252.scalar(byte) : Unicode.Scalar(byte) else {
                let (line, column) = lineAndColumn(ofByte: i, in: bytes[...])
                throw TranscriptImportError(
                    .invalidEncoding, fileName: fileName, line: line, column: column, byteOffset: i,
                    detail: "byte 0x\(hex(byte)) is not defined in windows-1252. Choose another encoding (latin1 or utf-8).")
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    // MARK: Binary content

    private static let binaryDetail =
        "contains NUL bytes, so it is not a text file. If it is UTF-16 text without a byte-order mark, choose the utf-16 encoding."

    private static func refuseNUL(_ bytes: [UInt8], fileName: String) throws(TranscriptImportError) {
        guard let nul = bytes.firstIndex(of: 0) else { return }
        let (line, column) = lineAndColumn(ofByte: nul, in: bytes[...])
        throw TranscriptImportError(
            .binaryContent, fileName: fileName, line: line, column: column, byteOffset: nul, detail: binaryDetail)
    }

    /// Refuses text with NUL characters (binary files, or UTF-16 without a BOM read as UTF-8);
    /// warns about other control characters (except tab, LF, CR and form feed).
    private static func checkForBinary(
        _ text: String, fileName: String, warnings: inout [String]
    ) throws(TranscriptImportError) {
        var line = 1, controls = 0, firstControlLine = 0
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0A: line += 1
            case 0:
                throw TranscriptImportError(.binaryContent, fileName: fileName, line: line, detail: binaryDetail)
            case 0x01...0x08, 0x0B, 0x0E...0x1F, 0x7F:
                controls += 1
                if firstControlLine == 0 { firstControlLine = line }
            default: break
            }
        }
        if controls > 0 {
            warnings.append("line \(firstControlLine): \(controls) control character(s) in the text")
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let s = String(byte, radix: 16, uppercase: true)
        return s.count == 1 ? "0" + s : s
    }
}
