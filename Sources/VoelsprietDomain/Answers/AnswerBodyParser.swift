/// A strict parser for intake bodies: one JSON object whose values are strings or arrays of
/// strings (RFC 8259 syntax, UTF-8). It runs for every submission, so it reads the bytes
/// directly instead of building a general JSON tree first.
public enum AnswerBodyParser {
    /// Why a body was refused.
    public enum Failure: Error, Equatable, Sendable {
        /// Not JSON at all, with the byte offset where reading stopped.
        case malformed(offset: Int)
        /// Valid JSON, but not an object.
        case notAnObject
        /// A field whose value is neither a string nor an array of strings.
        case invalidType(field: String)
        /// The same field twice.
        case duplicateField(String)
    }

    public static func parse(_ bytes: [UInt8]) throws(Failure) -> RawAnswers {
        var reader = Reader(bytes: bytes)
        reader.skipWhitespace()
        guard reader.peek == UInt8(ascii: "{") else {
            // Tell "valid JSON but not an object" apart from garbage, for a clearer message.
            throw reader.isValidJSONValue() ? .notAnObject : .malformed(offset: reader.index)
        }
        reader.index += 1
        var fields: [String: RawValue] = [:]
        reader.skipWhitespace()
        if reader.peek == UInt8(ascii: "}") {
            reader.index += 1
        } else {
            while true {
                reader.skipWhitespace()
                guard let key = reader.string() else { throw .malformed(offset: reader.index) }
                reader.skipWhitespace()
                guard reader.consume(UInt8(ascii: ":")) else { throw .malformed(offset: reader.index) }
                reader.skipWhitespace()
                let value: RawValue
                if reader.peek == UInt8(ascii: "\"") {
                    guard let string = reader.string() else { throw .malformed(offset: reader.index) }
                    value = .string(string)
                } else if reader.peek == UInt8(ascii: "[") {
                    switch reader.stringArray() {
                    case .some(.some(let strings)): value = .list(strings)
                    case .some(.none): throw .invalidType(field: key)
                    case .none: throw .malformed(offset: reader.index)
                    }
                } else {
                    guard reader.skipValue() else { throw .malformed(offset: reader.index) }
                    throw .invalidType(field: key)
                }
                guard fields.updateValue(value, forKey: key) == nil else { throw .duplicateField(key) }
                reader.skipWhitespace()
                if reader.consume(UInt8(ascii: ",")) { continue }
                guard reader.consume(UInt8(ascii: "}")) else { throw .malformed(offset: reader.index) }
                break
            }
        }
        reader.skipWhitespace()
        guard reader.index == bytes.count else { throw .malformed(offset: reader.index) }
        return RawAnswers(fields)
    }

    /// One JSON string literal (with its quotes), strictly decoded; nil when it is not one.
    /// Other readers of stored answer documents use it for the rare strings with escapes.
    public static func decodeString(_ literal: [UInt8]) -> String? {
        var reader = Reader(bytes: literal)
        guard let string = reader.string(), reader.index == literal.count else { return nil }
        return string
    }

    struct Reader {
        let bytes: [UInt8]
        var index = 0

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func consume(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            index += 1
            return true
        }

        mutating func skipWhitespace() {
            while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
        }

        /// A string literal, unescaped; nil when malformed.
        mutating func string() -> String? {
            guard consume(UInt8(ascii: "\"")) else { return nil }
            let start = index
            // Fast path: no escapes.
            while let byte = peek, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                if byte < 0x20 { return nil }
                index += 1
            }
            guard let stop = peek else { return nil }
            if stop == UInt8(ascii: "\"") {
                index += 1
                return String(validating: bytes[start..<index - 1], as: UTF8.self)
            }
            var out = Array(bytes[start..<index])
            while let byte = peek {
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(validating: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard let escaped = peek else { return nil }
                    index += 1
                    switch escaped {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        guard var scalar = hex4() else { return nil }
                        if (0xD800..<0xDC00).contains(scalar) {
                            // A high surrogate must be followed by an escaped low one.
                            guard consume(UInt8(ascii: "\\")), consume(UInt8(ascii: "u")), let low = hex4(),
                                (0xDC00..<0xE000).contains(low)
                            else { return nil }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else if (0xDC00..<0xE000).contains(scalar) {
                            return nil
                        }
                        guard let unicode = Unicode.Scalar(scalar) else { return nil }
                        out.append(contentsOf: Array(String(Character(unicode)).utf8))
                    default: return nil
                    }
                default:
                    if byte < 0x20 { return nil }
                    out.append(byte)
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                index += 1
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: return nil
                }
                value = value << 4 | digit
            }
            return value
        }

        /// An array: `.some(.some(strings))` when all elements are strings, `.some(nil)` when it
        /// is valid JSON with other elements, nil when malformed.
        mutating func stringArray() -> [String]?? {
            guard consume(UInt8(ascii: "[")) else { return nil }
            var strings: [String] = []
            var allStrings = true
            skipWhitespace()
            if consume(UInt8(ascii: "]")) { return .some(strings) }
            while true {
                skipWhitespace()
                if peek == UInt8(ascii: "\"") {
                    guard let string = string() else { return nil }
                    strings.append(string)
                } else {
                    guard skipValue() else { return nil }
                    allStrings = false
                }
                skipWhitespace()
                if consume(UInt8(ascii: ",")) { continue }
                guard consume(UInt8(ascii: "]")) else { return nil }
                return allStrings ? .some(strings) : .some(nil)
            }
        }

        /// Skips any JSON value; false when malformed.
        mutating func skipValue(depth: Int = 0) -> Bool {
            guard depth < 64 else { return false }
            skipWhitespace()
            guard let byte = peek else { return false }
            switch byte {
            case UInt8(ascii: "\""): return string() != nil
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                index += 1
                skipWhitespace()
                if consume(close) { return true }
                while true {
                    if close == UInt8(ascii: "}") {
                        skipWhitespace()
                        guard string() != nil else { return false }
                        skipWhitespace()
                        guard consume(UInt8(ascii: ":")) else { return false }
                    }
                    guard skipValue(depth: depth + 1) else { return false }
                    skipWhitespace()
                    if consume(UInt8(ascii: ",")) { continue }
                    return consume(close)
                }
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return number()
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }

        mutating func number() -> Bool {
            let start = index
            _ = consume(UInt8(ascii: "-"))
            guard let first = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
            if first == UInt8(ascii: "0") { index += 1 } else { skipDigits() }
            if consume(UInt8(ascii: ".")) {
                guard let digit = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return false }
                skipDigits()
            }
            if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
                index += 1
                if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
                guard let digit = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return false }
                skipDigits()
            }
            return index > start
        }

        mutating func skipDigits() {
            while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
        }

        /// Whether the whole input is one valid JSON value.
        mutating func isValidJSONValue() -> Bool {
            let saved = index
            defer { index = saved }
            guard skipValue() else { return false }
            skipWhitespace()
            return index == bytes.count
        }
    }
}
