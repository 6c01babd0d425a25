import Logging
import VoelsprietServices
import VoelsprietStorage

/// Everything `buildApplication` needs; `serve` fills it from flags and the environment.
public struct AppConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var database: DatabaseConfiguration
    /// Mark cookies `Secure`: set when the server is reached over TLS (directly or via a proxy).
    public var secureCookies: Bool
    /// bcrypt cost for researcher passwords (4…31); tests lower it to stay fast.
    public var bcryptCost: UInt8
    /// Create the demo study (slug `quickscan`) from the built-in instrument when missing.
    public var demo: Bool
    /// When the demo study is created, fill it with the demo data set (131 synthetic
    /// responses reproducing the report), so its report page shows the whole chapter.
    public var demoResponses: Bool
    /// Password for the first admin account; a random one is generated and printed when nil.
    public var initialAdminPassword: String?
    /// A researcher session unused for this long ends (default 8 hours).
    public var sessionIdleTimeout: Duration
    public var logLevel: Logger.Level
    /// Seals contact details while they wait to be released in batches. `serve` keeps its key
    /// in a file outside the data folder; the default is a key for this process only.
    public var contactSeal: ContactSeal
    /// Where log lines go (standard error by default; tests capture them). Every handler is
    /// wrapped so that no value reaches it (see `PrivateLogHandler`).
    public var logHandler: @Sendable (String) -> any LogHandler
    /// Behind a reverse proxy: the header carrying the client's address (its last entry is
    /// used), for the log-in throttle and the intake rate limit. Nil: the peer address.
    public var clientAddressHeader: String? = nil
    /// Timeouts for slow clients and the connection cap.
    public var limits = ServerLimits()
    /// Anonymous submissions (answers, withdrawals, contact details) accepted per study and
    /// kind per minute, in bursts of as many; 0 turns the limit off (load tests).
    public var intakePerMinute = 600
    /// The clock the intake limit refills by (tests freeze it).
    public var intakeClock: @Sendable () -> ContinuousClock.Instant = { .now }
    /// After a study is closed, respondents who had started before may still send for this long.
    public var closeGracePeriod: Duration = .seconds(3600)
    /// Where one-time messages for the operator go (the first admin password, the demo address).
    public var announce: @Sendable (String) -> Void

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: DatabaseConfiguration, secureCookies: Bool = false,
        bcryptCost: UInt8 = 12, demo: Bool = false, demoResponses: Bool = false, initialAdminPassword: String? = nil,
        sessionIdleTimeout: Duration = .seconds(8 * 3600),
        logLevel: Logger.Level = .info, contactSeal: ContactSeal = .ephemeral(),
        logHandler: @escaping @Sendable (String) -> any LogHandler = { StreamLogHandler.standardError(label: $0) }, announce: @escaping @Sendable (String) -> Void = { print($0) }
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.secureCookies = secureCookies
        self.bcryptCost = bcryptCost
        self.demo = demo
        self.demoResponses = demoResponses
        self.initialAdminPassword = initialAdminPassword
        self.sessionIdleTimeout = sessionIdleTimeout
        self.logLevel = logLevel
        self.contactSeal = contactSeal
        self.logHandler = logHandler
        self.announce = announce
    }
}
