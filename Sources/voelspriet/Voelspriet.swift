import ArgumentParser

/// The `voelspriet` command: serve the app and manage studies, instruments and exports.
@main
struct Voelspriet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voelspriet",
        abstract: "Run the Voelspriet research system: questionnaires, exports and accounts.",
        subcommands: [
            ServeCommand.self, InstrumentCommand.self, ExportCommand.self, StudyCommand.self, UserCommand.self,
            AuditCommand.self, PurgeCommand.self, MigrateCommand.self, AnalyzeCommand.self, StatsCommand.self, DemoDataCommand.self, ImportCommand.self,
        ]
    )
}
