import ArgumentParser
import Foundation
import VoelsprietStorage

/// `voelspriet export`: the same CSV files as the researcher pages, from the command line.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export a study's answers (and optionally codebook and contacts) as CSV.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The study's slug.") var study: String
    @Option(help: "Answers CSV file to write ('-' for standard output).") var out: String
    @Option(help: "Also write the codebook CSV here.") var codebook: String?
    @Option(help: "Also write the contact details CSV here (kept apart from answers).") var contacts: String?

    func run() async throws {
        try await database.withRepositories { repositories in
            guard let found = try await repositories.studies.find(slug: study) else {
                throw CLIError("no study '\(study)'")
            }
            let exporter = StudyExporter(repositories: repositories)
            try write(try await exporter.answersCSV(found), to: out)
            if let codebook { try write(StudyExporter.codebookCSV(found), to: codebook) }
            if let contacts { try write(try await exporter.contactsCSV(found), to: contacts) }
        }
    }

    func write(_ text: String, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
        } else {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
    }
}
