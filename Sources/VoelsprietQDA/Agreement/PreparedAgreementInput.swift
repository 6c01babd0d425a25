// Checks the input of an agreement computation and groups the relevant codings as merged ranges
// per code, source and coder.
import Foundation

/// Validated input: coders and codes without duplicates, sources with sorted disjoint paragraphs,
/// and for each reported code and source the union of each coder's ranges.
struct PreparedAgreementInput {
    static let maximumCoders = 64
    /// Units × codes × coders must stay below this, so that every count, product of counts and
    /// k·(m − k) sum fits Int exactly and converts to Double without rounding.
    static let maximumRatings = 1 << 52

    let coders: [UUID]
    let codes: [UUID]
    /// Sources by id, paragraphs sorted by start.
    let sources: [UUID: AgreementSource]
    /// code → source → per coder (compared order) → sorted disjoint ranges. Only (code, source)
    /// pairs with at least one coding by a compared coder appear.
    let ranges: [UUID: [UUID: [[ScalarRange]]]]

    init(sources: [AgreementSource], codings: [Coding], coders: [UUID], codes: [UUID]) throws(AgreementInputError) {
        try Self.checkCoders(coders)
        try Self.checkCodes(codes)
        var byID: [UUID: AgreementSource] = [:]
        for source in sources {
            guard byID[source.id] == nil else { throw .duplicateSource(source.id) }
            byID[source.id] = try Self.checked(source)
        }
        try Self.checkSize(Array(byID.values), codes: codes.count, coders: coders.count)
        self.coders = coders
        self.codes = codes
        self.sources = byID
        ranges = try Self.group(codings, sources: byID, coders: coders, codes: Set(codes))
    }

    private static func checkCoders(_ coders: [UUID]) throws(AgreementInputError) {
        guard coders.count >= 2 else { throw .tooFewCoders(count: coders.count) }
        guard coders.count <= maximumCoders else { throw .tooManyCoders(count: coders.count, maximum: maximumCoders) }
        var seen = Set<UUID>()
        for (position, coder) in coders.enumerated() where !seen.insert(coder).inserted {
            throw .duplicateCoder(coder, position: position)
        }
    }

    private static func checkCodes(_ codes: [UUID]) throws(AgreementInputError) {
        var seen = Set<UUID>()
        for (position, code) in codes.enumerated() where !seen.insert(code).inserted {
            throw .duplicateCode(code, position: position)
        }
    }

    /// The source with its paragraphs sorted, after checking length and paragraphs.
    private static func checked(_ source: AgreementSource) throws(AgreementInputError) -> AgreementSource {
        guard source.length >= 0 else { throw .negativeLength(source: source.id, length: source.length) }
        let sorted = source.paragraphs.sorted()
        for (index, paragraph) in sorted.enumerated() {
            guard paragraph.isValid(inTextOfLength: source.length) else {
                throw .invalidParagraph(source: source.id, paragraph: paragraph, length: source.length)
            }
            if index > 0 && sorted[index - 1].end > paragraph.start {
                throw .overlappingParagraphs(source: source.id, first: sorted[index - 1], second: paragraph)
            }
        }
        return AgreementSource(id: source.id, length: source.length, paragraphs: sorted)
    }

    /// Rejects inputs whose counts could lose exactness (see `maximumRatings`).
    private static func checkSize(_ sources: [AgreementSource], codes: Int, coders: Int) throws(AgreementInputError) {
        var units = 0
        for source in sources {
            // Paragraphs are non-empty and disjoint, so a source has at most `length` of them.
            let (sum, overflow) = units.addingReportingOverflow(source.length)
            guard !overflow, sum < maximumRatings else { throw .tooManyUnits }
            units = sum
        }
        let (perCode, overflow1) = units.multipliedReportingOverflow(by: coders)
        let (all, overflow2) = perCode.multipliedReportingOverflow(by: max(codes, 1))
        guard !overflow1, !overflow2, all < maximumRatings else { throw .tooManyUnits }
    }

    /// Codings of compared coders with reported codes in listed sources, merged per coder.
    /// Codings of other coders, other codes or unlisted sources are ignored; a relevant coding
    /// whose range is reversed or leaves its text is an error. Empty ranges code nothing.
    private static func group(
        _ codings: [Coding], sources: [UUID: AgreementSource], coders: [UUID], codes: Set<UUID>
    ) throws(AgreementInputError) -> [UUID: [UUID: [[ScalarRange]]]] {
        var coderIndex: [UUID: Int] = [:]
        for (index, coder) in coders.enumerated() { coderIndex[coder] = index }
        var raw: [UUID: [UUID: [[ScalarRange]]]] = [:]
        let empty = [[ScalarRange]](repeating: [], count: coders.count)
        for coding in codings {
            guard let index = coderIndex[coding.coderID], codes.contains(coding.codeID),
                let source = sources[coding.sourceID]
            else { continue }
            let range = coding.range
            guard range.start >= 0, range.start <= range.end, range.end <= source.length else {
                throw .invalidCodingRange(coding: coding.id, source: source.id, range: range, length: source.length)
            }
            guard !range.isEmpty else { continue }
            // Nested defaulted subscripts mutate in place (no copy of the arrays per coding).
            raw[coding.codeID, default: [:]][coding.sourceID, default: empty][index].append(range)
        }
        return raw.mapValues { bySource in bySource.mapValues { $0.map(CoverageSweep.union) } }
    }
}
