import ArgumentParser
import Foundation
import VoelsprietDomain
import VoelsprietQDA
import VoelsprietServices
import VoelsprietStorage

/// `voelspriet qda`: a study's interviews from the command line — REFI-QDA import and export,
/// agreement between coders, the quote report. Every command takes `--data DIR` /
/// `DATABASE_URL` like `serve`; `--project` names the study by its address.
struct QDACommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qda",
        abstract: "Interviews: import and export REFI-QDA projects, agreement between coders, quotes per theme.",
        subcommands: [Import.self, Export.self, Agreement.self, Quotes.self])

    /// The study's access for a command run on the server (it holds the database).
    static func access(_ services: Services, _ slug: String, createIfMissing: Bool = false) async throws -> StudyAccess {
        do {
            return try await services.studies.access(slug, as: DatabaseOptions.actor, for: .viewInterviews)
        } catch ServiceError.notFound(let message) {
            guard createIfMissing else { throw CLIError(message.en) }
            // A study made for interviews does not take questionnaire answers: it is created closed.
            try await services.studies.create(
                slug: slug, title: slug, instrument: try BuiltInInstruments.quickscan(), helpLinks: [], by: DatabaseOptions.actor)
            let access = try await services.studies.access(slug, as: DatabaseOptions.actor, for: .changeStatus)
            try await services.studies.setStatus(access, .closed)
            LiteratureCommand.printError("created study \(slug) (closed for questionnaire answers)")
            return try await services.studies.access(slug, as: DatabaseOptions.actor, for: .viewInterviews)
        }
    }

    /// Runs a use case, turning a refusal into one clear line.
    static func run<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as ServiceError {
            throw CLIError(error.message.en)
        }
    }
}

extension QDACommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a REFI-QDA project (.qdpx, or a bare .qde) from ATLAS.ti, NVivo, MAXQDA, QualCoder … into a study.",
            discussion: """
                The study is created if it does not exist. Everything is imported in one transaction: a damaged
                part (a selection outside its source, a coding of an unknown code, a missing source file) stops
                the import with its name and nothing is stored, unless --lenient skips such parts with a warning.
                """)

        @Argument(help: "The .qdpx or .qde file.") var file: String
        @Option(help: "The study's address (slug).") var project: String
        @Flag(help: "Skip damaged parts with a warning instead of refusing the file.") var lenient = false
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let data = try LiteratureCommand.readFile(file)
            let name = URL(fileURLWithPath: file).lastPathComponent
            try await database.withServices { services in
                let access = try await QDACommand.access(services, project, createIfMissing: true)
                let result = try await QDACommand.run {
                    try await services.interviews.importProject(access, data: data, fileName: name, lenient: lenient)
                }
                for warning in result.warnings { LiteratureCommand.printError("warning: \(warning)") }
                print(
                    "imported \(name) into \(project): \(result.sources) sources, \(result.codes) codes, \(result.codings) codings, "
                        + "\(result.coders) coders, \(result.participants) participants")
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Export a study's interviews as a REFI-QDA project (.qdpx).")

        @Option(help: "The study's address (slug).") var project: String
        @Option(help: "Where to write the .qdpx.") var out: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withServices { services in
                let access = try await QDACommand.access(services, project)
                let export = try await QDACommand.run { try await services.interviews.exportProject(access) }
                for warning in export.warnings { LiteratureCommand.printError("warning: \(warning)") }
                try OutputFile.write(export.data, to: out)
            }
        }
    }

    struct Quotes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "quotes", abstract: "Write the quotes per theme, labelled (Prof8), as Markdown or printable HTML.")

        @Option(help: "The study's address (slug).") var project: String
        @Option(help: "md or html.") var format: String = "md"
        @Option(help: "Where to write it ('-' for standard output).") var out: String = "-"
        @Flag(help: "English headings instead of Dutch.") var english = false
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if format != "md" && format != "html" { throw ValidationError("--format must be md or html") }
        }

        func run() async throws {
            try await database.withServices { services in
                let access = try await QDACommand.access(services, project)
                let report = try await QDACommand.run { try await services.interviews.quoteReport(access, english: english) }
                let text = format == "md" ? report.markdown() : report.html(language: english ? "en" : "nl")
                try await services.interviews.recordQuotesExported(access, format: format)
                if out == "-" { FileHandle.standardOutput.write(Data(text.utf8)) } else { try OutputFile.write(Data(text.utf8), to: out) }
            }
        }
    }
}
