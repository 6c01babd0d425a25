import Foundation
import VoelsprietDomain

/// Reads answers stored by `AnswerSet.jsonString()` against one instrument. Build it once per
/// query: the validator it holds precomputes the instrument's rules.
public struct StoredAnswerReader: Sendable {
    let validator: ResponseValidator

    public init(instrument: Instrument) {
        validator = ResponseValidator(instrument: instrument)
    }

    /// The answers of one stored JSON document.
    public func read(_ json: String) throws -> AnswerSet {
        // The same strict parser as intake: what it wrote, it reads back.
        let raw = try AnswerBodyParser.parse(Array(json.utf8))
        // Stored answers were validated on the way in; discard rather than fail on anything an
        // instrument edit may have made inapplicable, so an export never breaks.
        return validator.validate(raw, hidden: .discard, scope: []).answers
    }
}
