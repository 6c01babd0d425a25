/// Why an SPSS file could not be written.
public enum SAVError: Error, Sendable, Hashable, CustomStringConvertible {
    case libraryMissing
    case symbolMissing(String)
    case readstat(step: String, message: String)

    public var description: String {
        switch self {
        case .libraryMissing:
            "SPSS export needs libreadstat; install it (Debian/Ubuntu: apt-get install libreadstat1; macOS: brew install readstat)"
        case .symbolMissing(let name): "the installed libreadstat lacks \(name); install version 1.1 or later"
        case .readstat(let step, let message): "writing the SPSS file failed at \(step): \(message)"
        }
    }
}
