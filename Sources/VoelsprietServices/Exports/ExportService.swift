import Foundation
import VoelsprietDomain
import VoelsprietSPSS
import VoelsprietSpreadsheet
import VoelsprietStorage
import VoelsprietWorkspace

/// A file handed out: its name, type and bytes.
public struct ExportFile: Sendable {
    public let filename: String
    public let contentType: String
    public let bytes: [UInt8]

    public init(filename: String, contentType: String, bytes: [UInt8]) {
        self.filename = filename
        self.contentType = contentType
        self.bytes = bytes
    }

    init(filename: String, contentType: String, text: String) {
        self.init(filename: filename, contentType: contentType, bytes: Array(text.utf8))
    }

}

/// Every download of a study's data: answers (CSV, SPSS, R), codebook, questionnaire,
/// contact details. Each checks its right (the access carries the role) and is written to the
/// audit trail — which file, which study, by whom — before a byte is handed out.
public struct ExportService: Sendable {
    let repositories: Repositories
    let audit: AuditService

    public init(repositories: Repositories) {
        self.repositories = repositories
        self.audit = AuditService(repositories: repositories)
    }

    public enum Kind: String, Sendable, CaseIterable {
        case answersCSV = "answers.csv"
        /// The same answers for Dutch Excel: `;`-separated with a UTF-8 byte-order mark.
        case answersExcelCSV = "answers-excel.csv"
        case answersXLSX = "answers.xlsx"
        case codebookCSV = "codebook.csv"
        case instrumentJSON = "instrument.json"
        case answersSAV = "answers.sav"
        case answersR = "answers.R"
        case contactsCSV = "contacts.csv"

        /// The right each file needs.
        public var action: StudyAction {
            switch self {
            case .answersCSV, .answersExcelCSV, .answersXLSX, .answersSAV, .answersR: .exportAnswers
            case .codebookCSV, .instrumentJSON: .viewInstrument
            case .contactsCSV: .exportContacts
            }
        }
    }

    /// - Parameter csvFileName: the answers file the R script reads (default `<slug>-answers.csv`).
    public func export(_ kind: Kind, _ access: StudyAccess, language: String = "nl", csvFileName: String? = nil) async throws -> ExportFile {
        try access.require(kind.action)
        let study = access.study
        let name = "\(study.slug)-\(kind.rawValue)"
        let file: ExportFile
        switch kind {
        case .answersCSV:
            file = ExportFile(
                filename: name, contentType: "text/csv; charset=utf-8",
                text: try await StudyExporter(repositories: repositories).answersCSV(study))
        case .answersExcelCSV:
            file = ExportFile(
                filename: name, contentType: "text/csv; charset=utf-8",
                text: try await StudyExporter(repositories: repositories).answersCSV(study, dialect: .excelDutch))
        case .answersXLSX:
            let responses = try await repositories.responses.all(studySlug: study.slug, instrument: study.instrument)
            let bytes: Data
            do {
                bytes = try XLSXWriter().write(AnswersWorkbook.make(study, responses: responses))
            } catch {
                throw ServiceError.invalid(.init(nl: "De werkmap kon niet worden gemaakt: \(error)", en: "The workbook could not be made: \(error)"))
            }
            file = ExportFile(
                filename: name, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes: Array(bytes))
        case .codebookCSV:
            file = ExportFile(filename: name, contentType: "text/csv; charset=utf-8", text: StudyExporter.codebookCSV(study))
        case .instrumentJSON:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            file = ExportFile(filename: name, contentType: "application/json", bytes: Array(try encoder.encode(study.instrument)))
        case .answersSAV:
            let rows = try await repositories.responses.all(studySlug: study.slug, instrument: study.instrument).map {
                SAVWriter.Row(id: $0.id, submittedOn: $0.submittedOn, answers: $0.answers, language: $0.language)
            }
            let bytes: [UInt8]
            do {
                bytes = try SAVWriter(instrument: study.instrument, language: language).write(rows)
            } catch {
                throw ExportUnavailable(reason: "\(error)")
            }
            file = ExportFile(filename: name, contentType: "application/x-spss-sav", bytes: bytes)
        case .answersR:
            file = ExportFile(
                filename: name, contentType: "text/plain; charset=utf-8",
                text: RScriptWriter(instrument: study.instrument, language: language, csvFileName: csvFileName ?? "\(study.slug)-answers.csv").script)
        case .contactsCSV:
            file = ExportFile(
                filename: name, contentType: "text/csv; charset=utf-8",
                text: try await StudyExporter(repositories: repositories).contactsCSV(study))
        }
        try await audit.record(access.actor, .exported, study: study.slug, detail: name)
        return file
    }
}

/// An export that cannot be made on this machine (libreadstat missing): the web answers 503.
public struct ExportUnavailable: Error, Sendable, CustomStringConvertible {
    public let reason: String
    public var description: String { reason }
}
