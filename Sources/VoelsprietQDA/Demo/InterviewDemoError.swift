// Why the demo interviews could not be produced, naming the file or source and phrase.

/// A problem with the bundled demo interviews (a broken build or an edited resource).
public enum InterviewDemoError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A bundled file is missing (path inside the `demo` resource folder).
    case missingResource(String)
    /// A codings file could not be decoded.
    case unreadableCodings(file: String, detail: String)
    /// The transcript did not read.
    case unreadableTranscript(file: String, detail: String)
    /// A coded phrase does not occur in the transcript text exactly once.
    case phraseNotUnique(source: String, phrase: String, occurrences: Int)
    /// A phrase is empty.
    case emptyPhrase(source: String)

    public var description: String {
        switch self {
        case .missingResource(let path): "demo resource \(path) is missing from the bundle"
        case .unreadableCodings(let file, let detail): "demo codings \(file) cannot be read: \(detail)"
        case .unreadableTranscript(let file, let detail): "demo transcript \(file) cannot be read: \(detail)"
        case .phraseNotUnique(let source, let phrase, let n):
            "\(source): the coded phrase \"\(phrase)\" occurs \(n) times in the transcript text, not exactly once"
        case .emptyPhrase(let source): "\(source): a coded phrase is empty"
        }
    }
}
