/// A text encoding a caller can force for an export. Without one, the importer uses the
/// byte-order mark (UTF-8, UTF-16 LE/BE), else UTF-8 when the bytes are valid UTF-8, else
/// Windows-1252 (with a warning).
public enum TextEncodingChoice: String, Sendable, Codable, CaseIterable {
    case utf8 = "utf-8"
    /// ISO 8859-1: every byte is the code point of the same value.
    case latin1
    /// Windows-1252: Latin-1 with printable characters (€, “ ”, – …) in 0x80–0x9F.
    case windows1252 = "windows-1252"
}
