import Foundation

/// Bytes to text for plain text, Markdown and HTML: UTF-8 (with or without BOM), UTF-16 with a
/// byte-order mark, and otherwise Windows-1252 (the "ANSI" of older Dutch Windows files). NUL
/// bytes mean a binary file. Line ends (LF, CRLF, CR) are handled by `lines(_:)`.
enum TextDecoder {
    static func decode(_ data: Data, fileName: String) throws(StatcheckInputError) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try utf16(bytes, bigEndian: bytes[0] == 0xFE, fileName: fileName)
        }
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(ofByte: nul, in: bytes)
            throw StatcheckInputError(
                .binaryContent, fileName: fileName, line: line, column: column,
                detail: "contains NUL bytes, so it is not a text file (a Word document must be saved as .docx).")
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let text = String(validating: body, as: UTF8.self) { return text }
        return try windows1252(body, fileName: fileName)
    }

    private static func utf16(_ bytes: [UInt8], bigEndian: Bool, fileName: String) throws(StatcheckInputError) -> String {
        guard bytes.count % 2 == 0 else {
            throw StatcheckInputError(.invalidEncoding, fileName: fileName, detail: "UTF-16 text must have an even number of bytes; the last byte is left over.")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw StatcheckInputError(.invalidEncoding, fileName: fileName, detail: "not valid UTF-16 (an unpaired surrogate).")
        }
        if text.unicodeScalars.contains("\0") {
            throw StatcheckInputError(.binaryContent, fileName: fileName, detail: "contains NUL characters, so it is not a text file.")
        }
        return text
    }

    private static func windows1252(_ bytes: ArraySlice<UInt8>, fileName: String) throws(StatcheckInputError) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for index in bytes.indices {
            let byte = bytes[index]
            guard let scalar = windows1252Scalar(byte) else {
                let (line, column) = position(ofByte: index, in: Array(bytes))
                throw StatcheckInputError(
                    .invalidEncoding, fileName: fileName, line: line, column: column,
                    detail: "the text is neither UTF-8, UTF-16 with a byte-order mark nor Windows-1252 (byte 0x\(String(byte, radix: 16, uppercase: true))).")
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Windows-1252 (Microsoft's bestfit1252 / Unicode CP1252.TXT): 0x80–0x9F hold the euro sign,
    /// quotes, dashes and a few letters; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar? {
        guard byte >= 0x80, byte <= 0x9F else { return Unicode.Scalar(byte) }
        let value = high[Int(byte - 0x80)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    private static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// 1-based line and byte column of a byte index.
    private static func position(ofByte index: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, lineStart = 0
        for k in 0..<min(index, bytes.count) where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        return (line, index - lineStart + 1)
    }

    /// The lines of a text: LF, CRLF and a lone CR end a line; a leading BOM is dropped.
    static func lines(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        let bytes = Array(text.utf8)
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var i = start
        func emit(_ end: Int) {
            lines.append(SourceLine(number: lines.count + 1, text: String(decoding: bytes[start..<end], as: UTF8.self)))
        }
        while i < bytes.count {
            if bytes[i] == 0x0A || bytes[i] == 0x0D {
                emit(i)
                if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        emit(bytes.count)
        return lines
    }
}
