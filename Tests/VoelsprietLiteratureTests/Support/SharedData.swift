import Foundation

/// The shared test data (`../shared/data` beside the repository, or `VOELSPRIET_SHARED_DATA`).
/// Tests over it are enabled only when it is there; `.ci/run` checks that it is, so in CI they
/// always run.
enum SharedData {
    static let directory: URL? = {
        if let override = ProcessInfo.processInfo.environment["VOELSPRIET_SHARED_DATA"] {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        // Tests/VoelsprietLiteratureTests/Support/SharedData.swift → repository root → ../shared/data
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        let candidate = url.deletingLastPathComponent().appendingPathComponent("shared/data", isDirectory: true)
        return FileManager.default.fileExists(atPath: candidate.path) ? candidate : nil
    }()

    static var available: Bool { directory != nil }

    static func url(_ relativePath: String) -> URL {
        directory!.appendingPathComponent(relativePath)
    }
}
