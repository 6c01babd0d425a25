import VoelsprietDomain

/// Builds a study's CSV exports: answers, codebook, contact details. Used by the web app and the CLI.
public struct StudyExporter: Sendable {
    let repositories: Repositories

    public init(repositories: Repositories) {
        self.repositories = repositories
    }

    /// One row per response, one column per item or option (see `ExportLayout`).
    public func answersCSV(_ study: Study, dialect: CSVWriter.Dialect = .comma) async throws -> String {
        let layout = ExportLayout(instrument: study.instrument)
        var csv = dialect.preamble + CSVWriter.line(layout.header, separator: dialect.separator)
        for response in try await repositories.responses.all(studySlug: study.slug, instrument: study.instrument) {
            csv += CSVWriter.line(
                layout.row(responseID: response.id, submittedOn: response.submittedOn, language: response.language, answers: response.answers),
                separator: dialect.separator)
        }
        return csv
    }

    /// Variables, value codes and labels in every language of the instrument.
    public static func codebookCSV(_ study: Study) -> String {
        CSVWriter.document(ExportLayout(instrument: study.instrument).codebook)
    }

    /// Contact details, in random order and without any link to responses.
    public func contactsCSV(_ study: Study) async throws -> String {
        var csv = CSVWriter.line(["name", "email", "phone", "note", "consent"])
        for contact in try await repositories.contacts.all(studySlug: study.slug) {
            csv += CSVWriter.line([contact.name, contact.email, contact.phone, contact.note, contact.consent])
        }
        return csv
    }
}
