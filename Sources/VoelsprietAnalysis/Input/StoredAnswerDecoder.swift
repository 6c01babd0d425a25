#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import VoelsprietDomain

/// Decodes a stored answer document (a JSON object keyed by item id, with `item.option` for
/// "other, namely" texts: the intake body format) straight into a coded row, without building
/// dictionaries or strings for codes. For reports on hundreds of thousands of responses.
///
/// Keys are found by binary search over their bytes; codes are compared byte by byte. Strings
/// are only made for open answers. Unknown items or codes are reported, not fatal.
struct StoredAnswerDecoder: Sendable {
    /// Stored keys, sorted by bytes, with the variable each feeds.
    let keys: [[UInt8]]
    let variables: [Int]
    /// Per variable: its kind (0 single, 1 multiple, 2 text) and its codes' bytes.
    let kinds: [UInt8]
    let codes: [[[UInt8]]]
    /// `oneByteCodes[variable * 256 + byte]` = position + 1 of a one-byte code, 0 for none.
    let oneByteCodes: [UInt8]

    init(schema: AnalysisSchema) {
        var entries: [([UInt8], Int)] = []
        for (index, variable) in schema.variables.enumerated() {
            let key = variable.specifies.map { "\($0.item).\($0.option)" } ?? variable.id
            entries.append((Array(key.utf8), index))
        }
        entries.sort { $0.0.lexicographicallyPrecedes($1.0) }
        keys = entries.map(\.0)
        variables = entries.map(\.1)
        kinds = schema.variables.map { $0.kind == .single ? 0 : ($0.kind == .multiple ? 1 : 2) }
        codes = schema.variables.map { $0.categories.map { Array($0.code.utf8) } }
        var table = [UInt8](repeating: 0, count: schema.variables.count * 256)
        for (variable, variableCodes) in codes.enumerated() {
            for (position, code) in variableCodes.enumerated() where code.count == 1 && position < 255 {
                if table[variable * 256 + Int(code[0])] == 0 { table[variable * 256 + Int(code[0])] = UInt8(position + 1) }
            }
        }
        oneByteCodes = table
    }

    /// What went wrong with one document.
    enum Problem: Equatable {
        case malformed
        case unknownKey(String)
        case unknownCode(variable: Int, code: String)
    }

    /// Fills `row` (all blank first) from `bytes`; open answers are appended to `texts` and
    /// referred to by index. Returns the problems met (an empty list when all was well).
    func decode(
        _ bytes: UnsafeRawBufferPointer, into row: UnsafeMutableBufferPointer<Int64>, texts: inout [Token]
    ) -> [Problem] {
        row.update(repeating: CodedRow.blank)
        var reader = Reader(bytes: bytes)
        var problems: [Problem] = []
        // Documents are written with sorted keys: look the next key up from the last one.
        var hint = 0
        reader.skipSpace()
        guard reader.take(UInt8(ascii: "{")) else { return [.malformed] }
        reader.skipSpace()
        if reader.take(UInt8(ascii: "}")) { return problems }
        while true {
            reader.skipSpace()
            guard let key = reader.token() else { return [.malformed] }
            reader.skipSpace()
            guard reader.take(UInt8(ascii: ":")) else { return [.malformed] }
            reader.skipSpace()
            let variable = lookup(key, in: bytes, hint: &hint)
            if variable == nil { problems.append(.unknownKey(String(decoding: reader.content(key), as: UTF8.self))) }
            if reader.take(UInt8(ascii: "[")) {
                var mask: Int64 = 0
                reader.skipSpace()
                if !reader.take(UInt8(ascii: "]")) {
                    while true {
                        reader.skipSpace()
                        guard let value = reader.token() else { return [.malformed] }
                        if let variable, kinds[variable] == 1 {
                            if let position = code(of: value, in: bytes, variable: variable), position < 63 {
                                mask |= 1 << Int64(position)
                            } else {
                                problems.append(
                                    .unknownCode(variable: variable, code: String(decoding: reader.content(value), as: UTF8.self)))
                            }
                        }
                        reader.skipSpace()
                        if reader.take(UInt8(ascii: "]")) { break }
                        guard reader.take(UInt8(ascii: ",")) else { return [.malformed] }
                    }
                }
                if let variable, kinds[variable] == 1, mask != 0 { row[variable] = mask }
            } else {
                guard let value = reader.token() else { return [.malformed] }
                if let variable {
                    switch kinds[variable] {
                    case 0:
                        if let position = code(of: value, in: bytes, variable: variable) {
                            row[variable] = Int64(position)
                        } else {
                            problems.append(
                                .unknownCode(variable: variable, code: String(decoding: reader.content(value), as: UTF8.self)))
                        }
                    case 2:
                        // Only where the answer is; a string is made only if the tally keeps it.
                        if value.end > value.start {
                            row[variable] = Int64(texts.count)
                            texts.append(value)
                        }
                    default:
                        problems.append(
                            .unknownCode(variable: variable, code: String(decoding: reader.content(value), as: UTF8.self)))
                    }
                }
            }
            reader.skipSpace()
            if reader.take(UInt8(ascii: "}")) { break }
            guard reader.take(UInt8(ascii: ",")) else { return [.malformed] }
        }
        return problems
    }

    /// Compares a token's raw bytes with `other`: -1, 0 or 1.
    @inline(__always)
    static func compare(_ token: Token, _ bytes: UnsafeRawBufferPointer, _ other: [UInt8]) -> Int {
        let length = token.end - token.start
        return other.withUnsafeBytes { other in
            let common = min(length, other.count)
            if common > 0 {
                let result = memcmp(bytes.baseAddress! + token.start, other.baseAddress!, common)
                if result != 0 { return result < 0 ? -1 : 1 }
            }
            return length == other.count ? 0 : (length < other.count ? -1 : 1)
        }
    }

    /// The variable of a key: first from `hint` onwards (sorted documents), else by binary search.
    func lookup(_ token: Token, in bytes: UnsafeRawBufferPointer, hint: inout Int) -> Int? {
        if token.escaped {
            let key = Reader(bytes: bytes).content(token)
            return search { keys[$0].lexicographicallyPrecedes(key) ? -1 : (keys[$0] == key ? 0 : 1) }
        }
        var index = hint
        while index < keys.count {
            let order = Self.compare(token, bytes, keys[index])
            if order == 0 {
                hint = index + 1
                return variables[index]
            }
            if order < 0 { break }
            index += 1
        }
        return search { -Self.compare(token, bytes, keys[$0]) }
    }

    /// Binary search over the sorted keys; `order(i)` tells whether key i sorts before (-1),
    /// at (0) or after (1) the one sought.
    func search(_ order: (Int) -> Int) -> Int? {
        var low = 0
        var high = keys.count - 1
        while low <= high {
            let middle = (low + high) / 2
            switch order(middle) {
            case 0: return variables[middle]
            case ..<0: low = middle + 1
            default: high = middle - 1
            }
        }
        return nil
    }

    /// The position of a code among a variable's categories.
    @inline(__always)
    func code(of token: Token, in bytes: UnsafeRawBufferPointer, variable: Int) -> Int? {
        // One-byte codes (scale points "1"…"5") by table.
        if token.end - token.start == 1, !token.escaped {
            let position = Int(oneByteCodes[variable &* 256 &+ Int(bytes[token.start])])
            return position > 0 ? position - 1 : nil
        }
        if token.escaped {
            let value = Array(Reader(bytes: bytes).content(token))
            return codes[variable].firstIndex(of: value)
        }
        for (position, code) in codes[variable].enumerated() where Self.compare(token, bytes, code) == 0 {
            return position
        }
        return nil
    }

    /// A JSON string in the input: the bytes between its quotes, and whether they hold escapes.
    struct Token {
        let start: Int
        let end: Int
        let escaped: Bool
    }

    /// A cursor over JSON bytes.
    struct Reader {
        let bytes: UnsafeRawBufferPointer
        var index = 0

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// The next JSON string as a token (no copy); nil when malformed.
        mutating func token() -> Token? {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            let open = index
            index += 1
            // Fast path: the closing quote found by memchr, with no backslash before it.
            if let base = bytes.baseAddress, index < bytes.count,
                let quote = memchr(base + index, 0x22, bytes.count - index)
            {
                let end = base.distance(to: UnsafeRawPointer(quote))
                if memchr(base + index, 0x5C, end - index) == nil {
                    index = end + 1
                    return Token(start: open + 1, end: end, escaped: false)
                }
            }
            var escaped = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return Token(start: open + 1, end: index - 1, escaped: escaped)
                }
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                    index += 1
                }
                index += 1
            }
            return nil
        }

        /// A token's content, unescaped, as UTF-8 bytes (invalid escapes give an empty result).
        func content(_ token: Token) -> [UInt8] {
            if !token.escaped { return Array(bytes[token.start..<token.end]) }
            // Escapes are rare (open answers with quotes or line breaks): the intake parser's
            // strict string reader decodes them.
            let literal = Array(bytes[(token.start - 1)..<(token.end + 1)])
            return AnswerBodyParser.decodeString(literal).map { Array($0.utf8) } ?? []
        }
    }
}
