import Foundation
import Testing
import VoelsprietQDA

/// Every case of agreement_cases.json, to 1e-9, against numpy / scikit-learn / krippendorff.
@Suite struct AgreementFixtureTests {
    static let cases: [AgreementFixtureCase] = (try? AgreementFixtureFile.load().cases) ?? []

    @Test func fixtureLoadsWithHandmadeAndRandomCases() throws {
        let file = try AgreementFixtureFile.load()
        let random = file.cases.filter { $0.name.hasPrefix("random ") }
        #expect(random.count == 100)
        #expect(file.cases.count - random.count >= 15)
        #expect(file.references["krippendorff"] != nil)
        #expect(Set(file.cases.map(\.unit)) == ["character", "paragraph"])
        #expect(Set(file.cases.map(\.coders.count)) == [2, 3, 4])
    }

    @Test(arguments: cases) func matchesReference(_ fixture: AgreementFixtureCase) throws {
        let input = try AgreementFixtureInput(fixture)
        let report = try CoderAgreement.compute(
            unit: input.unit, sources: input.sources, codings: input.codings, coders: input.coders, codes: input.codes)
        #expect(report.unit == input.unit)
        #expect(report.coders == input.coders)
        try #require(report.codes.count == fixture.expected.codes.count)
        for (index, expected) in fixture.expected.codes.enumerated() {
            let actual = report.codes[index]
            #expect(actual.codeID == input.codes[index])
            check(actual.figures, expected, input: input, label: "\(fixture.name) / \(expected.code ?? "?")")
        }
        check(report.overall, fixture.expected.overall, input: input, label: "\(fixture.name) / overall")
    }

    /// The Swift paragraph helper finds the paragraphs Python's split/strip found.
    @Test(arguments: cases.filter { $0.unit == "paragraph" }) func paragraphsFromTextMatchReference(
        _ fixture: AgreementFixtureCase
    ) throws {
        for source in fixture.sources {
            let text = try #require(source.text)
            let derived = AgreementSource(id: UUID(), text: text)
            let expected = source.paragraphs.map { ScalarRange(start: $0.first ?? -1, end: $0.last ?? -1) }
            #expect(derived.length == source.length)
            #expect(derived.paragraphs == expected)
        }
    }

    /// The issue's example: A on 0–40, B on 20–60 of 100 characters gives 60 % and κ = 0.1667.
    @Test func issueExample() throws {
        let source = AgreementSource(id: UUID(), length: 100, paragraphs: [])
        let a = UUID(), b = UUID(), code = UUID()
        let codings = [
            Coding(sourceID: source.id, codeID: code, coderID: a, range: ScalarRange(start: 0, end: 40)),
            Coding(sourceID: source.id, codeID: code, coderID: b, range: ScalarRange(start: 20, end: 60)),
        ]
        let report = try CoderAgreement.compute(
            unit: .character, sources: [source], codings: codings, coders: [a, b], codes: [code])
        let figures = try #require(report.codes.first?.figures)
        #expect(figures.percentAgreement.value == 60)
        let kappa = try #require(figures.cohensKappa.value)
        #expect((kappa * 10_000).rounded() / 10_000 == 0.1667)
        let pair = try #require(figures.pair(b, a))
        #expect(pair.bothCoded == 20 && pair.onlyFirst == 20 && pair.onlySecond == 20 && pair.neither == 40)
        #expect(report.overall.cohensKappa == figures.cohensKappa)
        #expect(report.unit.rawValue == "character")
    }

    private func check(
        _ actual: AgreementFigures, _ expected: AgreementFixtureCase.Figures, input: AgreementFixtureInput,
        label: String
    ) {
        var ids = input.ids
        #expect(actual.units == expected.units, "\(label): units")
        #expect(actual.unanimousUnits == expected.unanimous_units, "\(label): unanimous units")
        #expect(actual.codedUnits == expected.coded_units, "\(label): coded units")
        expectFigure(
            actual.percentAgreement, expected.percent_agreement, expected.percent_agreement_reason, "\(label): percent")
        expectFigure(actual.cohensKappa, expected.cohens_kappa, expected.cohens_kappa_reason, "\(label): kappa")
        expectFigure(
            actual.krippendorffAlpha, expected.krippendorff_alpha, expected.krippendorff_alpha_reason, "\(label): alpha"
        )
        #expect(actual.pairs.count == expected.pairs.count, "\(label): pairs")
        for (pair, reference) in zip(actual.pairs, expected.pairs) {
            let name = "\(label): pair \(reference.first)–\(reference.second)"
            #expect(
                pair.first == ids.id("coder", reference.first) && pair.second == ids.id("coder", reference.second),
                "\(name)")
            #expect(pair.bothCoded == reference.both && pair.neither == reference.neither, "\(name): table")
            expectFigure(
                pair.percentAgreement, reference.percent_agreement, reference.percent_agreement_reason,
                "\(name): percent")
            expectFigure(pair.cohensKappa, reference.cohens_kappa, reference.cohens_kappa_reason, "\(name): kappa")
        }
    }
}

/// A figure equals the reference value to 1e-9, or is undefined for the reference's reason.
func expectFigure(
    _ figure: AgreementFigure, _ value: Double?, _ reason: String?, _ label: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    if let value {
        let actual = figure.value ?? .nan
        #expect(abs(actual - value) <= 1e-9, "\(label): \(actual) vs \(value)", sourceLocation: sourceLocation)
        #expect(figure.undefinedReason == nil, "\(label)", sourceLocation: sourceLocation)
    } else {
        #expect(figure.value == nil, "\(label): expected undefined", sourceLocation: sourceLocation)
        #expect(figure.undefinedReason?.code == reason, "\(label): reason", sourceLocation: sourceLocation)
    }
}
