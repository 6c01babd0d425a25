/// Splits text into lower-cased word tokens the way scikit-learn's `CountVectorizer` does with
/// its defaults (`lowercase=True`, `token_pattern=r"(?u)\b\w\w+\b"`): the whole text is
/// lower-cased, then every maximal run of two or more word characters is a token. A word
/// character is what Python's `re` calls `\w` for `str`: a letter (Unicode categories Lu, Ll,
/// Lt, Lm, Lo), a number (Nd, Nl, No) or the underscore. Combining marks (Mn, Mc) are not word
/// characters there either, so "café" written with a combining accent splits as it does in
/// Python.
///
/// The scan runs over UTF-8 bytes in one pass and hands each token to the caller as bytes,
/// without making a `String` per token. ASCII bytes are lower-cased on the fly; a non-ASCII
/// scalar is replaced by its full lower-case mapping (`Unicode.Scalar.Properties
/// .lowercaseMapping`, which is what `String.lowercased()` applies scalar by scalar, so the
/// tokens are those of the lower-cased text) and the mapped scalars' categories decide the
/// split. Like `lowercased()` (and unlike Python's `str.lower`), a final capital sigma becomes
/// σ, not ς.
enum WordTokenizer {
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        forEachToken(in: text) { tokens.append(String(decoding: $0, as: UTF8.self)) }
        return tokens
    }

    /// Calls `body` with the UTF-8 bytes of each token, lower-cased, in text order. The buffer
    /// is valid only during the call.
    static func forEachToken(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var token = TokenBuffer()
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if isASCIIWordByte(b) { token.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) } else { token.flush(body) }
                    i += 1
                    continue
                }
                let (scalar, width) = decodeScalar(bytes, at: i)
                i += width
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    if isWordCharacter(lower) {
                        for byte in UTF8.encode(lower)! { token.bytes.append(byte) }
                        token.characters += 1
                    } else {
                        token.flush(body)
                    }
                }
            }
            token.flush(body)
        }
    }

    /// The token being read: its bytes and its length in scalars.
    private struct TokenBuffer {
        var bytes: [UInt8] = []
        var characters = 0

        init() { bytes.reserveCapacity(64) }

        @inline(__always) mutating func append(_ asciiByte: UInt8) {
            bytes.append(asciiByte)
            characters += 1
        }

        /// Hands a token of two or more characters to `body`, then starts a new one.
        @inline(__always) mutating func flush(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            guard characters > 0 else { return }
            if characters >= 2 { bytes.withUnsafeBufferPointer { body($0) } }
            bytes.removeAll(keepingCapacity: true)
            characters = 0
        }
    }

    @inline(__always) static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }

    /// The scalar whose UTF-8 encoding starts at `i` (valid UTF-8, as a Swift string holds).
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: Unicode.Scalar, width: Int) {
        let b = UInt32(bytes[i])
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var value = b & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIIWordByte(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
