// The text encodings a researcher can declare for a transcript file, and the Windows-1252 table.
// Foundation's Windows-1252 converter is not complete on every platform, so decoding is done here
// by table, which also makes the result the same on macOS and Linux.

/// A declared text encoding of an imported file. Without a declaration the reader takes UTF-8, or
/// UTF-16 when the file starts with a UTF-16 byte-order mark.
public enum TranscriptEncoding: String, Sendable, Hashable, Codable, CaseIterable {
    case utf8 = "utf-8"
    /// UTF-16; the byte order comes from the BOM, or is guessed from the first code unit
    /// (little-endian when undecidable, as Windows writes it).
    case utf16 = "utf-16"
    /// Windows code page 1252 (Western European), the usual "ANSI" of older Dutch Windows files.
    case windows1252 = "windows-1252"
    /// ISO/IEC 8859-1: every byte is the code point of the same number.
    case latin1

    /// An encoding from a name as people and tools write it ("UTF8", "cp1252", "ANSI",
    /// "ISO-8859-1", "utf-16le"), case and punctuation aside; nil when unknown (ISO-8859-15
    /// is not Latin-1: it has € at 0xA4).
    public init?(label: String) {
        let l = String(label.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        switch l {
        case "utf8": self = .utf8
        case "utf16", "utf16le", "utf16be", "unicode", "ucs2": self = .utf16
        case "windows1252", "cp1252", "win1252", "ansi": self = .windows1252
        case "latin1", "iso88591", "l1": self = .latin1
        default: return nil
        }
    }
}

/// Windows-1252 decoding per the code page as published by Microsoft (bestfit1252.txt) and the
/// Unicode mapping file CP1252.TXT: bytes 0x00–0x7F and 0xA0–0xFF equal their code point; the
/// range 0x80–0x9F holds the euro sign, typographic quotes, dashes and a few letters. Bytes 0x81,
/// 0x8D, 0x8F, 0x90 and 0x9D are undefined (Python's strict "cp1252" codec refuses them too).
enum Windows1252 {
    /// Code points of 0x80...0x9F; 0 marks an undefined byte.
    private static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,  // 88–8F
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,  // 98–9F
    ]

    /// The scalar of one byte, or nil for the five undefined bytes.
    static func scalar(_ byte: UInt8) -> Unicode.Scalar? {
        guard byte >= 0x80, byte <= 0x9F else { return Unicode.Scalar(byte) }
        let value = high[Int(byte - 0x80)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }
}
