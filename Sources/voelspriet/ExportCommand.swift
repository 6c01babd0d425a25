import ArgumentParser
import Foundation
import VoelsprietDomain
import VoelsprietServices

/// `voelspriet export`: the same files as the researcher pages, from the command line; each
/// file is written to the audit trail as the system user who ran the command.
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
    @Option(help: "Also write the answers as an Excel workbook (.xlsx) with a codebook sheet.") var xlsx: String?
    @Option(
        help: "CSV dialect: 'comma' (',' UTF-8, for R, Python, PSPP) or 'excel-nl' (';' with a byte-order mark, for Dutch Excel).")
    var csvDialect: String = "comma"
    @Option(name: .customLong("lang"), help: "Language of labels in the .sav and R files: nl or en.") var language: String = "nl"

    func run() async throws {
        try await database.withServices { services in
            do {
                let access = try await services.studies.access(study, as: DatabaseOptions.actor, for: .exportAnswers)
                guard let dialect = CSVWriter.Dialect(rawValue: csvDialect) else {
                    throw CLIError("--csv-dialect must be 'comma' or 'excel-nl', not '\(csvDialect)'.")
                }
                try await export(services, access, dialect == .comma ? .answersCSV : .answersExcelCSV, to: out)
                if let xlsx { try await export(services, access, .answersXLSX, to: xlsx) }
                if let codebook { try await export(services, access, .codebookCSV, to: codebook) }
                if let contacts { try await export(services, access, .contactsCSV, to: contacts) }
                if let rScript {
                    let csvName = out == "-" ? "\(study)-answers.csv" : URL(fileURLWithPath: out).lastPathComponent
                    try await export(services, access, .answersR, to: rScript, csvName: csvName)
                }
                if let sav { try await export(services, access, .answersSAV, to: sav) }
            } catch let error as ServiceError {
                throw cliError(error)
            } catch let error as ExportUnavailable {
                throw CLIError(error.reason)
            }
        }
    }

    func export(_ services: Services, _ access: StudyAccess, _ kind: ExportService.Kind, to path: String, csvName: String? = nil)
        async throws
    {
        let file = try await services.exports.export(kind, access, language: language, csvFileName: csvName)
        try write(file.bytes, to: path)
    }

    func write(_ bytes: [UInt8], to path: String) throws {
        try OutputFile.write(Data(bytes), to: path)
    }
}
