import Hummingbird
import Logging
import ServiceLifecycle
import VoelsprietServices
import VoelsprietStorage

/// Keeps the database open while the server runs; every ten minutes deletes idle sessions and
/// the contact details of studies past their retention date; closes the database on shutdown.
struct DatabaseService: Service {
    let client: any DatabaseClient
    let sessions: SessionService
    let lifecycle: LifecycleService
    let logger: Logger

    func run() async throws {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                while !Task.isCancelled {
                    do {
                        try await sessions.sweep()
                        for deleted in try await lifecycle.deleteExpiredContacts() {
                            logger.notice("Retention date passed: deleted \(deleted)")
                        }
                    } catch is CancellationError {
                        break
                    } catch {
                        logger.error("Deleting idle sessions or expired contact details failed: \(loggable(error))")
                    }
                    try? await Task.sleep(for: .seconds(600))
                }
            }
            try? await gracefulShutdown()
            group.cancelAll()
        }
        // Not cancellable: the connections must be closed however the server stops.
        let client = self.client
        try await Task { try await client.shutdown() }.value
    }
}
