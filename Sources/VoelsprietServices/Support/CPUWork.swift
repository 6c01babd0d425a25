import Dispatch

/// CPU-heavy work — reading a large export, deduplicating, building or training a ranking
/// model — runs on a thread of its own instead of on Swift's cooperative pool, which serves
/// every request (the questionnaire's too). One such job runs at a time, the others queue, so
/// one of the machine's cores stays free for requests however many imports are started.
enum CPUWork {
    private static let queue = DispatchQueue(label: "voelspriet.cpu-work", qos: .utility)

    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }

    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: body()) }
        }
    }
}
