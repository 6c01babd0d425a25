import ArgumentParser
import Foundation
import VoelsprietServices

/// `voelspriet report`: the study report composed from a study's data, and its frozen versions.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The study report: export it as HTML, Word or Markdown, or freeze a version.",
        subcommands: [Export.self, Freeze.self])

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the study report as composed now (every block with the command's full view of the study).")

        @Option(help: "The study's address (slug).") var study: String
        @Option(help: "html, docx or md.") var format: String = "html"
        @Option(help: "nl or en.") var language: String = "nl"
        @Option(help: "Output file, or '-' for standard output.") var out: String = "-"
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if StudyReportService.Format(rawValue: format) == nil { throw ValidationError("--format must be html, docx or md") }
            if language != "nl" && language != "en" { throw ValidationError("--language must be nl or en") }
        }

        func run() async throws {
            let format = StudyReportService.Format(rawValue: format) ?? .html
            try await database.withServices { services in
                let access = try await services.studies.access(study, as: DatabaseOptions.actor, for: .viewStudyReport)
                let file = try await QDACommand.run { try await services.studyReport.export(access, format: format, language: language) }
                try OutputFile.write(Data(file.bytes), to: out)
            }
        }
    }

    struct Freeze: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "freeze", abstract: "Freeze the study report as a new version; prints its number.")

        @Option(help: "The study's address (slug).") var study: String
        @Option(help: "A note for the version.") var note: String?
        @Option(help: "nl or en.") var language: String = "nl"
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withServices { services in
                let access = try await services.studies.access(study, as: DatabaseOptions.actor, for: .composeStudyReport)
                let number = try await QDACommand.run { try await services.studyReport.freeze(access, note: note, language: language) }
                print(number)
            }
        }
    }
}
