import Hummingbird
import ServiceLifecycle
import VoelsprietServices
import VoelsprietStorage

/// Keeps the database open while the server runs, deletes idle sessions now and then, and
/// closes the database on graceful shutdown.
struct DatabaseService: Service {
    let client: any DatabaseClient
    let sessions: SessionService

    func run() async throws {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                while !Task.isCancelled {
                    try? await sessions.sweep()
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
