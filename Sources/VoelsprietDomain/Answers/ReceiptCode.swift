/// The code a respondent receives after submitting, with which they can withdraw their answers.
///
/// Sixteen characters of Crockford's base-32 alphabet (80 random bits), shown in four groups:
/// `7K3Q-M2XD-9PRT-4HVA`. Letters that are easily confused (I, L, O, U) are not used, and
/// typing them is forgiven: `normalise` maps I and L to 1 and O to 0.
public struct ReceiptCode: Sendable, Hashable, CustomStringConvertible {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// The sixteen characters, without separators.
    public let characters: String

    /// A new random code.
    public static func generate() -> ReceiptCode {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    /// A new code from `generator` (tests pass a seeded one).
    public static func generate<G: RandomNumberGenerator>(using generator: inout G) -> ReceiptCode {
        // Two 64-bit draws give the 80 bits (16 × 5) at once: the system generator makes a
        // system call per draw, and this runs for every submission.
        ReceiptCode(bits: generator.next(), generator.next())
    }

    /// The code whose sixteen characters are the 80 low bits of `high` (first eight characters,
    /// 5 bits each) and `low` (last eight): a code derived from a digest rather than drawn.
    public init(bits high: UInt64, _ low: UInt64) {
        var characters = ""
        characters.reserveCapacity(16)
        for index in 0..<16 {
            let word = index < 8 ? high : low
            let shift = UInt64((index % 8) * 5)
            characters.append(Self.alphabet[Int((word >> shift) & 0x1F)])
        }
        self.characters = characters
    }

    private init(characters: String) {
        self.characters = characters
    }

    /// Parses what a respondent typed: case, spaces and dashes do not matter.
    /// Returns nil when it cannot be a code.
    public init?(_ typed: String) {
        var result = ""
        for character in typed.uppercased() {
            switch character {
            case " ", "-", "\t": continue
            case "I", "L": result.append("1")
            case "O": result.append("0")
            default:
                guard Self.alphabet.contains(character) else { return nil }
                result.append(character)
            }
        }
        guard result.count == 16 else { return nil }
        self.characters = result
    }

    /// The code in four groups of four, as shown to respondents.
    public var description: String {
        let chars = Array(characters)
        return stride(from: 0, to: 16, by: 4).map { String(chars[$0..<$0 + 4]) }.joined(separator: "-")
    }
}
