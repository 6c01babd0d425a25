import Foundation
import Testing

@testable import VoelsprietWorkspace

/// TOTP against the test vectors of RFC 6238 (Appendix B) and base32 against RFC 4648 §10,
/// committed as a fixture.
@Suite("TOTP and base32")
struct TOTPTests {
    struct Fixture: Decodable {
        struct Vector: Decodable {
            let unix_time: Double
            let step: Int64
            let totp: String
        }
        struct Base32Case: Decodable {
            let bytes_ascii: String
            let base32: String
        }
        let secret_ascii: String
        let digits: Int
        let vectors: [Vector]
        let base32: [Base32Case]
    }

    static func fixture() throws -> Fixture {
        let url = try #require(Bundle.module.url(forResource: "rfc6238_sha1", withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    @Test("codes equal RFC 6238's SHA-1 test vectors")
    func rfcVectors() throws {
        let fixture = try Self.fixture()
        let totp = TOTP(secret: Array(fixture.secret_ascii.utf8), digits: fixture.digits)
        for vector in fixture.vectors {
            let date = Date(timeIntervalSince1970: vector.unix_time)
            #expect(totp.step(at: date) == vector.step)
            #expect(totp.codeString(at: date) == vector.totp, "t = \(vector.unix_time)")
        }
    }

    @Test("a code is accepted within one step either side, and nowhere else")
    func window() throws {
        let totp = TOTP(secret: Array("12345678901234567890".utf8))
        let date = Date(timeIntervalSince1970: 1_234_567_890)
        let now = totp.step(at: date)
        let current = totp.codeString(at: date)
        #expect(totp.matchingStep(current, at: date) == now)
        #expect(totp.matchingStep(current, at: date.addingTimeInterval(30)) == now)
        #expect(totp.matchingStep(current, at: date.addingTimeInterval(-30)) == now)
        #expect(totp.matchingStep(current, at: date.addingTimeInterval(90)) == nil)
        #expect(totp.matchingStep(String(current.prefix(3)) + " " + String(current.dropFirst(3)), at: date) == now)
        #expect(totp.matchingStep("12345", at: date) == nil)
        #expect(totp.matchingStep("１２３４５６", at: date) == nil)  // full-width digits are not digits here
        #expect(totp.matchingStep("abcdef", at: date) == nil)
    }

    @Test("base32 as RFC 4648 §10, and back")
    func base32() throws {
        for item in try Self.fixture().base32 {
            #expect(Base32.encode(Array(item.bytes_ascii.utf8)) == item.base32)
            #expect(Base32.decode(item.base32) == Array(item.bytes_ascii.utf8))
        }
        let secret = TOTP.randomSecret()
        #expect(secret.count == 20)
        #expect(Base32.decode(Base32.encode(secret).lowercased()) == secret)
        #expect(Base32.decode("MZXW1") == nil)
    }

    @Test("the provisioning address carries the secret, issuer and parameters")
    func provisioning() {
        let totp = TOTP(secret: Array("foobar".utf8))
        let uri = totp.provisioningURI(account: "anna", issuer: "Voelspriet")
        #expect(uri == "otpauth://totp/Voelspriet%3Aanna?secret=MZXW6YTBOI&issuer=Voelspriet&algorithm=SHA1&digits=6&period=30")
    }
}
