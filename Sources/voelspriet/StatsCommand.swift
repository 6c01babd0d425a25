import ArgumentParser
import Foundation
import VoelsprietStatistics

/// `voelspriet stats`: single tests on a table typed on the command line; JSON out.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Statistical tests on a table given as \"12,5,3;4,9,11\" (rows by ';', cells by ',').",
        subcommands: [ChiSquare.self, Fisher.self]
    )

    struct ChiSquare: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "chi2", abstract: "Pearson's chi-square test of independence (empty rows/columns dropped first).")

        @Option(help: "The table: rows separated by ';', cells by ','.")
        var table: String

        @Flag(help: "Apply Yates' continuity correction (2×2 only; reported as yates_corrected).")
        var yates = false

        func run() throws {
            let parsed: ContingencyTable
            do { parsed = try ContingencyTable(parsing: table) } catch { throw CLIError("--table: \(error)") }
            var object: [String: Any] = ["n": parsed.total]
            switch ChiSquareTest.pearson(parsed, yates: yates) {
            case .success(let result):
                object.merge([
                    "computable": true, "chi2": result.chi2, "df": result.degreesOfFreedom, "p": result.p,
                    "log10_p": result.log10P, "n": result.n, "cramers_v": result.cramersV,
                    "min_expected": result.minExpected, "cells_below_5": result.cellsBelow5,
                    "share_below_5": result.shareBelow5, "dropped_rows": result.droppedRows,
                    "dropped_columns": result.droppedColumns, "yates_corrected": result.yatesCorrected,
                ]) { $1 }
            case .failure(let reason):
                let (_, rows, columns) = parsed.droppingEmpty()
                object.merge([
                    "computable": false, "reason": reason.description, "chi2": NSNull(), "df": NSNull(), "p": NSNull(),
                    "cramers_v": NSNull(), "min_expected": NSNull(), "cells_below_5": NSNull(),
                    "dropped_rows": rows, "dropped_columns": columns,
                ]) { $1 }
            }
            try printJSON(object)
        }
    }

    struct Fisher: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fisher", abstract: "Fisher's exact test on a 2×2 table (two-sided as R's fisher.test).")

        @Option(help: "The 2×2 table, e.g. \"3,1;1,3\".")
        var table: String

        func run() throws {
            let result: FisherExactResult
            do { result = try FisherExactTest.test(try ContingencyTable(parsing: table)) } catch {
                throw CLIError("--table: \(error)")
            }
            let oddsRatio: Any =
                switch result.oddsRatio {
                case nil: NSNull()
                case let value? where value.isInfinite: "Infinity"
                case let value?: value
                }
            try printJSON([
                "n": result.n, "p": result.pTwoSided, "p_less": result.pLess, "p_greater": result.pGreater,
                "odds_ratio": oddsRatio,
            ])
        }
    }
}

func printJSON(_ object: [String: Any]) throws {
    let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    FileHandle.standardOutput.write(data + Data("\n".utf8))
}
