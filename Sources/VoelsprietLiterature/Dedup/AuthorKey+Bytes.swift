// The fast path of author-name parsing: plain ASCII names parsed on their bytes, following
// `AuthorKey.init(_:)` step by step (same tokens, same tests), without intermediate strings.

extension AuthorKey {
    /// `AuthorKey(name)`, parsed on the bytes when the name is plain ASCII (no CR, which would
    /// pair with LF into one character, and nothing `TextFolding.foldFast` declines).
    static func parse(_ name: String) -> AuthorKey? {
        let fast = name.utf8.withContiguousStorageIfAvailable { bytes -> AuthorKey?? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return .none }
            return parseASCII(bytes)
        }
        if let fast, let fast { return fast }
        return AuthorKey(name)
    }

    /// nil when the fast path does not apply, else the result of `init(_:)`.
    private static func parseASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> AuthorKey?? {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }
        var lower = 0, upper = bytes.count
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        let trimmed = Array(bytes[lower..<upper])
        guard let folded = fold(trimmed[...]) else { return .none }
        guard !folded.isEmpty, !placeholders.contains(String(decoding: folded, as: UTF8.self)) else { return .some(nil) }
        if let comma = trimmed.firstIndex(of: UInt8(ascii: ",")) {
            guard let surname = letters(trimmed[..<comma]), !surname.isEmpty else { return .some(nil) }
            guard let initials = initials(of: tokens(trimmed[(comma + 1)...])) else { return .none }
            return .some(AuthorKey(surname: surname, initials: initials))
        }
        let parts = tokens(trimmed[...])
        guard !parts.isEmpty else { return .some(nil) }
        var end = parts.count
        while end > 1, looksLikeInitials(parts[end - 1]) { end -= 1 }
        if end < parts.count {
            guard let surname = letters(joined(parts[..<end])), let initials = letters(joined(parts[end...])) else { return .none }
            guard !surname.isEmpty else { return .some(nil) }
            return .some(AuthorKey(surname: surname, initials: initials))
        }
        var start = parts.count - 1
        while start > 1 {
            guard let particle = fold(parts[start - 1]) else { return .none }
            guard particles.contains(String(decoding: particle, as: UTF8.self)) else { break }
            start -= 1
        }
        guard let surname = letters(joined(parts[start...])) else { return .none }
        guard !surname.isEmpty else { return .some(nil) }
        guard let initials = initials(of: Array(parts[..<start])) else { return .none }
        return .some(AuthorKey(surname: surname, initials: initials))
    }

    private static func fold(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { TextFolding.foldFast($0) }
    }

    /// `letters(TextFolding.fold(text))`: the folded text without spaces.
    private static func letters(_ bytes: ArraySlice<UInt8>) -> String? {
        fold(bytes).map { String(decoding: $0.filter { $0 != 0x20 }, as: UTF8.self) }
    }

    /// Tokens as `rawTokens`: split at spaces, periods, tabs and line feeds.
    private static func tokens(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        bytes.split(whereSeparator: { $0 == 0x20 || $0 == 0x2E || $0 == 0x09 || $0 == 0x0A })
    }

    private static func joined(_ parts: ArraySlice<ArraySlice<UInt8>>) -> ArraySlice<UInt8> {
        ArraySlice(Array(parts.joined(separator: [0x20])))
    }

    /// `looksLikeInitials` for ASCII: one letter, or two or three capitals (hyphens ignored).
    private static func looksLikeInitials(_ token: ArraySlice<UInt8>) -> Bool {
        let isLetter: (UInt8) -> Bool = { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        let letterCount = token.filter(isLetter).count
        guard letterCount > 0, letterCount == token.filter({ $0 != 0x2D }).count else { return false }
        if letterCount == 1 { return true }
        return letterCount <= 3 && token.allSatisfy { !isLetter($0) || ($0 >= 0x41 && $0 <= 0x5A) }
    }

    /// `initials(of:)`: all letters of initials-like tokens, else the first folded character.
    private static func initials(of tokens: [ArraySlice<UInt8>]) -> String? {
        var result: [UInt8] = []
        for token in tokens {
            guard let folded = fold(token) else { return nil }
            if looksLikeInitials(token) {
                result.append(contentsOf: folded.filter { $0 != 0x20 })
            } else if let first = folded.first {
                result.append(first)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
