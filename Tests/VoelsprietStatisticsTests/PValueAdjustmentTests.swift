import Testing

@testable import VoelsprietStatistics

@Suite("Holm and Benjamini–Hochberg adjusted p values against R's p.adjust")
struct PValueAdjustmentTests {
    struct Case: Decodable {
        let note: String
        let p: [Double?]
        let holm: [Double?]
        let bh: [Double?]
    }

    @Test("49 families: ties, NA/NaN gaps, zeros and ones, tiny p, m up to 250")
    func matchesR() throws {
        let cases = try RFixture.cases("p_adjust", as: Case.self)
        #expect(cases.count >= 45)
        var holmError = WorstError("Holm", tolerance: 1e-14)
        var bhError = WorstError("BH", tolerance: 1e-14)
        for entry in cases {
            let holm = try PValueAdjustment.holm(entry.p)
            let bh = try PValueAdjustment.benjaminiHochberg(entry.p)
            #expect(holm.count == entry.p.count && bh.count == entry.p.count)
            for index in entry.p.indices {
                holmError.check(holm[index], entry.holm[index], "\(entry.note) [\(index)]")
                bhError.check(bh[index], entry.bh[index], "\(entry.note) [\(index)]")
            }
        }
        holmError.report()
        bhError.report()
    }

    @Test("NaN entries are gaps like nil; the family is the present p values")
    func gaps() throws {
        let withNaN = try PValueAdjustment.holm([Double.nan, 0.01, nil, 0.04])
        #expect(withNaN[0] == nil && withNaN[2] == nil)
        #expect(withNaN[1] == 0.02 && withNaN[3] == 0.04)
        #expect(try PValueAdjustment.benjaminiHochberg([]) == [])
        #expect(try PValueAdjustment.adjust([nil, nil], method: .holm) == [nil, nil])
    }

    @Test("a p value outside [0, 1] is refused, naming its position")
    func outOfRange() {
        #expect(throws: StatisticNotComputable.pValueOutOfRange(index: 1)) {
            try PValueAdjustment.holm([0.5, 1.5])
        }
        #expect(throws: StatisticNotComputable.pValueOutOfRange(index: 0)) {
            try PValueAdjustment.benjaminiHochberg([-0.1])
        }
        #expect(throws: StatisticNotComputable.pValueOutOfRange(index: 2)) {
            try PValueAdjustment.benjaminiHochberg([0.1, 0.2, .infinity])
        }
    }
}
