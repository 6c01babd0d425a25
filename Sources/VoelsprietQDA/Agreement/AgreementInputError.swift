// Problems with the input of an agreement computation, each naming what and where.
import Foundation

/// Why agreement cannot be computed for the given sources, codings and coders at all (as
/// opposed to `AgreementUndefined`, one figure that has no value).
public enum AgreementInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Agreement needs at least two coders.
    case tooFewCoders(count: Int)
    /// More coders than the computation supports (each coder is one bit of a 64-bit mask).
    case tooManyCoders(count: Int, maximum: Int)
    /// A coder listed twice (0-based position of the second mention).
    case duplicateCoder(UUID, position: Int)
    /// A code listed twice (0-based position of the second mention).
    case duplicateCode(UUID, position: Int)
    /// A source listed twice.
    case duplicateSource(UUID)
    /// A source length below zero.
    case negativeLength(source: UUID, length: Int)
    /// A paragraph that is empty or does not lie within the source's text.
    case invalidParagraph(source: UUID, paragraph: ScalarRange, length: Int)
    /// Two paragraphs of one source share scalars.
    case overlappingParagraphs(source: UUID, first: ScalarRange, second: ScalarRange)
    /// A coding whose range is reversed or reaches outside its source's text.
    case invalidCodingRange(coding: UUID, source: UUID, range: ScalarRange, length: Int)
    /// Units × codes × coders exceed what the counts can hold exactly (2⁵²).
    case tooManyUnits

    /// A stable machine-readable code.
    public var code: String {
        switch self {
        case .tooFewCoders: "too_few_coders"
        case .tooManyCoders: "too_many_coders"
        case .duplicateCoder: "duplicate_coder"
        case .duplicateCode: "duplicate_code"
        case .duplicateSource: "duplicate_source"
        case .negativeLength: "negative_length"
        case .invalidParagraph: "invalid_paragraph"
        case .overlappingParagraphs: "overlapping_paragraphs"
        case .invalidCodingRange: "invalid_coding_range"
        case .tooManyUnits: "too_many_units"
        }
    }

    public var description: String {
        switch self {
        case .tooFewCoders(let count):
            "agreement needs at least two coders; \(count) given"
        case .tooManyCoders(let count, let maximum):
            "agreement supports at most \(maximum) coders; \(count) given"
        case .duplicateCoder(let id, let position):
            "coder \(id.uuidString) is listed twice (again at position \(position + 1))"
        case .duplicateCode(let id, let position):
            "code \(id.uuidString) is listed twice (again at position \(position + 1))"
        case .duplicateSource(let id):
            "source \(id.uuidString) is listed twice"
        case .negativeLength(let source, let length):
            "source \(source.uuidString) has a negative length (\(length))"
        case .invalidParagraph(let source, let paragraph, let length):
            "source \(source.uuidString): paragraph \(paragraph) is empty or lies outside the text (0–\(length))"
        case .overlappingParagraphs(let source, let first, let second):
            "source \(source.uuidString): paragraphs \(first) and \(second) overlap"
        case .invalidCodingRange(let coding, let source, let range, let length):
            "coding \(coding.uuidString) in source \(source.uuidString): \(range) is reversed or lies outside the text (0–\(length))"
        case .tooManyUnits:
            "units × codes × coders exceed 2^52; agreement cannot be counted exactly"
        }
    }
}
