import Foundation
import Testing
import VoelsprietQDA

@Suite struct CodingDifferencesTests {
    let a = UUID(), b = UUID(), c = UUID(), code = UUID()

    private func coding(_ source: AgreementSource, _ coder: UUID, _ start: Int, _ end: Int, code: UUID? = nil) -> Coding
    {
        Coding(
            sourceID: source.id, codeID: code ?? self.code, coderID: coder, range: ScalarRange(start: start, end: end))
    }

    @Test func issueExampleSplitsIntoFourSegments() throws {
        let source = AgreementSource(id: UUID(), length: 100, paragraphs: [])
        let codings = [coding(source, a, 0, 40), coding(source, b, 20, 60)]
        let result = try CoderAgreement.differences(source: source, codeID: code, coders: [a, b], codings: codings)
        let expected = [
            CodingSegment(range: ScalarRange(start: 0, end: 20), codedBy: [a], agrees: false),
            CodingSegment(range: ScalarRange(start: 20, end: 40), codedBy: [a, b], agrees: true),
            CodingSegment(range: ScalarRange(start: 40, end: 60), codedBy: [b], agrees: false),
            CodingSegment(range: ScalarRange(start: 60, end: 100), codedBy: [], agrees: true),
        ]
        #expect(result.segments == expected)
        #expect(result.disagreements.map(\.range) == [ScalarRange(start: 0, end: 20), ScalarRange(start: 40, end: 60)])
        #expect(result.codedByAll.map(\.range) == [ScalarRange(start: 20, end: 40)])
        #expect(result.agreements.count == 2)
        #expect(result.segments[0].isCoded(by: a) && !result.segments[0].isCoded(by: b))
        #expect(result.unit == .character && result.sourceID == source.id && result.codeID == code)
    }

    @Test func overlappingCodingsThreeCodersAndCoderOrder() throws {
        let source = AgreementSource(id: UUID(), length: 30, paragraphs: [])
        let codings = [
            coding(source, c, 0, 10), coding(source, a, 5, 12), coding(source, a, 8, 15),
            coding(source, a, 15, 20), coding(source, b, 10, 20), coding(source, b, 0, 30, code: UUID()),
        ]
        let result = try CoderAgreement.differences(source: source, codeID: code, coders: [c, b, a], codings: codings)
        let expected = [
            CodingSegment(range: ScalarRange(start: 0, end: 5), codedBy: [c], agrees: false),
            CodingSegment(range: ScalarRange(start: 5, end: 10), codedBy: [c, a], agrees: false),
            CodingSegment(range: ScalarRange(start: 10, end: 20), codedBy: [b, a], agrees: false),
            CodingSegment(range: ScalarRange(start: 20, end: 30), codedBy: [], agrees: true),
        ]
        #expect(result.segments == expected)
    }

    @Test func nobodyCodedGivesOneAgreeingSegmentAndEmptyTextNone() throws {
        let source = AgreementSource(id: UUID(), length: 12, paragraphs: [])
        let result = try CoderAgreement.differences(source: source, codeID: code, coders: [a, b], codings: [])
        #expect(result.segments == [CodingSegment(range: ScalarRange(start: 0, end: 12), codedBy: [], agrees: true)])
        let empty = AgreementSource(id: UUID(), length: 0, paragraphs: [])
        let none = try CoderAgreement.differences(source: empty, codeID: code, coders: [a, b], codings: [])
        #expect(none.segments.isEmpty)
    }

    @Test func paragraphUnitGivesOneSegmentPerParagraph() throws {
        let source = AgreementSource(id: UUID(), text: "Eerste regel.\n\n  \nTweede.\nDerde")
        let codings = [coding(source, a, 2, 4), coding(source, b, 13, 18), coding(source, b, 20, 28)]
        let result = try CoderAgreement.differences(
            unit: .paragraph, source: source, codeID: code, coders: [a, b], codings: codings)
        let expected = [
            CodingSegment(range: ScalarRange(start: 0, end: 13), codedBy: [a], agrees: false),
            CodingSegment(range: ScalarRange(start: 18, end: 25), codedBy: [b], agrees: false),
            CodingSegment(range: ScalarRange(start: 26, end: 31), codedBy: [b], agrees: false),
        ]
        #expect(result.segments == expected)
    }

    /// Summed over the sources, the segments reproduce the reference counts of every fixture
    /// case: agreeing units = unanimous units, units coded by coder i = coded_units[i].
    @Test(arguments: AgreementFixtureTests.cases) func segmentsAddUpToReferenceCounts(
        _ fixture: AgreementFixtureCase
    ) throws {
        let input = try AgreementFixtureInput(fixture)
        for (index, expected) in fixture.expected.codes.enumerated() {
            var agreeing = 0
            var coded = [Int](repeating: 0, count: input.coders.count)
            for source in input.sources {
                let result = try CoderAgreement.differences(
                    unit: input.unit, source: source, codeID: input.codes[index], coders: input.coders,
                    codings: input.codings)
                try checkShape(result, source: source)
                for segment in result.segments {
                    let size = input.unit == .character ? segment.range.length : 1
                    if segment.agrees { agreeing += size }
                    for (i, coder) in input.coders.enumerated() where segment.isCoded(by: coder) { coded[i] += size }
                }
            }
            #expect(agreeing == expected.unanimous_units, "\(fixture.name)")
            #expect(coded == expected.coded_units, "\(fixture.name)")
        }
    }

    /// Character segments tile the text with no gap and change status at every boundary;
    /// paragraph segments are the paragraphs.
    private func checkShape(_ result: CodingDifferences, source: AgreementSource) throws {
        if result.unit == .paragraph {
            #expect(result.segments.map(\.range) == source.paragraphs.sorted())
            return
        }
        var position = 0
        for (i, segment) in result.segments.enumerated() {
            #expect(segment.range.start == position && !segment.range.isEmpty)
            if i > 0 { #expect(result.segments[i - 1].codedBy != segment.codedBy) }
            position = segment.range.end
        }
        #expect(position == source.length)
    }
}
