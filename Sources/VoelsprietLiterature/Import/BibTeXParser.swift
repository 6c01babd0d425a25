/// Reads BibTeX into entries of raw (still LaTeX-encoded) field values.
///
/// Entries are `@type{key, name = value, …}` or with parentheses. A value is `{…}` (nested
/// braces kept for `LaTeXText`), `"…"` (braces inside allowed), a number, or a macro name;
/// pieces are concatenated with `#`. `@string` defines macros (the month names `jan`…`dec` are
/// predefined, as in BibTeX), `@comment` and `@preamble` are skipped, and text between entries
/// is a comment, as BibTeX treats it. An entry that is never closed is an error naming its line.
struct BibTeXParser {
    struct Entry: Sendable {
        var type: String
        var key: String
        var line: Int
        /// Field names lower-cased, values raw.
        var fields: [(name: String, value: String)]

        func value(_ names: String...) -> String? {
            for name in names {
                if let field = fields.first(where: { $0.name == name }), !field.value.allSatisfy(\.isWhitespace) {
                    return field.value
                }
            }
            return nil
        }
    }

    enum Failure: Error {
        case unclosed(line: Int, what: String)
        case malformed(line: Int, reason: String)
    }

    /// The longest field value macros may build (1 MiB).
    static let maximumValueLength = 1 << 20

    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var macros: [String: String] = [
        "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
        "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
    ]
    private(set) var entries: [Entry] = []

    static func parse(_ bytes: [UInt8]) throws(Failure) -> [Entry] {
        var parser = BibTeXParser(bytes: bytes)
        try parser.run()
        return parser.entries
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func run() throws(Failure) {
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "@") {
                try readBlock()
            } else {
                advance()
            }
        }
    }

    private mutating func advance() {
        let b = bytes[i]
        if b == 0x0A || (b == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) { line += 1 }
        i += 1
    }

    private mutating func skipSpace() {
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { advance() }
    }

    private mutating func readName() -> String {
        let start = i
        while i < bytes.count, Self.isNameByte(bytes[i]) { i += 1 }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        !(b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: "{") || b == UInt8(ascii: "}")
          || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || b == UInt8(ascii: "=") || b == UInt8(ascii: ",")
          || b == UInt8(ascii: "#") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "@"))
    }

    private mutating func readBlock() throws(Failure) {
        let startLine = line
        i += 1
        let type = readName().lowercased()
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "(") else { return }
        let close = bytes[i] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
        switch type {
        case "comment", "preamble":
            _ = try readBraced(startLine: startLine)
        case "string":
            advance()
            let fields = try readFields(close: close, startLine: startLine)
            for field in fields { macros[field.name] = field.value }
        default:
            advance()
            skipSpace()
            let keyStart = i
            while i < bytes.count, bytes[i] != UInt8(ascii: ","), bytes[i] != close { advance() }
            let key = bytes.trimmedString(keyStart, i)
            if i < bytes.count, bytes[i] == UInt8(ascii: ",") { advance() }
            let fields = try readFields(close: close, startLine: startLine)
            entries.append(Entry(type: type, key: key, line: startLine, fields: fields))
        }
    }

    /// `name = value` pairs up to the closing delimiter (consumed).
    private mutating func readFields(close: UInt8, startLine: Int) throws(Failure) -> [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = []
        while true {
            skipSpace()
            guard i < bytes.count else { throw .unclosed(line: startLine, what: "entry") }
            if bytes[i] == close { advance(); return fields }
            if bytes[i] == UInt8(ascii: ",") { advance(); continue }
            let name = readName().lowercased()
            skipSpace()
            guard !name.isEmpty, i < bytes.count, bytes[i] == UInt8(ascii: "=") else {
                // Not a field: skip one byte so a stray character cannot stop the parser.
                if i < bytes.count { advance() }
                continue
            }
            advance()
            fields.append((name, try readValue(startLine: startLine)))
        }
    }

    private mutating func readValue(startLine: Int) throws(Failure) -> String {
        var value = ""
        while true {
            skipSpace()
            guard i < bytes.count else { throw .unclosed(line: startLine, what: "entry") }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                value += try readBraced(startLine: startLine)
            case UInt8(ascii: "\""):
                value += try readQuoted(startLine: startLine)
            default:
                let word = readName()
                value += macros[word.lowercased()] ?? word
            }
            // `@string` macros built from macros can double in size at every line: a file of a
            // kilobyte could ask for gigabytes. No real field is longer than this.
            if value.utf8.count > Self.maximumValueLength {
                throw .malformed(line: startLine, reason: "a field value built from @string macros is longer than \(Self.maximumValueLength / 1024) KiB")
            }
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "#") { advance(); continue }
            return value
        }
    }

    /// The inside of `{…}` at `i` (nested braces kept), consuming the closing brace.
    private mutating func readBraced(startLine: Int) throws(Failure) -> String {
        var depth = 0
        let start = i + 1
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\\") { i += 2; continue }
            if b == UInt8(ascii: "{") { depth += 1 } else if b == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 {
                    let text = String(decoding: bytes[start..<i], as: UTF8.self)
                    advance()
                    return text
                }
            }
            advance()
        }
        throw .unclosed(line: startLine, what: "brace")
    }

    private mutating func readQuoted(startLine: Int) throws(Failure) -> String {
        advance()
        let start = i
        var depth = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\\") { i += 2; continue }
            if b == UInt8(ascii: "{") { depth += 1 } else if b == UInt8(ascii: "}") { depth -= 1 } else if b == UInt8(ascii: "\""), depth == 0 {
                let text = String(decoding: bytes[start..<i], as: UTF8.self)
                advance()
                return text
            }
            advance()
        }
        throw .unclosed(line: startLine, what: "quote")
    }
}
