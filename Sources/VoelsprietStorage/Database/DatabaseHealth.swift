import Logging
import NIOConcurrencyHelpers

/// Whether the database answered its last statement, said in the log once per change instead
/// of once per failing request: "unreachable" when a statement fails because the database
/// cannot be reached (`DatabaseAvailability`), "reachable again" at the next one that works,
/// with how many requests were turned away meanwhile.
public final class DatabaseHealth: Sendable {
    private struct State {
        var down = false
        var refused = 0
    }

    let logger: Logger
    private let state = NIOLockedValueBox(State())

    public init(logger: Logger) {
        self.logger = logger
    }

    public var isDown: Bool { state.withLockedValue { $0.down } }

    /// A statement worked.
    func up() {
        let refused: Int? = state.withLockedValue { state in
            guard state.down else { return nil }
            defer { state = State() }
            return state.refused
        }
        if let refused { logger.notice("Database reachable again (\(refused) requests were answered 503 meanwhile)") }
    }

    /// A statement failed with `error`; noted when it means the database is out of reach.
    func failed(_ error: any Error) {
        guard DatabaseAvailability.isUnavailable(error) else { return }
        let first = state.withLockedValue { state in
            defer { state.down = true }
            return !state.down
        }
        if first { logger.warning("Database unreachable: requests that need it are answered 503 with Retry-After until it is back") }
    }

    /// The web turned a request away with 503.
    public func noteRefused() { state.withLockedValue { $0.refused += 1 } }
}
