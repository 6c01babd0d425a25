import Foundation
import Testing
import VoelsprietAnalysis
import VoelsprietDomain
import VoelsprietStatistics

/// Issue 9, finding 6: Likert items were tested by chi-square only, Fisher only for 2×2, with no
/// means, intervals or adjustment for the many tests. The report's rank tests, descriptives and
/// adjusted p values on the demo data, against R (`Fixtures/rank_tests.json`, made by
/// `Fixtures/make_rank_tests.sh` from the same seed).
@Suite("Rank tests, descriptives and adjusted p in the report")
struct RankTestReportTests {
    struct Fixture: Decodable {
        struct Item: Decodable {
            let item: String
            let mw_w, mw_p, kw_h, kw_p, mean, sd: Double
            let kw_df, n: Int
            let ci95: [Double]
        }
        struct Adjust: Decodable { let p, holm, bh: [Double] }
        let items: [Item]
        let adjust: Adjust
    }

    static func fixture() throws -> Fixture {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/rank_tests.json")
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    static func report() throws -> AnalysisReport {
        let instrument = try quickscan()
        let generator = DemoDataGenerator(design: try DemoDesign.quickscan(), instrument: instrument)
        let layout = ExportLayout(instrument: instrument)
        var csv = CSVWriter.line(layout.header)
        for (index, answers) in try generator.responses(seed: 9).enumerated() {
            csv += CSVWriter.line(layout.row(responseID: "r\(index)", submittedOn: "2021-06-01", answers: answers))
        }
        let data = try analyse(csv, instrument: instrument, by: ["role", "sharing_desirability"])
        return ReportBuilder(data: data, options: ReportOptions(minimumGroupSize: 0)).build()
    }

    static func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test("Mann–Whitney by role and Kruskal–Wallis by a three-group split as R computes them; mean, SD and CI as t.test")
    func againstR() throws {
        let fixture = try Self.fixture()
        let report = try Self.report()
        for expected in fixture.items {
            let item = try #require(report.item(expected.item))
            let tests = item.ordinalTests ?? []
            let mw = try #require(tests.first { $0.split == "role" && $0.subset == nil })
            #expect(mw.test == "mann_whitney")
            #expect(Self.close(mw.statistic, expected.mw_w), "\(expected.item) W \(mw.statistic) vs \(expected.mw_w)")
            #expect(Self.close(mw.p, expected.mw_p), "\(expected.item) p \(mw.p) vs \(expected.mw_p)")
            let kw = try #require(tests.first { $0.split == "sharing_desirability" && $0.subset == nil })
            #expect(kw.test == "kruskal_wallis")
            #expect(kw.groups.count == expected.kw_df + 1)
            #expect(Self.close(kw.statistic, expected.kw_h), "\(expected.item) H")
            #expect(Self.close(kw.p, expected.kw_p), "\(expected.item) KW p")
            let d = try #require(item.descriptives)
            #expect(d.n == expected.n)
            #expect(Self.close(d.mean, expected.mean) && Self.close(d.sd, expected.sd))
            #expect(Self.close(d.ci95?.first, expected.ci95[0]) && Self.close(d.ci95?.last, expected.ci95[1]))
        }
    }

    @Test("Holm and BH over the family of every computable chi-square test; an exact p for r×c tables")
    func adjusted() throws {
        let report = try Self.report()
        let tests = report.items.flatMap(\.tests).filter(\.computable)
        #expect(tests.count > 20)
        #expect(tests.allSatisfy { $0.pHolm != nil && $0.pBH != nil })
        #expect(tests.allSatisfy { ($0.pHolm ?? 0) >= ($0.p ?? 1) - 1e-15 && ($0.pBH ?? 0) >= ($0.p ?? 1) - 1e-15 })
        // The smallest p times the family's size is its Holm value (capped at 1).
        let smallest = try #require(tests.min { ($0.p ?? 1) < ($1.p ?? 1) })
        #expect(Self.close(smallest.pHolm, min(1, (smallest.p ?? 1) * Double(tests.count)), 1e-12))
        #expect(tests.filter { $0.fisherP != nil || $0.fisherNote != nil }.count == tests.count)
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        for key in ["\"p_holm\"", "\"p_bh\"", "\"fisher_p\"", "\"ordinal_tests\"", "\"descriptives\"", "\"ci95\""] {
            #expect(json.contains(key), "\(key)")
        }
        // The statistics target's adjustment itself, against p.adjust.
        let fixture = try Self.fixture()
        let holm = try PValueAdjustment.holm(fixture.adjust.p.map { Optional($0) })
        let bh = try PValueAdjustment.benjaminiHochberg(fixture.adjust.p.map { Optional($0) })
        #expect(zip(holm, fixture.adjust.holm).allSatisfy { Self.close($0, $1) })
        #expect(zip(bh, fixture.adjust.bh).allSatisfy { Self.close($0, $1) })
    }
}
