// Coder agreement in the demo: both coders coded the same three transcripts, mostly but not
// fully alike. The figures are checked against Fixtures/Demo/agreement_reference.json, made by
// Fixtures/Demo/make_agreement_reference.py (numpy, independent of the Swift code).
import Foundation
import Testing
import VoelsprietQDA

@Suite struct InterviewDemoAgreementTests {
    struct Reference: Decodable {
        struct Figures: Decodable {
            let both: Int, only_first: Int, only_second: Int, neither: Int
            let percent: Double, kappa: Double
        }
        let codes: [[String]]
        let sources: [String]
        let per_source: [String: Figures]
        let pooled: Figures
    }

    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Demo/agreement_reference.json")

    let admin = UUID(), second = UUID()
    let codebook = CodebookTemplate.study()

    /// The shared sources as the model holds them, and both coders' codings.
    func shared() throws -> (sources: [Source], codings: [Coding]) {
        var sources: [Source] = [], codings: [Coding] = []
        let coderIDs = ["admin": admin, "demo-coder2": second]
        for demo in try InterviewDemo.sources() where InterviewDemo.sharedSourceFileNames.contains(demo.fileName) {
            let (transcript, located) = try InterviewDemo.locatedCodings(in: demo)
            let source = Source(name: demo.fileName, text: transcript.text, turns: transcript.turns, participantLabels: demo.participantLabels)
            sources.append(source)
            for item in located {
                let code = try #require(InterviewDemo.codeID(for: item.coding.codePath, in: codebook))
                let coder = try #require(coderIDs[item.coding.coder])
                codings.append(Coding(sourceID: source.id, codeID: code, coderID: coder, range: item.range))
            }
        }
        return (sources, codings)
    }

    @Test func onlyTheSharedTranscriptsHaveASecondCoder() throws {
        for source in try InterviewDemo.sources() {
            let coders = Set(source.codings.map(\.coder))
            let shared = InterviewDemo.sharedSourceFileNames.contains(source.fileName)
            #expect(coders == (shared ? ["admin", "demo-coder2"] : ["admin"]), "\(source.fileName)")
        }
    }

    @Test func coderAgreementMatchesTheReference() throws {
        let reference = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: Self.fixture))
        let (sources, codings) = try shared()
        #expect(sources.map(\.name) == reference.sources)
        let codes = try reference.codes.map { try #require(InterviewDemo.codeID(for: $0, in: codebook)) }
        let report = try CoderAgreement.compute(
            unit: .character, sources: sources.map(AgreementSource.init), codings: codings, coders: [admin, second], codes: codes)
        try check(report.overall, against: reference.pooled)
        for source in sources {
            let one = try CoderAgreement.compute(
                unit: .character, sources: [AgreementSource(source)], codings: codings, coders: [admin, second], codes: codes)
            let expected = try #require(reference.per_source[source.name])
            try check(one.overall, against: expected)
        }
    }

    private func check(_ figures: AgreementFigures, against expected: Reference.Figures) throws {
        let pair = try #require(figures.pairs.first)
        #expect(pair.bothCoded == expected.both)
        #expect(pair.onlyFirst == expected.only_first)
        #expect(pair.onlySecond == expected.only_second)
        #expect(pair.neither == expected.neither)
        let kappa = try #require(figures.cohensKappa.value)
        let percent = try #require(figures.percentAgreement.value)
        #expect(abs(kappa - expected.kappa) < 1e-12)
        #expect(abs(percent - expected.percent) < 1e-9)
    }

    /// Over the whole template codebook (as a study's agreement page compares), kappa is
    /// realistic: clearly above chance, clearly below perfect, in both units.
    @Test func agreementIsRealisticOverTheWholeCodebook() throws {
        let (sources, codings) = try shared()
        let codes = codebook.codes.map(\.id)
        for unit in AgreementUnit.allCases {
            let report = try CoderAgreement.compute(
                unit: unit, sources: sources.map(AgreementSource.init), codings: codings, coders: [admin, second], codes: codes)
            let kappa = try #require(report.overall.cohensKappa.value)
            #expect((0.6...0.85).contains(kappa), "\(unit): \(kappa)")
            // Some codes were used by one coder only, so not every code agrees perfectly.
            let imperfect = report.codes.filter { ($0.figures.cohensKappa.value ?? 1) < 1 }
            #expect(imperfect.count >= 5, "\(unit)")
        }
    }
}
