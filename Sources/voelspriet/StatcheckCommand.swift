import ArgumentParser
import Foundation
import VoelsprietStatcheck

/// `voelspriet statcheck FILE [--alpha 0.05] --format json|md`: every reported χ², t, F, r and z
/// test recomputed, and frequency tables added up (see `Statcheck`). Exits 0 whatever it finds;
/// a file it cannot read is an error naming it.
struct StatcheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statcheck",
        abstract: "Check the statistics reported in a text, Markdown, HTML or Word file.",
        discussion: """
            Finds χ² (also X2, X^2, chi2), t, F, r and z tests in Dutch or APA notation (decimal commas, p < .001,
            one-sided marks) and recomputes p from the statistic and df. Flags a reported p that cannot come from the
            statistic given its rounding (inconsistent), one whose error changes significance at --alpha
            (decision_error), and a result presented as a difference or significant while p ≥ alpha
            (significance_claim_error). Frequency tables: frequencies must sum to n, each percentage must be the
            frequency over n (±1), the percentages must sum to 100 (±2).
            """)

    @Argument(help: "The file to check ('-' reads standard input as text).") var file: String
    @Option(help: "Significance level.") var alpha: Double = 0.05
    @Option(help: "json or md.") var format: String = "json"
    @Option(help: "Language of the Markdown report: nl or en.") var language: String = "nl"

    func validate() throws {
        if format != "json" && format != "md" { throw ValidationError("--format must be json or md") }
        if !(alpha > 0 && alpha < 1) { throw ValidationError("--alpha must lie between 0 and 1") }
    }

    func run() throws {
        let data: Data
        let name: String
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
            name = "stdin.txt"
        } else {
            guard let read = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
            data = read
            name = (file as NSString).lastPathComponent
        }
        let report: StatcheckReport
        do {
            report = Statcheck.check(lines: try StatcheckInput.lines(data: data, fileName: name), alpha: alpha)
        } catch {
            throw CLIError("\(file): \(error)")
        }
        let text: String
        if format == "json" {
            text = String(decoding: try report.jsonData(prettyPrinted: true), as: UTF8.self) + "\n"
        } else {
            text = report.markdown(english: language == "en")
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
