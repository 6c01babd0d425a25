import Foundation
import Testing
import VoelsprietQDA

/// The size the issue names — 2,000 sources of 100,000 characters, 50 codes, 3 coders, i.e.
/// 3 × 10¹⁰ ratings — goes through the interval arithmetic (a per-character loop could not).
/// No timing is asserted; the figures are checked against the issue's example, which the same
/// pattern repeats at a larger scale (percent agreement and kappa do not depend on the scale).
@Suite struct AgreementScaleTests {
    static let sourceCount = 2_000, length = 100_000, codeCount = 50

    /// In every source and for every code: A codes 0–40 %, B and C 20–60 % (and B once more,
    /// overlapping, 30–50 %). Paragraphs are 100 lines of 999 characters plus a line feed.
    static func input() -> (sources: [AgreementSource], codings: [Coding], coders: [UUID], codes: [UUID]) {
        let coders = [UUID(), UUID(), UUID()], codes = (0..<codeCount).map { _ in UUID() }
        let paragraphs = (0..<100).map { ScalarRange(start: $0 * 1_000, end: $0 * 1_000 + 999) }
        let sources = (0..<sourceCount).map { _ in AgreementSource(id: UUID(), length: length, paragraphs: paragraphs) }
        let spans = [(0, 0, 40_000), (1, 20_000, 60_000), (1, 30_000, 50_000), (2, 20_000, 60_000)]
        var codings: [Coding] = []
        codings.reserveCapacity(sourceCount * codeCount * spans.count)
        for source in sources {
            for code in codes {
                for (coder, start, end) in spans {
                    codings.append(
                        Coding(
                            sourceID: source.id, codeID: code, coderID: coders[coder],
                            range: ScalarRange(start: start, end: end)))
                }
            }
        }
        return (sources, codings, coders, codes)
    }

    @Test(arguments: AgreementUnit.allCases) func issueSizeGivesTheExampleFigures(_ unit: AgreementUnit) throws {
        let input = Self.input()
        let report = try CoderAgreement.compute(
            unit: unit, sources: input.sources, codings: input.codings, coders: input.coders, codes: input.codes)
        let perSource = unit == .character ? Self.length : 100
        #expect(report.codes.count == Self.codeCount)
        #expect(report.overall.units == Self.sourceCount * perSource * Self.codeCount)
        for figures in report.codes.map(\.figures) + [report.overall] {
            #expect(figures.units > 0)
            #expect(figures.percentAgreement.value == 60)
            let ab = try #require(figures.pair(input.coders[0], input.coders[1])?.cohensKappa.value)
            let bc = try #require(figures.pair(input.coders[1], input.coders[2])?.cohensKappa.value)
            #expect(abs(ab - 1.0 / 6.0) < 1e-12)
            #expect(bc == 1)
            // Per 100 units: 20 coded by A only, 20 by all, 20 by B and C, 40 by none. With
            // s = units / 100: o₀₁ = (20·1·2 + 20·2·1) s / 2 = 40 s, n₁ = 120 s, n₀ = 180 s,
            // n·· = 300 s, so α = 1 − (300 s − 1) · 40 s / (21600 s²) = 4/9 + 1 / (540 s).
            let alpha = try #require(figures.krippendorffAlpha.value)
            let s = Double(figures.units) / 100
            #expect(abs(alpha - (4.0 / 9.0 + 1 / (540 * s))) < 1e-12)
        }
    }
}
