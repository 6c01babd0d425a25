// The fast path of folding: text folded byte by byte in one pass, without Foundation and
// without building intermediate strings. Deduplication folds every title, abstract start,
// author name and journal of every record, so this path decides its speed.

extension TextFolding {
    /// `fold(text)` as UTF-8 bytes. Text that needs none of the slow steps (markup decoding,
    /// scalars outside `ScalarFolds`) is folded in one pass over its bytes; other text goes
    /// through the general path of `fold`.
    static func foldedBytes(_ text: String) -> [UInt8] {
        if let fast = text.utf8.withContiguousStorageIfAvailable({ foldFast($0) }), let fast { return fast }
        return Array(foldGeneral(text).utf8)
    }

    /// The folded bytes of the UTF-8 `bytes`, or nil when the fast path does not apply: `\`
    /// (LaTeX), a tag among non-ASCII text, `&` together with `;` (an entity such as `&amp;`; a bare `&` reads
    /// as "and" either way), or a non-ASCII scalar `ScalarFolds` does not know. ASCII bytes are
    /// handled as the ASCII loop of `foldGeneral` handles them; known scalars as the general
    /// path folds them (the table was learned from it), so both paths give the same result.
    static func foldFast(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false, ampersand = false, semicolon = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x61...0x7A, 0x30...0x39:
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            case 0x41...0x5A:
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(byte + 0x20)
            case UInt8(ascii: "&"):
                ampersand = true
                if !out.isEmpty { out.append(0x20) }
                out.append(contentsOf: [0x61, 0x6E, 0x64])   // "and"
                pendingSpace = true
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            case UInt8(ascii: ";"):
                semicolon = true
                pendingSpace = true
            case UInt8(ascii: "<"):
                // `stripTags`: a `<` with a `>` among the next 40 characters, a letter or `/`
                // after it, is a tag and reads as a space; any other `<` is punctuation.
                guard let close = tagEnd(bytes, at: index - 1) else { return nil }
                if close > index - 1 { index = close + 1 }
                pendingSpace = true
            case UInt8(ascii: "\\"):
                return nil
            case 0xC0...0xEF:
                // A two- or three-byte scalar (the string is valid UTF-8).
                let length = byte >= 0xE0 ? 3 : 2
                guard index + length - 1 <= bytes.count else { return nil }
                var value = UInt32(byte & (length == 3 ? 0x0F : 0x1F))
                for k in 0..<(length - 1) { value = value << 6 | UInt32(bytes[index + k] & 0x3F) }
                index += length - 1
                switch ScalarFolds.shared.action(value) {
                case .unknown: return nil
                case .drop: continue
                case .separator: pendingSpace = true
                case .letters(let letters):
                    if pendingSpace, !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(contentsOf: letters)
                }
            case 0x80...0xFF:
                return nil   // a four-byte scalar (or a continuation byte out of place)
            default:
                pendingSpace = true
            }
        }
        return ampersand && semicolon ? nil : out
    }

    /// For a `<` at `start`: the index of the `>` closing a tag, `start` when it opens none, or
    /// nil when the 40 characters `stripTags` looks at are not plain ASCII (characters and
    /// bytes would not correspond).
    private static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let end = min(bytes.count, start + 40)
        var close = -1
        for k in start..<end {
            let byte = bytes[k]
            if byte >= 0x80 || byte == 0x0D { return nil }
            if byte == UInt8(ascii: ">") { close = k; break }
        }
        guard close >= 0 else {
            // No `>` in reach; when the text goes on past the window, its bytes there must be
            // ASCII for the window to be 40 characters.
            return end < bytes.count && bytes[end] >= 0x80 ? nil : start
        }
        guard close > start + 1 else { return start }
        let first = bytes[start + 1]
        let isLetter = (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A
        return isLetter || first == UInt8(ascii: "/") ? close : start
    }

    /// Whether `haystack` contains `needle` (bytes; for short ASCII needles).
    static func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n > 0, haystack.count >= n else { return n == 0 }
        return needle.withUTF8Buffer { pattern in
            let first = pattern[0]
            for start in 0...(haystack.count - n) where haystack[start] == first {
                var k = 1
                while k < n && haystack[start + k] == pattern[k] { k += 1 }
                if k == n { return true }
            }
            return false
        }
    }
}

/// How `TextFolding.foldGeneral` treats each non-ASCII scalar of the common blocks (Latin,
/// IPA, Greek, Cyrillic, punctuation, super- and subscripts, currency, letterlike, number forms,
/// arrows, mathematical operators), learned once by folding "a", the scalar, "b" with the
/// general path: "ab" means the scalar is dropped (a typographic apostrophe), "a b" that it
/// separates words, "aXb" that it folds to the letters X ("é" → "e", "α" → "alpha", "ß" → "ss").
///
/// Only scalars whose folding cannot depend on their neighbours are learned: combining marks
/// (which join the letter before them) and invisible format characters (joiners, direction
/// marks) stay unknown, and text holding an unknown scalar takes the general path.
struct ScalarFolds: Sendable {
    enum Action: Sendable { case unknown, drop, separator, letters([UInt8]) }

    /// Learned once, immutable afterwards.
    static let shared = ScalarFolds()

    private static let blocks: [ClosedRange<UInt32>] = [
        0x00A0...0x02FF, 0x0370...0x04FF, 0x1E00...0x1FFF, 0x2010...0x2027, 0x2030...0x205E,
        0x2070...0x20CF, 0x2100...0x22FF,
    ]
    private static let limit: UInt32 = 0x2300

    /// Per scalar below `limit`: 0 unknown, 1 dropped, 2 separator, k ≥ 3 `letters[k − 3]`.
    private var codes: [UInt16]
    private var letters: [[UInt8]] = []

    private init() {
        codes = Array(repeating: 0, count: Int(ScalarFolds.limit))
        for block in ScalarFolds.blocks {
            for value in block {
                guard let scalar = Unicode.Scalar(value), ScalarFolds.contextFree(scalar) else { continue }
                let folded = Array(TextFolding.foldGeneral("a" + String(Character(scalar)) + "b").utf8)
                guard folded.count >= 2, folded.first == 0x61, folded.last == 0x62 else { continue }
                let middle = Array(folded.dropFirst().dropLast())
                if middle.isEmpty {
                    codes[Int(value)] = 1
                } else if middle == [0x20] {
                    codes[Int(value)] = 2
                } else if !middle.contains(0x20) {
                    codes[Int(value)] = UInt16(3 + letters.count)
                    letters.append(middle)
                }
            }
        }
    }

    private static func contextFree(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .control, .surrogate, .unassigned,
             .privateUse, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return !scalar.properties.isDefaultIgnorableCodePoint
        }
    }

    func action(_ value: UInt32) -> Action {
        guard value < ScalarFolds.limit else { return .unknown }
        switch codes[Int(value)] {
        case 0: return .unknown
        case 1: return .drop
        case 2: return .separator
        case let code: return .letters(letters[Int(code) - 3])
        }
    }
}
