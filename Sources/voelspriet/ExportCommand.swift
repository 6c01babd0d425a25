import ArgumentParser
import Foundation
import VoelsprietDomain
import VoelsprietSPSS
import VoelsprietStorage

/// `voelspriet export`: the same CSV files as the researcher pages, from the command line.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a study's answers as CSV, and optionally codebook, contacts, SPSS (.sav) and an R script.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The study's slug.") var study: String
    @Option(help: "Answers CSV file to write ('-' for standard output).") var out: String
    @Option(help: "Also write the codebook CSV here.") var codebook: String?
    @Option(help: "Also write the contact details CSV here (kept apart from answers).") var contacts: String?
    @Option(help: "Also write the answers as an SPSS file (.sav) with variable and value labels (needs libreadstat).")
    var sav: String?
    @Option(help: "Also write an R script that loads the answers CSV with factor labels.") var rScript: String?
    @Option(name: .customLong("lang"), help: "Language of labels in the .sav and R files: nl or en.") var language: String = "nl"

    func run() async throws {
        try await database.withRepositories { repositories in
            guard let found = try await repositories.studies.find(slug: study) else {
                throw CLIError("no study '\(study)'")
            }
            let exporter = StudyExporter(repositories: repositories)
            try write(try await exporter.answersCSV(found), to: out)
            if let codebook { try write(StudyExporter.codebookCSV(found), to: codebook) }
            if let contacts { try write(try await exporter.contactsCSV(found), to: contacts) }
            if let rScript {
                let csvName = out == "-" ? "\(found.slug)-answers.csv" : URL(fileURLWithPath: out).lastPathComponent
                try write(RScriptWriter(instrument: found.instrument, language: language, csvFileName: csvName).script, to: rScript)
            }
            if let sav {
                let rows = try await repositories.responses.all(studySlug: found.slug, instrument: found.instrument).map {
                    SAVWriter.Row(id: $0.id, submittedOn: $0.submittedOn, answers: $0.answers)
                }
                do {
                    let bytes = try SAVWriter(instrument: found.instrument, language: language).write(rows)
                    try Data(bytes).write(to: URL(fileURLWithPath: sav), options: .atomic)
                } catch let error as SAVError {
                    throw CLIError(error.description)
                }
            }
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
