import Foundation
import Hummingbird
import Logging
import VoelsprietAnalysis
import VoelsprietDomain
import VoelsprietLiterature
import VoelsprietServices
import VoelsprietStorage

/// What `buildApplication` hands back besides the app: for the CLI and tests.
public struct ApplicationSetup: Sendable {
    public let repositories: Repositories
    public let client: any DatabaseClient
    public let services: Services
}

/// Builds the whole application: database, migrations, first admin, demo study, routes.
///
/// `serve` and the tests both call this; the returned app owns the database connection and
/// closes it on shutdown.
public func buildApplication(_ configuration: AppConfiguration) async throws -> some ApplicationProtocol {
    try await buildApplicationWithSetup(configuration).app
}

/// As `buildApplication`, also returning the repositories and services (tests inspect storage through them).
public func buildApplicationWithSetup(_ configuration: AppConfiguration) async throws -> (
    app: Application<RouterResponder<AppRequestContext>>, setup: ApplicationSetup
) {
    let logger = PrivateLogHandler.logger(label: "voelspriet", level: configuration.logLevel, handler: configuration.logHandler)
    let client = try await DatabaseClientFactory.open(configuration.database, logger: logger)
    let repositories = Repositories(client: client)
    do {
        let (router, services) = try await buildRouterAndServices(repositories: repositories, configuration: configuration)
        try await ensureAdmin(services: services, configuration: configuration)
        if configuration.demo { try await ensureDemoStudy(services: services, configuration: configuration) }
        let limits = configuration.limits
        let counter = ConnectionCounter(limit: limits.maxConnections)
        let app = Application(
            router: router,
            server: .http1(
                configuration: .init(additionalChannelHandlers: [ConnectionGuard(limits: limits, counter: counter)], idleTimeout: nil)),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            services: [DatabaseService(client: client, sessions: services.sessions, lifecycle: services.lifecycle, logger: logger)],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                configuration.announce("Listening on http://\(configuration.host):\(port)")
            },
            logger: logger)
        return (app, ApplicationSetup(repositories: repositories, client: client, services: services))
    } catch {
        try? await client.shutdown()
        throw error
    }
}

/// The router with every route and middleware, and the services behind it.
func buildRouterAndServices(repositories: Repositories, configuration: AppConfiguration) async throws -> (
    Router<AppRequestContext>, Services
) {
    let cache = StudyCache(repository: repositories.studies)
    let services = Services(
        repositories: repositories, bcryptCost: configuration.bcryptCost, idleTimeout: configuration.sessionIdleTimeout,
        contactSeal: configuration.contactSeal, onStudyChange: { cache.invalidate($0) })
    let web = WebContext(
        services: services, studies: cache, renderer: try await PageRenderer.load(),
        csrf: CSRFProtection(secure: configuration.secureCookies, key: try await repositories.secrets.secret(named: "csrf")),
        configuration: configuration,
        intakeLimit: IntakeRateLimit(perMinute: configuration.intakePerMinute, clock: configuration.intakeClock))
    let api = APIController(web: web, openAPIDocument: try StaticAssets.openAPIDocument())
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware(secure: configuration.secureCookies))
    router.add(middleware: DatabaseUnavailablePages(renderer: web.renderer, health: repositories.health))
    router.add(middleware: NotFoundPages(renderer: web.renderer))
    router.add(middleware: MethodNotAllowedMiddleware(routes: api.routes.map { ($0.method, $0.path) }))
    router.get("/healthz") { _, _ in "ok" }
    router.get("/") { _, _ in Response.redirect(to: "/login", type: .found) }
    StaticAssets.shared.addRoutes(to: router)
    RespondentController(web: web).addRoutes(to: router)
    api.addRoutes(to: router)
    let registry = FeatureRegistry.standard(web)
    registry.install(on: router, web: web, gate: ResearcherGate(web: web))
    return (router, services)
}

/// The router alone (tests enumerate its routes).
func buildRouter(repositories: Repositories, configuration: AppConfiguration) async throws -> Router<AppRequestContext> {
    try await buildRouterAndServices(repositories: repositories, configuration: configuration).0
}

/// On first start (no accounts), creates `admin` and announces its password: a generated one
/// is shown once and must be changed at first log-in.
func ensureAdmin(services: Services, configuration: AppConfiguration) async throws {
    let (created, generated) = try await services.accounts.ensureFirstAdmin(initialPassword: configuration.initialAdminPassword)
    guard created else { return }
    if let generated {
        configuration.announce("Created account 'admin' with one-time password: \(generated)  (shown only now; change it at first log-in)")
    } else {
        configuration.announce("Created account 'admin' with the password from VOELSPRIET_ADMIN_PASSWORD")
    }
}

/// Creates the open demo study `quickscan` from the built-in instrument when missing, with
/// `admin` as its lead.
func ensureDemoStudy(services: Services, configuration: AppConfiguration) async throws {
    let repositories = services.repositories
    if try await repositories.studies.find(slug: "quickscan") == nil {
        let instrument = try BuiltInInstruments.quickscan()
        do {
            try await services.studies.create(
                slug: "quickscan", title: instrument.title.text(in: "nl"), instrument: instrument, by: .command("demo"), lead: "admin")
            if configuration.demoResponses {
                try await loadDemoResponses(services: services, instrument: instrument)
                configuration.announce("Demo study filled with the 131 synthetic responses that reproduce the report")
                try await DemoStudy.load(services: services)
                configuration.announce("Demo study report: http://\(configuration.host):\(configuration.port)/admin/studies/quickscan/synthesis")
            }
        } catch ServiceError.conflict {}
    }
    configuration.announce("Demo questionnaire: http://\(configuration.host):\(configuration.port)/s/quickscan")
    if configuration.demoResponses, try await repositories.studies.find(slug: "literatuur") == nil {
        try await loadDemoReview(services: services)
        configuration.announce("Demo literature review: http://\(configuration.host):\(configuration.port)/admin/studies/literatuur/literature")
    }
}

/// A second demo study, `literatuur`, with a literature review under way: two searches, their
/// made-up exports imported and deduplicated, `admin` assigned to screen titles and abstracts.
func loadDemoReview(services: Services) async throws {
    do {
        try await services.studies.create(
            slug: "literatuur", title: "Literatuuronderzoek (demo)", instrument: try BuiltInInstruments.quickscan(), by: .command("demo"),
            lead: "admin")
    } catch ServiceError.conflict { return }
    let access = try await services.studies.access("literatuur", as: .command("demo"), for: .manageLiterature)
    for file in try LiteratureDemo.files() {
        let search = try await services.literature.recordSearch(
            access, database: file.database, runOn: "2022-03-15", query: file.query, hits: file.hits)
        _ = try await services.literature.importFile(access, data: file.data, fileName: file.name, searchID: search)
    }
    try await services.literature.deduplicate(access)
    try await services.literature.assignReviewers(access, stage: .titleAbstract, usernames: ["admin"])
}

/// Stores the demo data set (131 respondents reproducing the report's chapter 3) in the demo
/// study, so that its report page shows the full report at once. Their receipt codes are
/// random and never shown: nobody can withdraw them, and nobody needs to.
func loadDemoResponses(services: Services, instrument: Instrument) async throws {
    let generator = DemoDataGenerator(design: try DemoDesign.quickscan(), instrument: instrument)
    let access = try await services.studies.access("quickscan", as: .command("demo"), for: .exportAnswers)
    try await services.intake.importAnswers(try generator.responses(seed: 2021), into: access)
}
