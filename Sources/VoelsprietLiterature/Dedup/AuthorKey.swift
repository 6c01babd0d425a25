// Author names reduced to surname and initials, whatever format the database wrote them in.

import Foundation

/// An author's folded surname and initials, read from "Smith, J. A.", "Smith JA", "J A Smith",
/// "John A. Smith" or "van der Berg, J." alike.
public struct AuthorKey: Sendable, Hashable, Codable {
    /// Surname folded to letters only, particles included ("vanderberg", "kimmitsuyama").
    public var surname: String
    /// Lowercase initials of the given names ("ja"); may be empty.
    public var initials: String

    public init(surname: String, initials: String) {
        self.surname = surname
        self.initials = initials
    }

    /// Parses one author name; nil for an empty name or a placeholder ("Anonymous", "et al.").
    ///
    /// With a comma the surname is what precedes it. Without one, trailing tokens that look like
    /// initials (one letter, or up to three capitals as in "Smith JA") mark a surname-first name;
    /// otherwise leading initials or given names are taken off and the rest (with particles such
    /// as "van der") is the surname.
    public init?(_ name: String) {
        let trimmed = String(TextFolding.trimmed(name))
        let folded = TextFolding.fold(trimmed)
        guard !folded.isEmpty, !AuthorKey.placeholders.contains(folded) else { return nil }
        if let comma = trimmed.firstIndex(of: ",") {
            let surname = AuthorKey.letters(TextFolding.fold(String(trimmed[..<comma])))
            guard !surname.isEmpty else { return nil }
            let given = AuthorKey.rawTokens(String(trimmed[trimmed.index(after: comma)...]))
            self.init(surname: surname, initials: AuthorKey.initials(of: given))
            return
        }
        let tokens = AuthorKey.rawTokens(trimmed)
        guard !tokens.isEmpty else { return nil }
        var end = tokens.count
        while end > 1, AuthorKey.looksLikeInitials(tokens[end - 1]) { end -= 1 }
        if end < tokens.count {
            let surname = AuthorKey.letters(TextFolding.fold(tokens[..<end].joined(separator: " ")))
            let initials = tokens[end...].map { TextFolding.fold($0) }.joined()
            guard !surname.isEmpty else { return nil }
            self.init(surname: surname, initials: AuthorKey.letters(initials))
            return
        }
        // Given names first: the surname starts at the last token, extended back over particles.
        var start = tokens.count - 1
        while start > 1, AuthorKey.particles.contains(TextFolding.fold(tokens[start - 1])) { start -= 1 }
        let surname = AuthorKey.letters(TextFolding.fold(tokens[start...].joined(separator: " ")))
        guard !surname.isEmpty else { return nil }
        self.init(surname: surname, initials: AuthorKey.initials(of: Array(tokens[..<start])))
    }

    /// Keys of an author list, placeholders left out.
    public static func keys(_ authors: [String]) -> [AuthorKey] {
        authors.compactMap(AuthorKey.init)
    }

    /// Keys of the first `names` names, placeholders left out, at most `keys` of them: the
    /// first `keys` elements of `keys(Array(authors.prefix(names)))`, parsing no further.
    static func leadingKeys(_ authors: [String], names: Int, keys: Int) -> [AuthorKey] {
        var result: [AuthorKey] = []
        for name in authors.prefix(names) where result.count < keys {
            if let key = AuthorKey.parse(name) { result.append(key) }
        }
        return result
    }

    /// Whether two surnames name the same person as databases write it: equal, one the end or
    /// start of the other (dropped particle "Berg"/"van der Berg", first part of a double name
    /// "Garcia"/"Garcia-Lopez", at least 4 letters), or one letter apart when both have at
    /// least 5 letters (a typo or transliteration such as "Krankel"/"Kraenkel" is two).
    public func sameSurname(as other: AuthorKey) -> Bool {
        let a = surname, b = other.surname
        if a == b { return true }
        let shorter = min(a.count, b.count)
        if shorter >= 4 && (a.hasSuffix(b) || b.hasSuffix(a) || a.hasPrefix(b) || b.hasPrefix(a)) { return true }
        if shorter >= 5 && abs(a.count - b.count) <= 1 {
            return EditDistance.bounded(Array(a.utf8), Array(b.utf8), limit: 1) != nil
        }
        return false
    }

    static let placeholders: Set<String> = ["anonymous", "anon", "et al", "et al.", "no authorship indicated", "unknown", "na", "n a"]
    static let particles: Set<String> = ["van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "le", "la", "ten", "ter", "van t", "vant", "st", "al", "el", "bin", "ibn", "mac"]

    /// Name tokens split at spaces and periods, hyphens kept inside ("Kim-Mitsuyama").
    private static func rawTokens(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "\t" || $0 == "\n" }).map(String.init)
    }

    /// One letter ("J"), or two or three capitals ("JA", "JAS") as PubMed writes initials.
    private static func looksLikeInitials(_ token: String) -> Bool {
        let letters = token.filter(\.isLetter)
        guard !letters.isEmpty, letters.count == token.filter({ $0 != "-" }).count else { return false }
        if letters.count == 1 { return true }
        return letters.count <= 3 && letters.allSatisfy(\.isUppercase)
    }

    private static func initials(of tokens: [String]) -> String {
        tokens.compactMap { token -> String? in
            if looksLikeInitials(token) { return letters(TextFolding.fold(token)) }
            return TextFolding.fold(token).first.map(String.init)
        }.joined()
    }

    private static func letters(_ folded: String) -> String {
        String(folded.unicodeScalars.filter { $0 != " " })
    }
}
