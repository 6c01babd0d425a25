import Foundation

/// The rules a researcher's chosen password must meet, checked in one place for the web and
/// the CLI: at least 12 characters, not the user name (nor contained in it or containing it),
/// and not on a built-in list of common passwords. Length counts Unicode characters.
public enum PasswordPolicy {
    public static let minimumLength = 12
    public static let maximumLength = 200

    public enum Problem: String, Sendable, Equatable, CaseIterable {
        case tooShort = "too_short"
        case tooLong = "too_long"
        case containsUsername = "contains_username"
        case common
        case sameAsCurrent = "same_as_current"
    }

    /// Every rule the password breaks, in a fixed order; empty when it is acceptable.
    public static func problems(password: String, username: String) -> [Problem] {
        var problems: [Problem] = []
        if password.count < minimumLength { problems.append(.tooShort) }
        if password.count > maximumLength { problems.append(.tooLong) }
        let folded = normalise(password)
        let name = normalise(username)
        if !name.isEmpty, folded.contains(name) || (name.contains(folded) && !folded.isEmpty) {
            problems.append(.containsUsername)
        }
        if CommonPasswords.contains(folded) { problems.append(.common) }
        return problems
    }

    /// Lowercased, without spaces, separators and diacritics: "Welkom 123!" and "welkom123!"
    /// count as the same password for the checks.
    static func normalise(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && !"-_.".unicodeScalars.contains($0) }
            .map(String.init).joined()
    }
}

/// A small built-in list of passwords that attackers try first (the most common ones world-wide,
/// Dutch favourites, keyboard walks and the tool's own name), compared after `normalise`, and
/// also with one or more trailing digits and symbols stripped ("wachtwoord2024!" is common).
enum CommonPasswords {
    static let list: Set<String> = [
        "123456789012", "1234567890123", "12345678901234", "123123123123", "111111111111", "000000000000",
        "qwertyuiopas", "qwertyuiop", "qwerty", "qwertyqwerty", "azertyuiop", "asdfghjkl", "asdfghjkl;'",
        "1q2w3e4r5t6y", "1qaz2wsx3edc", "zaq12wsxcde3", "qazwsxedcrfv", "password", "passw0rd", "password1",
        "passwordpassword", "iloveyou", "letmein", "welcome", "welkom", "wachtwoord", "geheim", "onderzoek",
        "voelspriet", "administrator", "admin", "adminadmin", "changeme", "trustno1", "dragon", "monkey",
        "football", "baseball", "sunshine", "princess", "starwars", "whatever", "superman", "batman",
        "correcthorsebatterystaple", "abcdefghijkl", "abcdefabcdef", "aaaaaaaaaaaa", "ajax", "feyenoord",
        "amsterdam", "rotterdam", "denhaag", "utrecht", "nederland", "holland", "zomer", "winter", "lente",
        "herfst", "maandag", "januari", "hallo", "hoihoi", "lekker", "liefde", "schatje", "voetbal",
    ]

    static func contains(_ normalised: String) -> Bool {
        if list.contains(normalised) { return true }
        var stem = Substring(normalised)
        while let last = stem.last, last.isNumber || last.isPunctuation || last.isSymbol { stem = stem.dropLast() }
        var head = stem
        while let first = head.first, first.isNumber || first.isPunctuation || first.isSymbol { head = head.dropFirst() }
        return list.contains(String(stem)) || list.contains(String(head))
            || (!normalised.isEmpty && Set(normalised).count <= 2)
    }
}

/// Account names: 2–40 of a–z, 0–9, `.`, `_` and `-`, stored lowercased.
public enum Username {
    public static func normalised(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased()
    }

    public static func isValid(_ name: String) -> Bool {
        (2...40).contains(name.count)
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }
    }
}
