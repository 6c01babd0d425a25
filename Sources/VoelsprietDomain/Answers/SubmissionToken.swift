/// The one-time token of one filled-in questionnaire, so that its answers are stored exactly once.
///
/// Made when the respondent starts, it travels with the form from step to step (as the answers
/// do) and comes back with the final POST. The receipt code is derived from it (see
/// `ReceiptCode.derived(from:study:)` in the intake service), so every POST of the same
/// questionnaire — a replay, a reload, back and send again, a double click — gives the same
/// receipt and hits the same row: the second insert violates the receipt's primary key and is
/// answered with the receipt of the first. 128 random bits in Crockford's base 32 (26 characters).
public struct SubmissionToken: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    public var description: String { text }

    static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")

    /// A new random token.
    public static func generate() -> SubmissionToken {
        var generator = SystemRandomNumberGenerator()
        var text = ""
        text.reserveCapacity(26)
        var high = generator.next() as UInt64, low = generator.next() as UInt64
        for index in 0..<26 {
            // 26 × 5 = 130 bits: the last two characters take 4 and 1 remaining bits.
            if index < 13 {
                text.append(alphabet[Int(high & 0x1F)])
                high >>= 5
            } else {
                text.append(alphabet[Int(low & 0x1F)])
                low >>= 5
            }
        }
        return SubmissionToken(checked: text)
    }

    private init(checked text: String) {
        self.text = text
    }

    /// An API client's `Idempotency-Key`: 16 to 255 visible ASCII characters, chosen by the client
    /// (a UUID, say); nil otherwise.
    public init?(idempotencyKey key: String) {
        guard (16...255).contains(key.utf8.count), key.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else { return nil }
        self.text = key
    }

    /// A token as posted back; nil unless it is 26 characters of the alphabet (anything else
    /// posted by a client is ignored and the submission gets a fresh, random receipt).
    public init?(_ posted: String) {
        guard posted.utf8.count == 26, posted.allSatisfy({ Self.alphabet.contains($0) }) else { return nil }
        self.text = posted
    }
}
