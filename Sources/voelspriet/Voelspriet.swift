import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The `voelspriet` command: serve the app and manage studies, instruments and exports.
@main
struct Voelspriet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voelspriet",
        abstract: "Run the Voelspriet research system: questionnaires, literature review, interviews, exports and accounts.",
        subcommands: [
            ServeCommand.self, InstrumentCommand.self, ExportCommand.self, StudyCommand.self, UserCommand.self,
            AuditCommand.self, PurgeCommand.self, MigrateCommand.self, AnalyzeCommand.self, StatsCommand.self, DemoDataCommand.self, ImportCommand.self,
            LiteratureCommand.self, QDACommand.self, ReportCommand.self, StatcheckCommand.self,
        ]
    )

    /// Every file Voelspriet creates (database, exports, keys) is its owner's only, whatever
    /// the umask of the shell that started it.
    static func main() async {
        umask(0o077)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
