import Foundation
import Hummingbird
import HummingbirdBcrypt
import Logging
import NIOPosix
import VoelsprietAnalysis
import VoelsprietDomain
import VoelsprietStorage

/// What `buildApplication` hands back besides the app: for the CLI and tests.
public struct ApplicationSetup: Sendable {
    public let repositories: Repositories
    public let client: any DatabaseClient
}

/// Builds the whole application: database, migrations, first admin, demo study, routes.
///
/// `serve` and the tests both call this; the returned app owns the database connection and
/// closes it on shutdown.
public func buildApplication(_ configuration: AppConfiguration) async throws -> some ApplicationProtocol {
    try await buildApplicationWithSetup(configuration).app
}

/// As `buildApplication`, also returning the repositories (tests inspect storage through them).
public func buildApplicationWithSetup(_ configuration: AppConfiguration) async throws -> (
    app: Application<RouterResponder<AppRequestContext>>, setup: ApplicationSetup
) {
    var logger = Logger(label: "voelspriet")
    logger.logLevel = configuration.logLevel
    let client = try await DatabaseClientFactory.open(configuration.database, logger: logger)
    let repositories = Repositories(client: client)
    do {
        try await ensureAdmin(repositories: repositories, configuration: configuration)
        if configuration.demo { try await ensureDemoStudy(repositories: repositories, configuration: configuration) }
        let router = try await buildRouter(repositories: repositories, configuration: configuration)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            services: [DatabaseService(client: client)],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                configuration.announce("Listening on http://\(configuration.host):\(port)")
            },
            logger: logger)
        return (app, ApplicationSetup(repositories: repositories, client: client))
    } catch {
        try? await client.shutdown()
        throw error
    }
}

/// The router with every route and middleware; separate so tests could build it alone.
func buildRouter(repositories: Repositories, configuration: AppConfiguration) async throws -> Router<AppRequestContext> {
    let services = AppServices(
        repositories: repositories, studies: StudyCache(repository: repositories.studies),
        renderer: try await PageRenderer.load(), csrf: CSRFProtection(secure: configuration.secureCookies),
        configuration: configuration, loginThrottle: LoginThrottle())
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware(secure: configuration.secureCookies))
    router.add(middleware: MethodNotAllowedMiddleware())
    router.get("/healthz") { _, _ in "ok" }
    router.get("/") { _, _ in Response.redirect(to: "/login", type: .found) }
    try StaticAssets.load().addRoutes(to: router)
    RespondentController(services: services).addRoutes(to: router)
    APIController(services: services, openAPIDocument: try StaticAssets.openAPIDocument()).addRoutes(to: router)
    ResearcherController(services: services).addRoutes(to: router)
    return router
}

/// On first start (no accounts), creates `admin` and announces its one-time password.
func ensureAdmin(repositories: Repositories, configuration: AppConfiguration) async throws {
    guard try await repositories.users.count() == 0 else { return }
    let password = configuration.initialAdminPassword ?? PasswordGenerator.generate()
    let cost = configuration.bcryptCost
    let hash = try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    do {
        try await repositories.users.create(User(username: "admin", passwordHash: hash, role: .admin))
    } catch StorageError.duplicate {
        return  // another server process created it first
    }
    if configuration.initialAdminPassword == nil {
        configuration.announce("Created account 'admin' with one-time password: \(password)  (shown only now)")
    } else {
        configuration.announce("Created account 'admin' with the password from VOELSPRIET_ADMIN_PASSWORD")
    }
}

/// Creates the open demo study `quickscan` from the built-in instrument when missing.
func ensureDemoStudy(repositories: Repositories, configuration: AppConfiguration) async throws {
    if try await repositories.studies.find(slug: "quickscan") == nil {
        let instrument = try BuiltInInstruments.quickscan()
        do {
            try await repositories.studies.create(
                Study(
                    slug: "quickscan", title: instrument.title.text(in: "nl"), status: .open, instrument: instrument,
                    createdOn: Clock.today()))
            if configuration.demoResponses {
                try await loadDemoResponses(repositories: repositories, instrument: instrument)
                configuration.announce("Demo study filled with the 131 synthetic responses that reproduce the report")
            }
        } catch StorageError.duplicate {}
    }
    configuration.announce("Demo questionnaire: http://\(configuration.host):\(configuration.port)/s/quickscan")
}

/// Stores the demo data set (131 respondents reproducing the report's chapter 3) in the demo
/// study, so that its report page shows the full report at once. Their receipt codes are
/// random and never shown: nobody can withdraw them, and nobody needs to.
func loadDemoResponses(repositories: Repositories, instrument: Instrument) async throws {
    let generator = DemoDataGenerator(design: try DemoDesign.quickscan(), instrument: instrument)
    try await repositories.responses.importAnswers(
        try generator.responses(seed: 2021), studySlug: "quickscan", submittedOn: Clock.today())
}
