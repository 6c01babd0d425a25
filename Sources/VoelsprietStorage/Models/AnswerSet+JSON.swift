import Foundation
import VoelsprietDomain

extension AnswerSet {
    /// The stored JSON form (the same shape as an API body), keys sorted.
    public func jsonString() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rawAnswers), as: UTF8.self)
    }

    /// Reads answers stored by `jsonString()`, trusting their shape against `instrument`.
    public static func fromStoredJSON(_ json: String, instrument: Instrument) throws -> AnswerSet {
        let raw = try JSONDecoder().decode(RawAnswers.self, from: Data(json.utf8))
        // Stored answers were validated on the way in; discard rather than fail on anything an
        // instrument edit may have made inapplicable, so an export never breaks.
        return ResponseValidator(instrument: instrument).validate(raw, hidden: .discard, scope: []).answers
    }
}
