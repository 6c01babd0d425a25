/// Splits text into lower-cased word tokens the way scikit-learn's `CountVectorizer` does with
/// its defaults (`lowercase=True`, `token_pattern=r"(?u)\b\w\w+\b"`): the whole text is
/// lower-cased, then every maximal run of two or more word characters is a token. A word
/// character is what Python's `re` calls `\w` for `str`: a letter (Unicode categories Lu, Ll,
/// Lt, Lm, Lo), a number (Nd, Nl, No) or the underscore. Combining marks (Mn, Mc) are not word
/// characters there either, so "café" written with a combining accent splits as it does in
/// Python.
enum WordTokenizer {
    static func tokens(_ text: String) -> [String] {
        if let ascii = asciiTokens(text) { return ascii }
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        var length = 0
        func flush() {
            if length >= 2 { tokens.append(String(current)) }
            current = String.UnicodeScalarView()
            length = 0
        }
        for scalar in text.lowercased().unicodeScalars {
            if isWordCharacter(scalar) {
                current.append(scalar)
                length += 1
            } else if length > 0 {
                flush()
            }
        }
        flush()
        return tokens
    }

    /// Fast path for pure-ASCII text (most titles and abstracts): bytes, no Unicode tables.
    /// Returns nil if the text has any non-ASCII byte.
    private static func asciiTokens(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var tokens: [String] = []
            var start = -1
            func flush(_ end: Int) {
                if start >= 0, end - start >= 2 {
                    let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    tokens.append(String(unsafeUninitializedCapacity: slice.count) { buffer in
                        for (i, b) in slice.enumerated() { buffer[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
                        return slice.count
                    })
                }
                start = -1
            }
            for i in 0..<bytes.count {
                let b = bytes[i]
                if b >= 0x80 { return nil }
                let word = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
                if word { if start < 0 { start = i } } else { flush(i) }
            }
            flush(bytes.count)
            return tokens
        }
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
