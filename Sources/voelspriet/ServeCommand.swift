import ArgumentParser
import Foundation
import Hummingbird
import Logging
import VoelsprietServices
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
    @Option(
        help: ArgumentHelp(
            "File with the key that seals contact details until they are released in batches (created when missing).",
            discussion: "Default: beside the data folder, <data>.contact-key. Keep it out of the data folder and back it up apart from it."))
    var contactKey: String?
    @Option(help: "Behind a reverse proxy: the header with the client's address, such as X-Forwarded-For (last entry used).")
    var clientAddressHeader: String?
    @Option(help: "Anonymous submissions (answers, withdrawals, contact details) accepted per study and kind per minute; 0 for no limit.")
    var intakePerMinute: Int = 600
    @Option(help: "Most connections served at once; more are closed at once.") var maxConnections: Int = 1024

    func validate() throws {
        // A session ends a day after its log-in whatever its idle time.
        guard sessionIdleHours > 0, sessionIdleHours <= 24 else {
            throw ValidationError("--session-idle-hours must be more than 0 and at most 24")
        }
        guard intakePerMinute >= 0 else { throw ValidationError("--intake-per-minute must be 0 or more") }
        guard maxConnections >= 1 else { throw ValidationError("--max-connections must be at least 1") }
    }

    func run() async throws {
        if case .sqlite(let directory) = database.configuration, let exposure = DataFolder.exposure(of: directory) {
            throw CLIError(exposure)
        }
        let environment = ProcessInfo.processInfo.environment
        let keyPath = contactKey ?? ContactSeal.defaultPath(dataDirectory: database.data)
        if case .sqlite(let directory) = database.configuration, Self.isInside(keyPath, directory) {
            throw CLIError("The contact key \(keyPath) is inside the data folder \(directory); keep it outside, so that a copy of the folder cannot open waiting contact details.")
        }
        let seal: ContactSeal
        do { seal = try ContactSeal.loadOrCreate(path: keyPath) } catch let error as ServiceError { throw cliError(error) }
        var configuration = AppConfiguration(
            host: host, port: port, database: database.configuration,
            secureCookies: secureCookies || environment["VOELSPRIET_SECURE_COOKIES"] == "1",
            demo: demo, demoResponses: demo, initialAdminPassword: environment["VOELSPRIET_ADMIN_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 },
            sessionIdleTimeout: .seconds(Int(sessionIdleHours * 3600)),
            logLevel: Logger.Level(rawValue: logLevel) ?? .info, contactSeal: seal,
            announce: { message in
                // Written straight to the file descriptor so it shows at once when piped.
                FileHandle.standardOutput.write(Data((message + "\n").utf8))
            })
        configuration.clientAddressHeader = clientAddressHeader
        configuration.intakePerMinute = intakePerMinute
        configuration.limits.maxConnections = maxConnections
        FileHandle.standardOutput.write(Data("Voelspriet: \(database.configuration.displayName)\n".utf8))
        let app = try await buildApplication(configuration)
        try await app.runService()
    }

    static func isInside(_ path: String, _ directory: String) -> Bool {
        let file = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let folder = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath().path
        return file.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}
