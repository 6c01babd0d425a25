import Foundation
import Testing
import VoelsprietQDA

@Suite struct AgreementInputTests {
    let a = UUID(), b = UUID(), c = UUID(), code = UUID()
    let source = AgreementSource(
        id: UUID(), length: 50, paragraphs: [ScalarRange(start: 0, end: 20), ScalarRange(start: 25, end: 50)])

    private func compute(
        unit: AgreementUnit = .character, sources: [AgreementSource]? = nil, codings: [Coding] = [],
        coders: [UUID]? = nil, codes: [UUID]? = nil
    ) throws(AgreementInputError) -> AgreementReport {
        try CoderAgreement.compute(
            unit: unit, sources: sources ?? [source], codings: codings, coders: coders ?? [a, b], codes: codes ?? [code]
        )
    }

    private func coding(_ coder: UUID, _ start: Int, _ end: Int, id: UUID = UUID()) -> Coding {
        Coding(id: id, sourceID: source.id, codeID: code, coderID: coder, range: ScalarRange(start: start, end: end))
    }

    @Test func unitRawValues() {
        #expect(AgreementUnit.character.rawValue == "character")
        #expect(AgreementUnit.paragraph.rawValue == "paragraph")
        #expect(AgreementUnit.allCases.count == 2)
    }

    @Test func paragraphsFromText() {
        let text = "Eerste regel.\n\n  \nTweede."
        #expect(
            AgreementSource.paragraphs(in: text) == [ScalarRange(start: 0, end: 13), ScalarRange(start: 18, end: 25)])
        // Scalars, not characters or UTF-16: the flag is two scalars, "é" spelled e + U+0301 two.
        let scalars = "🇳🇱 e\u{301}\n\u{A0}\t\nx\n"
        #expect(
            AgreementSource.paragraphs(in: scalars) == [ScalarRange(start: 0, end: 5), ScalarRange(start: 9, end: 10)])
        #expect(AgreementSource.paragraphs(in: "").isEmpty)
        #expect(AgreementSource.paragraphs(in: "\n \n").isEmpty)
        let derived = AgreementSource(Source(name: "Invented", text: "Een.\nTwee."))
        #expect(derived.length == 10 && derived.paragraphs.count == 2)
    }

    @Test func badInputIsNamed() {
        let wrong = UUID()
        #expect(throws: AgreementInputError.tooFewCoders(count: 1)) { try compute(coders: [a]) }
        #expect(throws: AgreementInputError.duplicateCoder(a, position: 2)) { try compute(coders: [a, b, a]) }
        #expect(throws: AgreementInputError.duplicateCode(code, position: 1)) { try compute(codes: [code, code]) }
        #expect(throws: AgreementInputError.duplicateSource(source.id)) { try compute(sources: [source, source]) }
        let negative = AgreementSource(id: wrong, length: -3, paragraphs: [])
        #expect(throws: AgreementInputError.negativeLength(source: wrong, length: -3)) {
            try compute(sources: [negative])
        }
        let outside = AgreementSource(id: wrong, length: 10, paragraphs: [ScalarRange(start: 5, end: 11)])
        #expect(
            throws: AgreementInputError.invalidParagraph(
                source: wrong, paragraph: ScalarRange(start: 5, end: 11), length: 10)
        ) {
            try compute(sources: [outside])
        }
        let emptyParagraph = AgreementSource(id: wrong, length: 10, paragraphs: [ScalarRange(start: 4, end: 4)])
        #expect(throws: AgreementInputError.self) { try compute(sources: [emptyParagraph]) }
        let overlapping = AgreementSource(
            id: wrong, length: 10, paragraphs: [ScalarRange(start: 4, end: 9), ScalarRange(start: 0, end: 5)])
        #expect(
            throws: AgreementInputError.overlappingParagraphs(
                source: wrong, first: ScalarRange(start: 0, end: 5), second: ScalarRange(start: 4, end: 9))
        ) {
            try compute(sources: [overlapping])
        }
        #expect(throws: AgreementInputError.tooManyCoders(count: 65, maximum: 64)) {
            try compute(coders: (0..<65).map { _ in UUID() })
        }
        let huge = AgreementSource(id: wrong, length: 1 << 50, paragraphs: [])
        #expect(throws: AgreementInputError.tooManyUnits) {
            try compute(sources: [huge], codes: (0..<8).map { _ in UUID() })
        }
        let maxLength = AgreementSource(id: wrong, length: Int.max, paragraphs: [])
        #expect(throws: AgreementInputError.tooManyUnits) { try compute(sources: [maxLength, source]) }
    }

    @Test func badCodingRangesNameTheCoding() {
        let id = UUID()
        for (start, end) in [(40, 51), (30, 20), (-1, 5)] {
            let expected = AgreementInputError.invalidCodingRange(
                coding: id, source: source.id, range: ScalarRange(start: start, end: end), length: 50)
            #expect(throws: expected) { try compute(codings: [coding(a, start, end, id: id)]) }
            let message = expected.description
            #expect(message.contains(id.uuidString) && message.contains("0–50"))
        }
        // A coding the computation does not use (another coder) is not checked.
        #expect(throws: Never.self) { try compute(codings: [coding(c, 40, 99)]) }
    }

    @Test func undefinedFiguresCarryReasonsNotNaN() throws {
        let unused = UUID()
        let report = try compute(codings: [coding(a, 0, 10), coding(b, 0, 10)], codes: [code, unused])
        let figures = try #require(report.codes.last?.figures)
        #expect(figures.percentAgreement.value == 100)
        #expect(figures.cohensKappa.value == nil && figures.cohensKappa.undefinedReason == .allUnitsAlike)
        #expect(figures.krippendorffAlpha.undefinedReason == .allUnitsAlike)
        #expect(report.codes.first?.figures.cohensKappa.value == 1)
        let three = try compute(codings: [coding(a, 0, 10)], coders: [a, b, c])
        let first = try #require(three.codes.first?.figures)
        #expect(first.cohensKappa.undefinedReason == .notTwoCoders(count: 3))
        #expect(first.pairs.count == 3 && first.pairs.allSatisfy { $0.cohensKappa.value != nil || $0.first == b })
        let noUnits = try compute(unit: .paragraph, sources: [AgreementSource(id: UUID(), length: 5, paragraphs: [])])
        #expect(noUnits.overall.percentAgreement.undefinedReason == .noUnits)
        #expect(noUnits.overall.krippendorffAlpha.undefinedReason?.code == "no_units")
        let none = try compute(codes: [])
        #expect(none.codes.isEmpty && none.overall.units == 0 && none.overall.cohensKappa.undefinedReason == .noUnits)
        let reason = AgreementUndefined.allUnitsAlike.description
        #expect(reason.contains("undefined"))
    }

    @Test func paragraphOrderDoesNotMatter() throws {
        let reversed = AgreementSource(id: source.id, length: 50, paragraphs: source.paragraphs.reversed())
        let codings = [coding(a, 18, 30), coding(b, 21, 24)]
        let sorted = try compute(unit: .paragraph, codings: codings)
        let unsorted = try compute(unit: .paragraph, sources: [reversed], codings: codings)
        #expect(sorted == unsorted)
        // a codes both paragraphs; b's coding lies between them and codes neither.
        #expect(sorted.overall.codedUnits == [2, 0] && sorted.overall.units == 2)
        // One coder coded every unit, the other none: pₒ = pₑ = 0, so κ = 0 (defined).
        #expect(sorted.overall.cohensKappa.value == 0)
    }

    @Test func pairKeepsKappaDetail() throws {
        let report = try compute(codings: [coding(a, 0, 20), coding(b, 10, 30)])
        let pair = try #require(report.overall.pairs.first)
        let detail = try #require(pair.kappaDetail)
        #expect(detail.kappa == pair.cohensKappa.value && detail.n == 50 && pair.units == 50)
        #expect(detail.standardError > 0)
    }
}
