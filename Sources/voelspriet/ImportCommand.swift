import ArgumentParser
import Foundation
import VoelsprietDomain
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

/// `voelspriet import`: responses from a JSONL file (one intake body per line) into a study.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import responses from JSONL (one API intake body per line) into a study.",
        discussion: """
            Every line is checked exactly as the intake API checks a body. If any line is invalid, \
            nothing is imported and every problem is listed with its line number. Imported responses \
            get today's date and a random receipt code that is not shown (they cannot be withdrawn).
            Example: voelspriet demo-data --n 100000 --format jsonl --out big.jsonl && voelspriet import --study quickscan big.jsonl
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The study's slug.") var study: String
    @Argument(help: "The JSONL file ('-' reads standard input).") var file: String

    func run() async throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
            data = contents
        }
        try await database.withServices { services in
            let access: StudyAccess
            do {
                access = try await services.studies.access(study, as: DatabaseOptions.actor, for: .exportAnswers)
            } catch let error as ServiceError { throw cliError(error) }
            let validator = ResponseValidator(instrument: access.study.instrument)
            var accepted: [AnswerSet] = []
            var problems: [String] = []
            for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
                let bytes = Array(line.last == UInt8(ascii: "\r") ? line.dropLast() : line)
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                do {
                    let outcome = validator.validate(try AnswerBodyParser.parse(bytes))
                    if outcome.isValid {
                        accepted.append(outcome.answers)
                    } else {
                        problems.append(
                            "line \(index + 1): "
                                + outcome.problems.map { "\($0.field): \($0.message(language: "en"))" }.joined(separator: "; "))
                    }
                } catch AnswerBodyParser.Failure.malformed(let offset) {
                    problems.append("line \(index + 1), byte \(offset + 1): not valid JSON")
                } catch {
                    problems.append("line \(index + 1): \(error)")
                }
                if problems.count >= 50 { break }
            }
            guard problems.isEmpty else {
                throw CLIError("nothing imported; \(problems.count)\(problems.count >= 50 ? "+" : "") invalid lines:\n" + problems.joined(separator: "\n"))
            }
            // One transaction with its audit row: all lines or none.
            try await services.intake.importAnswers(accepted, into: access)
            FileHandle.standardError.write(Data("imported \(accepted.count) responses into '\(access.slug)'\n".utf8))
        }
    }
}
