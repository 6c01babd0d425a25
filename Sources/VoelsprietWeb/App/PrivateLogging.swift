import Foundation
import Hummingbird
import Logging
import NIOConcurrencyHelpers

/// The logging rules that keep respondents' data out of logs, at any level:
///
/// - Libraries (Hummingbird, NIO, the database drivers) log only at `info` and above, whatever
///   `--log-level` says: below that they write query binds, decode errors quoting the
///   offending value, and connection traces. Voelspriet's own modules log at the chosen level,
///   and never a value (answers, contact details, receipts, session ids, passwords, typed
///   user names): only what happened, to which study, and how often.
/// - Metadata that names query text or binds is dropped whoever sends it.
struct PrivateLogHandler: LogHandler {
    var base: any LogHandler
    var logLevel: Logger.Level {
        get { base.logLevel }
        set { base.logLevel = newValue }
    }
    var metadata: Logger.Metadata {
        get { base.metadata }
        set { base.metadata = newValue }
    }
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { base[metadataKey: key] }
        set { base[metadataKey: key] = newValue }
    }

    static let libraryFloor = Logger.Level.info
    static let droppedKeys: Set<String> = ["binds", "sql", "query", "psql_query", "error.type"]

    static func isOwn(_ source: String) -> Bool { source.hasPrefix("Voelspriet") || source == "voelspriet" }

    func log(
        level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String,
        function: String, line: UInt
    ) {
        if !Self.isOwn(source), level < Self.libraryFloor { return }
        let kept = metadata?.filter { !Self.droppedKeys.contains($0.key) }
        base.log(level: level, message: message, metadata: kept, source: source, file: file, function: function, line: line)
    }

    /// The application's logger: `label`, `level`, each handler wrapped.
    static func logger(label: String, level: Logger.Level, handler: @escaping @Sendable (String) -> any LogHandler) -> Logger {
        var logger = Logger(label: label) { PrivateLogHandler(base: handler($0)) }
        logger.logLevel = level
        return logger
    }
}

/// What may be said about an error in a log: its type, never its description (a driver's or
/// decoder's description can quote the value that failed).
func loggable(_ error: any Error) -> String {
    String(reflecting: type(of: error))
}

/// At most one log line per kind of rejected request per `interval`, with the count of those
/// not logged since: a flood of bad submissions (or aborted uploads) cannot flood the log.
final class RejectionLog: Sendable {
    private struct State {
        var lastLine: ContinuousClock.Instant
        var unlogged: Int
    }

    let interval: Duration
    private let states = NIOLockedValueBox<[String: State]>([:])

    init(interval: Duration = .seconds(60)) {
        self.interval = interval
    }

    /// Notes one rejection of `kind`; returns the line to log, or nil when one was logged
    /// within the interval (this one is counted for the next line).
    func note(_ kind: String, now: ContinuousClock.Instant = .now) -> String? {
        states.withLockedValue { states in
            if var state = states[kind], now - state.lastLine < interval {
                state.unlogged += 1
                states[kind] = state
                return nil
            }
            let unlogged = states[kind]?.unlogged ?? 0
            states[kind] = State(lastLine: now, unlogged: 0)
            // Bounded: kinds come from a fixed set of routes and statuses, but keep it so.
            if states.count > 1_000 { states = states.filter { now - $0.value.lastLine < interval } }
            return unlogged == 0 ? "Rejected: \(kind)" : "Rejected: \(kind) (and \(unlogged) more since the last line)"
        }
    }
}

/// Logs rejected respondent and API requests (4xx) through a `RejectionLog`: the route and
/// status only, at most once a minute per kind.
struct RejectionLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let log: RejectionLog

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            let response = try await next(request, context)
            note(request, context, response.status)
            return response
        } catch let error as any HTTPResponseError {
            note(request, context, error.status)
            throw error
        }
    }

    func note(_ request: Request, _ context: Context, _ status: HTTPResponse.Status) {
        guard (400..<500).contains(status.code), status != .notFound || request.method == .post else { return }
        if let line = log.note("\(request.method) \(context.endpointPath ?? "?") \(status.code)") {
            context.logger.notice("\(line)")
        }
    }
}
