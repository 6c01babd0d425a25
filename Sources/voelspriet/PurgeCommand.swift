import ArgumentParser
import Foundation
import VoelsprietServices
import VoelsprietStorage

/// `voelspriet purge`: deletes contact details, or whole studies, for good — each in one
/// transaction with its audit row — and says what was deleted.
struct PurgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Delete a study's contact details, or the whole study, from the database (audited; cannot be undone).",
        discussion: """
            voelspriet purge --study SLUG                   delete the study's contact details
            voelspriet purge --study SLUG --whole-study     delete the study and everything in it
            voelspriet purge --expired [--whole-study]      the same for every study past its retention date
            """)

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The study to purge.") var study: String?
    @Flag(help: "Every study whose retention date has passed.") var expired = false
    @Flag(help: "Delete the whole study (answers, contact details, members, questionnaire), not only contact details.")
    var wholeStudy = false
    @Flag(help: "Only say what would be deleted.") var dryRun = false

    func validate() throws {
        if (study == nil) == !expired { throw ValidationError("give either --study SLUG or --expired") }
    }

    func run() async throws {
        try await database.withServices { services in
            if expired, !wholeStudy, !dryRun {
                // The same job `serve` runs: studies with contact details past their date.
                let deleted = try await services.lifecycle.deleteExpiredContacts()
                if deleted.isEmpty { print("Nothing to purge: no study past its retention date holds contact details.") }
                for item in deleted { print("deleted \(item)") }
                return
            }
            var slugs: [String] = []
            if let study { slugs = [study] }
            if expired { slugs = try await services.lifecycle.expired().map(\.slug) }
            if slugs.isEmpty { print("Nothing to purge: no study is past its retention date.") }
            for slug in slugs {
                do {
                    let access = try await services.studies.access(slug, as: DatabaseOptions.actor, for: .purgeData)
                    if dryRun {
                        let responses = try await services.repositories.responses.count(studySlug: slug)
                        let contacts = try await services.repositories.contacts.count(studySlug: slug)
                        print(wholeStudy ? "would delete study \(slug): \(responses) responses, \(contacts) contact details" : "would delete study \(slug): \(contacts) contact details")
                        continue
                    }
                    let deleted =
                        wholeStudy
                        ? try await services.lifecycle.deleteStudy(access, confirmation: slug)
                        : try await services.lifecycle.deleteContacts(access)
                    print("deleted \(deleted)")
                } catch let error as ServiceError {
                    throw cliError(error)
                }
            }
        }
    }
}
