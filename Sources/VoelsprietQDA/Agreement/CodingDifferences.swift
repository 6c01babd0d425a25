// Where coders differ on one code in one source, for a page that shows the coders side by side
// and highlights what they need to discuss.
import Foundation

/// A stretch of text (characters) or one paragraph with the same status for every coder.
public struct CodingSegment: Sendable, Hashable {
    public let range: ScalarRange
    /// The coders who coded this segment with the code, in the compared order.
    public let codedBy: [UUID]
    /// True when every coder gave it the same status (all coded it, or none did).
    public let agrees: Bool

    public init(range: ScalarRange, codedBy: [UUID], agrees: Bool) {
        self.range = range
        self.codedBy = codedBy
        self.agrees = agrees
    }

    /// True when `coder` coded this segment.
    public func isCoded(by coder: UUID) -> Bool { codedBy.contains(coder) }
}

/// The segments of one source for one code and a set of coders.
///
/// For the character unit, `segments` partitions the whole text `0..<length` into maximal
/// stretches of constant status, in text order (adjacent segments differ in who coded them). For
/// the paragraph unit there is one segment per paragraph, in text order; text between
/// paragraphs belongs to none. A page can render one column per coder, mark each coder's coded
/// segments, and highlight the segments that do not agree.
public struct CodingDifferences: Sendable, Hashable {
    public let unit: AgreementUnit
    public let sourceID: UUID
    public let codeID: UUID
    public let coders: [UUID]
    public let segments: [CodingSegment]

    /// The segments on which the coders differ.
    public var disagreements: [CodingSegment] { segments.filter { !$0.agrees } }
    /// The segments on which all coders agree (coded by all, or by none).
    public var agreements: [CodingSegment] { segments.filter(\.agrees) }
    /// The segments all coders coded.
    public var codedByAll: [CodingSegment] { segments.filter { $0.agrees && !$0.codedBy.isEmpty } }
}

extension CoderAgreement {
    /// Where `coders` (at least two) differ on code `codeID` in `source`. `codings` may hold
    /// codings of other sources, codes and coders; they are ignored. Throws like `compute` for
    /// bad coders, paragraphs or coding ranges.
    public static func differences(
        unit: AgreementUnit = .character, source: AgreementSource, codeID: UUID, coders: [UUID], codings: [Coding]
    ) throws(AgreementInputError) -> CodingDifferences {
        let input = try PreparedAgreementInput(sources: [source], codings: codings, coders: coders, codes: [codeID])
        let empty = [[ScalarRange]](repeating: [], count: coders.count)
        let perCoder = input.ranges[codeID]?[source.id] ?? empty
        let checked = input.sources[source.id] ?? source
        let all: CoderMask = coders.count >= 64 ? ~0 : (1 << CoderMask(coders.count)) - 1
        let segment = { (range: ScalarRange, mask: CoderMask) -> CodingSegment in
            let codedBy = coders.enumerated().filter { mask & (1 << CoderMask($0.offset)) != 0 }.map(\.element)
            return CodingSegment(range: range, codedBy: codedBy, agrees: mask == 0 || mask == all)
        }
        let segments: [CodingSegment]
        switch unit {
        case .character:
            segments = CoverageSweep.partition(perCoder, length: checked.length).map { segment($0.range, $0.mask) }
        case .paragraph:
            let masks = CoverageSweep.paragraphMasks(perCoder, paragraphs: checked.paragraphs)
            segments = checked.paragraphs.enumerated().map { segment($0.element, masks[$0.offset] ?? 0) }
        }
        return CodingDifferences(unit: unit, sourceID: source.id, codeID: codeID, coders: coders, segments: segments)
    }
}
