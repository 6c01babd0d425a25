import ArgumentParser
import Foundation
import VoelsprietLiterature
import VoelsprietServices

/// `voelspriet lit prisma`: the PRISMA 2020 flow of a study as SVG.
extension LiteratureCommand {
    struct Prisma: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "prisma",
            abstract: "Draw the PRISMA 2020 flow diagram of a study's literature review as SVG, with counts from its data.")

        @Option(help: "The study.") var project: String
        @Option(help: "Where to write the SVG ('-' for standard output).") var out: String
        @Option(help: "Language of the labels (nl or en).") var language = "nl"
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withServices { services in
                do {
                    let access = try await services.studies.access(project, as: DatabaseOptions.actor, for: .viewLiterature)
                    let flow = try await services.literature.prismaFlow(access, language: language)
                    try OutputFile.write(Data(flow.svg.utf8), to: out)
                    for problem in flow.problems { LiteratureCommand.printError("note: \(problem)") }
                    if out != "-" {
                        print("\(flow.prisma.identified) identified, \(flow.prisma.duplicatesRemoved) duplicates removed, "
                              + "\(flow.prisma.screened) screened, \(flow.prisma.includedStudies) included → \(out)")
                    }
                } catch let error as ServiceError { throw cliError(error) }
            }
        }
    }
}
