import Testing
import VoelsprietTestTraits

@testable import VoelsprietStatistics

@Suite("Fisher–Freeman–Halton exact test against R's fisher.test and brute-force enumeration")
struct FisherFreemanHaltonTests {
    struct Case: Decodable {
        let note: String
        let table: [[Int]]
        let p: Double
        let p_brute: Double?
        let p_observed: Double?
    }

    @Test("82 tables from 2×2 to 5×5, n up to 444: sparse, empty rows and columns, tied probabilities", .ownThread)
    func matchesR() throws {
        let cases = try RFixture.cases("fisher_freeman_halton", as: Case.self)
        #expect(cases.count >= 80)
        var rError = WorstError("FFH p vs R", tolerance: 1e-9)
        var bruteError = WorstError("FFH p vs brute force", tolerance: 1e-9)
        var observedError = WorstError("FFH P(observed)", tolerance: 1e-11)
        for entry in cases {
            let result = try FisherFreemanHaltonTest.test(try ContingencyTable(entry.table))
            rError.check(result.p, entry.p, entry.note)
            if let brute = entry.p_brute { bruteError.check(result.p, brute, entry.note) }
            if result.rowCount >= 2 && result.columnCount >= 2 {
                observedError.check(result.observedProbability, entry.p_observed, entry.note)
            }
        }
        rError.report()
        bruteError.report()
        observedError.report()
    }

    struct ExactCase: Decodable {
        let note: String
        let table: [[Int]]
        let p_exact: Double?
    }

    @Test("76 of those tables against exact integer arithmetic (make_ffh_exact.py), up to 3×4 with n = 160")
    func matchesExact() throws {
        let cases = try RFixture.cases("fisher_freeman_halton_exact", as: ExactCase.self)
        var error = WorstError("FFH p vs exact", tolerance: 1e-11)
        var checked = 0
        for entry in cases {
            guard let exact = entry.p_exact else { continue }
            checked += 1
            error.check(try FisherFreemanHaltonTest.test(try ContingencyTable(entry.table)).p, exact, entry.note)
        }
        #expect(checked >= 70)
        error.report()
    }

    @Test("agrees with FisherExactTest on the 294 2×2 tables of fisher_exact.json")
    func agreesWithTwoByTwo() throws {
        let cases = try FixtureLoader.cases("fisher_exact")
        var error = WorstError("FFH vs FisherExactTest (2×2)", tolerance: 1e-9)
        var truthError = WorstError("FFH vs exact rational p (2×2)", tolerance: 1e-9)
        for entry in cases {
            let counts = FixtureLoader.table(entry["table"])
            let table = try ContingencyTable(counts)
            // FisherExactTest gives p = 1 for the empty table; this test refuses it.
            if table.total == 0 {
                #expect(throws: StatisticNotComputable.emptyTable) { try FisherFreemanHaltonTest.test(table) }
                continue
            }
            let exact = try FisherExactTest.test(table).pTwoSided
            let result = try FisherFreemanHaltonTest.test(table)
            guard exact > 1e-290 else {
                #expect(result.p < 1e-280, "\(counts)")
                continue
            }
            // ln P sums log-factorials of size n ln n, so the rounding grows with n (3.7e-11 at n ≈ 15 000).
            error.check(result.p, exact, "\(counts)")
            if let truth = FixtureLoader.double(entry["p_two_sided_exact"]), truth > 1e-290 {
                truthError.check(result.p, truth, "\(counts)")
            }
        }
        error.report()
        truthError.report()
    }

    @Test("a 3×4 table with n = 130 takes well under 100 ms")
    func speed() throws {
        let table = try ContingencyTable([[12, 9, 7, 16], [8, 11, 13, 9], [15, 14, 10, 6]])
        let clock = ContinuousClock()
        var result: FisherFreemanHaltonResult?
        let elapsed = try clock.measure { result = try FisherFreemanHaltonTest.test(table) }
        print("3×4 n = 130: \(elapsed), work \(result?.work ?? 0)")
        // About 25 ms alone in a debug build; the bound leaves room for a loaded CI machine.
        #expect(elapsed < .milliseconds(500))
        #expect(result?.n == 130)
    }

    @Test("beyond the work limit: not computed, table too large")
    func tooLarge() throws {
        let table = try ContingencyTable([[12, 9, 7, 16], [8, 11, 13, 9], [15, 14, 10, 6]])
        #expect(throws: StatisticNotComputable.tableTooLarge(workLimit: 1000)) {
            try FisherFreemanHaltonTest.test(table, workLimit: 1000)
        }
        let big = try ContingencyTable((0..<6).map { row in (0..<6).map { 10 + (row * 7 + $0 * 3) % 11 } })
        #expect(throws: StatisticNotComputable.tableTooLarge(workLimit: 200_000)) {
            try FisherFreemanHaltonTest.test(big, workLimit: 200_000)
        }
        let description = StatisticNotComputable.tableTooLarge(workLimit: 1).description
        #expect(description == "table too large for the exact test")
        // Totals that overflow Int are too large too, not a crash.
        let huge = try ContingencyTable([[Int.max, 1], [1, 1]])
        #expect(throws: StatisticNotComputable.tableTooLarge(workLimit: 10)) {
            try FisherFreemanHaltonTest.test(huge, workLimit: 10)
        }
    }

    @Test("a shared log-factorial table gives the same p, work and refusals as one built per test")
    func sharedLogFactorials() throws {
        let cases = try RFixture.cases("fisher_freeman_halton", as: Case.self)
        let shared = LogFactorials(upTo: 500)
        for entry in cases {
            let table = try ContingencyTable(entry.table)
            let own = try FisherFreemanHaltonTest.test(table)
            let withShared = try FisherFreemanHaltonTest.test(table, logFactorials: shared)
            #expect(withShared.p == own.p && withShared.work == own.work, "\(entry.note)")
        }
        // A table too short for n is not used (a fresh one is built).
        let table = try ContingencyTable([[12, 9, 7], [8, 11, 13]])
        #expect(try FisherFreemanHaltonTest.test(table, logFactorials: LogFactorials(upTo: 10)).p == FisherFreemanHaltonTest.test(table).p)
        // Refused as before: the work still counts the n + 1 entries.
        let big = try ContingencyTable((0..<6).map { row in (0..<6).map { 10 + (row * 7 + $0 * 3) % 11 } })
        #expect(throws: StatisticNotComputable.tableTooLarge(workLimit: 200_000)) {
            try FisherFreemanHaltonTest.test(big, workLimit: 200_000, logFactorials: shared)
        }
    }

    @Test("empty rows and columns are dropped and reported; one non-empty row or column gives p = 1")
    func degenerate() throws {
        let dropped = try FisherFreemanHaltonTest.test(try ContingencyTable([[3, 0, 2], [0, 0, 0], [1, 0, 4]]))
        #expect(dropped.droppedRows == [1] && dropped.droppedColumns == [1])
        #expect(dropped.rowCount == 2 && dropped.columnCount == 2)
        let reference = try FisherExactTest.test(try ContingencyTable([[3, 2], [1, 4]])).pTwoSided
        #expect(abs(dropped.p - reference) < 1e-14)
        let oneRow = try FisherFreemanHaltonTest.test(try ContingencyTable([[3, 1, 2], [0, 0, 0]]))
        #expect(oneRow.p == 1 && oneRow.rowCount == 1)
        #expect(throws: StatisticNotComputable.emptyTable) {
            try FisherFreemanHaltonTest.test(try ContingencyTable([[0, 0], [0, 0]]))
        }
    }

    @Test("transposing the table does not change p")
    func transpose() throws {
        let counts = [[2, 0, 3, 1, 4], [1, 3, 0, 2, 2], [0, 2, 2, 1, 0]]
        let transposed = (0..<5).map { column in counts.map { $0[column] } }
        let a = try FisherFreemanHaltonTest.test(try ContingencyTable(counts)).p
        let b = try FisherFreemanHaltonTest.test(try ContingencyTable(transposed)).p
        #expect(abs(a - b) <= 1e-13 * b)
    }
}
