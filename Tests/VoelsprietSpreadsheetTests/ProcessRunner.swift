import Foundation

/// Runs a program with a time limit (tests only); nil when it had to be stopped. Waits with
/// `Task.sleep`, so that no thread of the cooperative pool is held meanwhile.
enum ProcessRunner {
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval
    ) async throws -> Int32? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        guard !process.isRunning else {
            process.terminate()
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }
}
