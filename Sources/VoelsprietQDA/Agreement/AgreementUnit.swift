// The units over which coder agreement is counted, and the per-source input that defines them.
import Foundation

/// What one rated unit is when coders' codings are compared.
///
/// - `character`: every Unicode scalar of every source is one unit (the NVivo convention of
///   counting agreement per character; Voelspriet counts scalars, the unit of all its positions).
///   A coder codes the unit with a code when any of that coder's codings with the code covers it;
///   overlapping codings of one coder and code therefore count once (the union of their ranges).
/// - `paragraph`: every paragraph of every source is one unit (see `AgreementSource.paragraphs(in:)`).
///   A coder codes the paragraph with a code when any of that coder's codings with the code
///   shares at least one scalar with it. A coding that covers only the line break between two
///   paragraphs codes neither.
///
/// The raw values are the names a report prints (`"unit": "character"`).
public enum AgreementUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case character
    case paragraph
}

/// One source as agreement needs it: its id, its length in Unicode scalars and its paragraphs.
///
/// Paragraphs are half-open scalar ranges inside `0..<length`; they must be non-empty and must
/// not overlap (their order does not matter). Only the paragraph unit uses them.
public struct AgreementSource: Sendable, Hashable {
    public var id: UUID
    /// Number of Unicode scalars in the source's stored text.
    public var length: Int
    public var paragraphs: [ScalarRange]

    public init(id: UUID, length: Int, paragraphs: [ScalarRange]) {
        self.id = id
        self.length = length
        self.paragraphs = paragraphs
    }

    /// The source of a text: its scalar count and the paragraphs of `paragraphs(in:)`.
    public init(id: UUID, text: String) {
        self.init(id: id, length: text.unicodeScalars.count, paragraphs: Self.paragraphs(in: text))
    }

    /// The agreement view of a project source (its stored, normalised text).
    public init(_ source: Source) {
        self.init(id: source.id, text: source.text)
    }

    /// The paragraphs of a text: the text is split at every line feed (U+000A); each line that
    /// contains at least one scalar that is not white space (Unicode property White_Space) is a
    /// paragraph. The range covers the whole line, leading and trailing spaces included, without
    /// its line feed. Empty and blank lines are no paragraph. Offsets are Unicode scalars.
    ///
    /// Example: `"Eerste regel.\n\n  \nTweede."` has the paragraphs 0–13 and 18–25.
    public static func paragraphs(in text: String) -> [ScalarRange] {
        var result: [ScalarRange] = []
        var lineStart = 0
        var offset = 0
        var hasContent = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if hasContent { result.append(ScalarRange(start: lineStart, end: offset)) }
                lineStart = offset + 1
                hasContent = false
            } else if !scalar.properties.isWhitespace {
                hasContent = true
            }
            offset += 1
        }
        if hasContent { result.append(ScalarRange(start: lineStart, end: offset)) }
        return result
    }
}
