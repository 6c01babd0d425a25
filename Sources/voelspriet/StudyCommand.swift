import ArgumentParser
import Foundation
import VoelsprietDomain
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

/// `voelspriet study create|list|open|close|members|add-member|remove-member`.
struct StudyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study", abstract: "Create, list, open and close studies; manage their members.",
        subcommands: [
            Create.self, List.self, Open.self, Close.self, Members.self, AddMember.self, RemoveMember.self, SetRole.self,
        ])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an open study.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Address part: /s/SLUG.") var slug: String
        @Option(help: "Title for researchers.") var title: String
        @Option(help: "A built-in instrument name or a JSON file.") var instrument: String = "quickscan"
        @Option(help: "The account that leads the study (it sees and manages everything in it); default: admin, when that account exists.")
        var lead: String?
        @Option(help: "A JSON file with the help links shown to respondents (default for the built-in quickscan: confidential counsellor, Veilig Thuis, 113; for any other questionnaire: none).")
        var helpLinks: String?

        func run() async throws {
            guard Study.isValidSlug(slug) else { throw ValidationError("slug must be 2–40 of a–z, 0–9 and -, starting with a letter") }
            let data = BuiltInInstruments.data(named: instrument) ?? FileManager.default.contents(atPath: instrument)
            guard let data else { throw CLIError("'\(instrument)' is neither a built-in instrument nor a readable file") }
            let parsed = try InstrumentParser.load(data)
            var links = RespondentTexts.defaultHelpLinks(for: parsed)
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
            let leader = try await database.withServices { services in
                var leader = lead
                if leader == nil, try await services.repositories.users.find(username: "admin") != nil { leader = "admin" }
                do {
                    try await services.studies.create(
                        slug: slug, title: title, instrument: parsed, helpLinks: links, by: DatabaseOptions.actor, lead: leader)
                } catch let error as ServiceError { throw cliError(error) }
                return leader
            }
            if let leader {
                print("Created study '\(slug)' (/s/\(slug)), led by '\(leader)'")
            } else {
                print("Created study '\(slug)' (/s/\(slug)) without a lead; add one with: voelspriet study add-member \(slug) USER --role lead")
            }
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
            try await setStatus(database, slug, .open)
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop accepting responses.")
        @OptionGroup var database: DatabaseOptions
        @Argument var slug: String
        func run() async throws {
            try await setStatus(database, slug, .closed)
        }
    }

    static func setStatus(_ database: DatabaseOptions, _ slug: String, _ status: StudyStatus) async throws {
        try await database.withServices { services in
            do {
                let access = try await services.studies.access(slug, as: DatabaseOptions.actor, for: .changeStatus)
                try await services.studies.setStatus(access, status)
            } catch let error as ServiceError { throw cliError(error) }
        }
    }

    /// Runs a membership change on a study, as the system user.
    static func withMembers(_ database: DatabaseOptions, _ slug: String, _ body: @escaping (Services, StudyAccess) async throws -> Void)
        async throws
    {
        try await database.withServices { services in
            do {
                try await body(services, try await services.studies.access(slug, as: DatabaseOptions.actor, for: .manageMembers))
            } catch let error as ServiceError { throw cliError(error) }
        }
    }

    struct Members: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a study's members and their roles.")
        @OptionGroup var database: DatabaseOptions
        @Argument var slug: String

        func run() async throws {
            try await StudyCommand.withMembers(database, slug) { services, access in
                for member in try await services.members.members(access) {
                    print("\(member.username)\t\(member.role.rawValue)\t\(member.addedOn)")
                }
            }
        }
    }

    /// A study, an account and a role: what adding a member and changing a role both take.
    struct MemberRole: ParsableArguments {
        @Argument(help: "The study's slug.") var slug: String
        @Argument(help: "The account.") var user: String
        @Option(help: "lead, analyst, coder or viewer.") var role: String
    }

    struct AddMember: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add-member", abstract: "Add an account to a study with a role.")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var member: MemberRole

        func run() async throws {
            try await StudyCommand.withMembers(database, member.slug) { [member] services, access in
                try await services.members.add(access, username: member.user, roleName: member.role)
            }
            print("Added '\(member.user)' to '\(member.slug)' as \(member.role)")
        }
    }

    struct SetRole: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-role", abstract: "Change a member's role in a study.")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var member: MemberRole

        func run() async throws {
            try await StudyCommand.withMembers(database, member.slug) { [member] services, access in
                try await services.members.changeRole(access, username: member.user, roleName: member.role)
            }
            print("'\(member.user)' is now \(member.role) in '\(member.slug)'")
        }
    }

    struct RemoveMember: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove-member", abstract: "Remove an account from a study.")
        @OptionGroup var database: DatabaseOptions
        @Argument var slug: String
        @Argument var user: String

        func run() async throws {
            try await StudyCommand.withMembers(database, slug) { services, access in
                try await services.members.remove(access, username: user)
            }
            print("Removed '\(user)' from '\(slug)'")
        }
    }
}
