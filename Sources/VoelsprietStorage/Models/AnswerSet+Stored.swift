import Foundation
import VoelsprietDomain

extension AnswerSet {
    /// Reads answers stored by `jsonString()`, trusting their shape against `instrument`.
    public static func fromStoredJSON(_ json: String, instrument: Instrument) throws -> AnswerSet {
        // The same strict parser as intake: what it wrote, it reads back.
        let raw = try AnswerBodyParser.parse(Array(json.utf8))
        // Stored answers were validated on the way in; discard rather than fail on anything an
        // instrument edit may have made inapplicable, so an export never breaks.
        return ResponseValidator(instrument: instrument).validate(raw, hidden: .discard, scope: []).answers
    }
}
