import ArgumentParser
import Foundation
import VoelsprietDomain
import VoelsprietStorage

/// `voelspriet study create|list|open|close`.
struct StudyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study", abstract: "Create, list, open and close studies.",
        subcommands: [Create.self, List.self, Open.self, Close.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an open study.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Address part: /s/SLUG.") var slug: String
        @Option(help: "Title for researchers.") var title: String
        @Option(help: "A built-in instrument name or a JSON file.") var instrument: String = "quickscan"
        @Option(help: "A JSON file with the help links shown to respondents (default: confidential counsellor, Veilig Thuis, 113).")
        var helpLinks: String?

        func run() async throws {
            guard Study.isValidSlug(slug) else { throw ValidationError("slug must be 2–40 of a–z, 0–9 and -, starting with a letter") }
            let data = BuiltInInstruments.data(named: instrument) ?? FileManager.default.contents(atPath: instrument)
            guard let data else { throw CLIError("'\(instrument)' is neither a built-in instrument nor a readable file") }
            let parsed = try InstrumentParser.load(data)
            var links = HelpLink.defaults
            if let helpLinks {
                guard let json = FileManager.default.contents(atPath: helpLinks) else {
                    throw CLIError("cannot read \(helpLinks)")
                }
                do {
                    links = try JSONDecoder().decode([HelpLink].self, from: json)
                } catch {
                    throw CLIError("\(helpLinks): expected [{\"name\": {\"nl\": …, \"en\": …}, \"url\": …}]: \(error)")
                }
            }
            try await database.withRepositories { repositories in
                try await repositories.studies.create(
                    Study(slug: slug, title: title, status: .open, instrument: parsed, helpLinks: links, createdOn: Clock.today()))
            }
            print("Created study '\(slug)' (/s/\(slug))")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List studies with their response counts.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withRepositories { repositories in
                for study in try await repositories.studies.all() {
                    let count = try await repositories.responses.count(studySlug: study.slug)
                    print("\(study.slug)\t\(study.status.rawValue)\t\(count)\t\(study.title)")
                }
            }
        }
    }

    struct Open: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Accept responses.")
        @OptionGroup var database: DatabaseOptions
        @Argument var slug: String
        func run() async throws {
            try await database.withRepositories { try await $0.studies.setStatus(slug: slug, status: .open) }
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop accepting responses.")
        @OptionGroup var database: DatabaseOptions
        @Argument var slug: String
        func run() async throws {
            try await database.withRepositories { try await $0.studies.setStatus(slug: slug, status: .closed) }
        }
    }
}
