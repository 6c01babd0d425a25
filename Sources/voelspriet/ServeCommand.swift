import ArgumentParser
import Foundation
import Hummingbird
import Logging
import VoelsprietStorage
import VoelsprietWeb

/// `voelspriet serve`: the web app (respondent pages, researcher pages, JSON API).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Start the web server.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "Port to listen on (0 picks a free one).") var port: Int = 8080
    @Flag(help: "Create the demo study 'quickscan' from the built-in instrument, filled with the demo data set.")
    var demo = false
    @Flag(help: "Mark cookies Secure (use when reached over HTTPS).") var secureCookies = false
    @Option(help: "Log level: trace, debug, info, notice, warning, error.") var logLevel: String = "info"
    @Option(help: "Hours without use after which a researcher's session ends.") var sessionIdleHours: Double = 8

    func validate() throws {
        // A session ends a day after its log-in whatever its idle time.
        guard sessionIdleHours > 0, sessionIdleHours <= 24 else {
            throw ValidationError("--session-idle-hours must be more than 0 and at most 24")
        }
    }

    func run() async throws {
        if case .sqlite(let directory) = database.configuration, let exposure = DataFolder.exposure(of: directory) {
            throw CLIError(exposure)
        }
        let environment = ProcessInfo.processInfo.environment
        let configuration = AppConfiguration(
            host: host, port: port, database: database.configuration,
            secureCookies: secureCookies || environment["VOELSPRIET_SECURE_COOKIES"] == "1",
            demo: demo, demoResponses: demo, initialAdminPassword: environment["VOELSPRIET_ADMIN_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 },
            sessionIdleTimeout: .seconds(Int(sessionIdleHours * 3600)),
            logLevel: Logger.Level(rawValue: logLevel) ?? .info,
            announce: { message in
                // Written straight to the file descriptor so it shows at once when piped.
                FileHandle.standardOutput.write(Data((message + "\n").utf8))
            })
        FileHandle.standardOutput.write(Data("Voelspriet: \(database.configuration.displayName)\n".utf8))
        let app = try await buildApplication(configuration)
        try await app.runService()
    }
}
