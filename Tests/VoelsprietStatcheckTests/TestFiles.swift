import Foundation

/// Where the tests find their files: the committed fixtures next to this file, and the shared
/// reference texts (VOELSPRIET_REFERENCE_DIR, else ../shared/reference beside the package root).
enum TestFiles {
    /// This test folder (symbolic links resolved, so a scratch package linking it works too).
    static var testsFolder: URL {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    }

    static func fixture(_ name: String) -> URL {
        testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    /// The reference folder, or nil when it does not exist.
    static var referenceFolder: URL? {
        let candidates: [URL] = [
            ProcessInfo.processInfo.environment["VOELSPRIET_REFERENCE_DIR"].map { URL(fileURLWithPath: $0) },
            testsFolder.deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("shared/reference"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    static let tnoReport = "tno-r10432-ervaringskennis-2023.txt"

    /// The TNO report's text, when it is there.
    static var tnoReportURL: URL? {
        guard let url = referenceFolder?.appendingPathComponent(tnoReport), FileManager.default.fileExists(atPath: url.path) else {
            return nil
        }
        return url
    }
}
