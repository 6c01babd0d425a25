import Hummingbird
import ServiceLifecycle
import VoelsprietStorage

/// Keeps the database open while the server runs and closes it on graceful shutdown.
struct DatabaseService: Service {
    let client: any DatabaseClient

    func run() async throws {
        try? await gracefulShutdown()
        try await client.shutdown()
    }
}
