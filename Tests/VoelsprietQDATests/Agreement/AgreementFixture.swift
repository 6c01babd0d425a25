// The reference cases of Fixtures/Agreement/agreement_cases.json (numpy, scikit-learn and the
// `krippendorff` package over explicit per-unit vectors; see make_fixtures.py).
import Foundation
import Testing
import VoelsprietQDA

struct AgreementFixtureFile: Decodable {
    let references: [String: String]
    let cases: [AgreementFixtureCase]

    static func load() throws -> AgreementFixtureFile {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Agreement/agreement_cases.json")
        return try JSONDecoder().decode(AgreementFixtureFile.self, from: Data(contentsOf: url))
    }
}

struct AgreementFixtureCase: Decodable, CustomTestStringConvertible {
    struct FixtureSource: Decodable {
        let id: String
        let length: Int
        let text: String?
        let paragraphs: [[Int]]
    }

    /// [source, code, coder, start, end]
    struct FixtureCoding: Decodable {
        let source: String, code: String, coder: String, start: Int, end: Int
        init(from decoder: Decoder) throws {
            var row = try decoder.unkeyedContainer()
            source = try row.decode(String.self)
            code = try row.decode(String.self)
            coder = try row.decode(String.self)
            start = try row.decode(Int.self)
            end = try row.decode(Int.self)
        }
    }

    struct Pair: Decodable {
        let first: String, second: String
        let both: Int, neither: Int
        let percent_agreement: Double?, percent_agreement_reason: String?
        let cohens_kappa: Double?, cohens_kappa_reason: String?
    }

    struct Figures: Decodable {
        let code: String?
        let units: Int
        let unanimous_units: Int
        let coded_units: [Int]
        let percent_agreement: Double?, percent_agreement_reason: String?
        let cohens_kappa: Double?, cohens_kappa_reason: String?
        let krippendorff_alpha: Double?, krippendorff_alpha_reason: String?
        let pairs: [Pair]
    }

    struct Expected: Decodable {
        let codes: [Figures]
        let overall: Figures
    }

    let name: String
    let unit: String
    let sources: [FixtureSource]
    let coders: [String]
    let codes: [String]
    let codings: [FixtureCoding]
    let expected: Expected

    var testDescription: String { name }
}

/// Stable UUIDs for the fixture's names (one namespace per kind, so "A" the coder and "A" a
/// source never collide).
struct FixtureIDs {
    private var ids: [String: UUID] = [:]

    mutating func id(_ kind: String, _ name: String) -> UUID {
        let key = kind + ":" + name
        if let id = ids[key] { return id }
        let id = UUID()
        ids[key] = id
        return id
    }
}

/// The fixture case as API input.
struct AgreementFixtureInput {
    let unit: AgreementUnit
    let sources: [AgreementSource]
    let codings: [Coding]
    let coders: [UUID]
    let codes: [UUID]
    var ids: FixtureIDs

    init(_ fixture: AgreementFixtureCase) throws {
        var ids = FixtureIDs()
        guard let unit = AgreementUnit(rawValue: fixture.unit) else { throw FixtureProblem.unknownUnit(fixture.unit) }
        self.unit = unit
        sources = fixture.sources.map { source in
            let paragraphs = source.paragraphs.map { ScalarRange(start: $0.first ?? 0, end: $0.last ?? 0) }
            return AgreementSource(id: ids.id("source", source.id), length: source.length, paragraphs: paragraphs)
        }
        codings = fixture.codings.map { c in
            Coding(
                sourceID: ids.id("source", c.source), codeID: ids.id("code", c.code), coderID: ids.id("coder", c.coder),
                range: ScalarRange(start: c.start, end: c.end))
        }
        coders = fixture.coders.map { ids.id("coder", $0) }
        codes = fixture.codes.map { ids.id("code", $0) }
        self.ids = ids
    }
}

enum FixtureProblem: Error {
    case unknownUnit(String)
}
