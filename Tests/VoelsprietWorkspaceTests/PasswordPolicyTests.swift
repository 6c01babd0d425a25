import Testing

@testable import VoelsprietWorkspace

@Suite("Password rules")
struct PasswordPolicyTests {
    @Test("length, user name and common passwords", arguments: [
        ("short", "anna", [PasswordPolicy.Problem.tooShort]),
        ("anna-is-de-beste-2024", "anna", [.containsUsername]),
        ("ANNA.VRIES.1234", "anna.vries", [.containsUsername]),
        ("Wachtwoord2024!", "anna", [.common]),
        ("welkom 12345678", "anna", [.common]),
        ("aaaaaaaaaaaaaaaa", "anna", [.common]),
        ("123456789012", "anna", [.common]),
        ("Voelspriet!!!!", "anna", [.common]),
        ("paars-fietsbel-onder-de-brug", "anna", []),
        ("tulpen in de regen bij Delft", "jan", []),
    ])
    func rules(password: String, username: String, expected: [PasswordPolicy.Problem]) {
        #expect(PasswordPolicy.problems(password: password, username: username) == expected)
    }

    @Test("length counts characters, not bytes")
    func unicodeLength() {
        #expect(PasswordPolicy.problems(password: "ééééééééééé", username: "x").contains(.tooShort))  // 11 characters, 22 bytes
        #expect(!PasswordPolicy.problems(password: "ëénvoudig-lang", username: "x").contains(.tooShort))
    }

    @Test("user names")
    func usernames() {
        #expect(Username.isValid("anna.vries"))
        #expect(!Username.isValid("a"))
        #expect(!Username.isValid("Anna"))
        #expect(!Username.isValid("anna vries"))
        #expect(Username.normalised("  Anna ") == "anna")
    }

    @Test("retention dates are real calendar days")
    func retention() {
        #expect(RetentionDate.parse("2027-06-30") == "2027-06-30")
        #expect(RetentionDate.parse("2027-02-29") == nil)
        #expect(RetentionDate.parse("2028-02-29") == "2028-02-29")
        #expect(RetentionDate.parse("30-06-2027") == nil)
        #expect(RetentionDate.isPast("2026-11-30", today: "2026-12-01"))
        #expect(!RetentionDate.isPast("2026-12-01", today: "2026-12-01"))
        #expect(!RetentionDate.isPast(nil, today: "2026-12-01"))
    }
}
