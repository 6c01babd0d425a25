/// XML 1.0 text for SpreadsheetML parts, appended as UTF-8 bytes to a buffer.
///
/// - `&`, `<`, `>` (and `"` in attributes) become entity references.
/// - A carriage return becomes `&#13;` (a literal one would be read back as a line feed, since
///   XML parsers normalise line ends); in attributes tab and line feed are character references
///   too (attribute-value normalisation would turn them into spaces).
/// - Characters that XML 1.0 does not allow (§2.2 Char: U+0000–U+0008, U+000B, U+000C,
///   U+000E–U+001F, U+FFFE, U+FFFF) are replaced by U+FFFD, so the part is always well formed.
/// - In cell text (`escapeUnderscores`), an underscore that starts `_xHHHH_` is written as
///   `_x005F_`: ECMA-376 Part 1 §22.9.2.19 (ST_Xstring) makes readers decode `_xHHHH_` as the
///   character U+HHHH, so a literal "_x0041_" would otherwise come back as "A".
enum XMLText {
    /// Whether XML 1.0 allows the scalar in a document.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// Appends the text escaped for element content (or an attribute value in double quotes).
    static func append(
        _ text: String, to buffer: inout [UInt8], attribute: Bool = false, escapeUnderscores: Bool = false
    ) {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"): buffer.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): buffer.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): buffer.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where attribute: buffer.append(contentsOf: "&quot;".utf8)
            case 0x0D: buffer.append(contentsOf: "&#13;".utf8)
            case 0x0A where attribute: buffer.append(contentsOf: "&#10;".utf8)
            case 0x09 where attribute: buffer.append(contentsOf: "&#9;".utf8)
            case 0x09, 0x0A: buffer.append(byte)
            case 0x00..<0x20: buffer.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case UInt8(ascii: "_") where escapeUnderscores && startsEscape(bytes, at: index):
                buffer.append(contentsOf: "_x005F_".utf8)
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF
                && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                // U+FFFE or U+FFFF
                buffer.append(contentsOf: [0xEF, 0xBF, 0xBD])
                index += 2
            default: buffer.append(byte)
            }
            index += 1
        }
    }

    /// Whether `_xHHHH_` (x in either case, H a hex digit) starts at the index.
    static func startsEscape(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 6 < bytes.count, bytes[index + 1] == UInt8(ascii: "x") || bytes[index + 1] == UInt8(ascii: "X"),
            bytes[index + 6] == UInt8(ascii: "_")
        else { return false }
        return bytes[(index + 2)...(index + 5)].allSatisfy(isHexDigit)
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
            UInt8(ascii: "A")...UInt8(ascii: "F"):
            true
        default: false
        }
    }

    /// Whether the text needs `xml:space="preserve"` (leading or trailing whitespace, or a
    /// line break or tab anywhere).
    static func needsPreserve(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        let space: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        return space(first) || space(last) || text.utf8.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// The text escaped as a `String` (for the small fixed parts).
    static func escaped(_ text: String, attribute: Bool = false) -> String {
        var buffer: [UInt8] = []
        append(text, to: &buffer, attribute: attribute)
        return String(decoding: buffer, as: UTF8.self)
    }
}
