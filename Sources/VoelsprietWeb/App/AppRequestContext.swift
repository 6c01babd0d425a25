import Hummingbird
import NIOCore
import VoelsprietServices
import VoelsprietStorage

/// The request context of every route: the researcher's session and account, and the
/// language of the researcher pages.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The logged-in account, once every factor is done.
    public var identity: User?
    /// The session of the request, also while a second factor is still due.
    public var session: StoredSession?
    /// The account of a session waiting for its second factor.
    public var pendingUser: User?
    /// Language of the researcher pages (`nl` or `en`), set by `ResearcherLanguageMiddleware`.
    public var language: String = "nl"
    /// The peer's address: only ever turned into a throttle key (`ClientKey`), never stored or logged.
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }

    /// Bodies are read explicitly with their own limit; this guards Hummingbird's own decoders.
    public var maxUploadSize: Int { BodyLimit.standard }
}

/// The largest request bodies accepted, in one place.
public enum BodyLimit {
    /// Forms, intake bodies, API calls.
    public static let standard = 64 * 1024
    /// A questionnaire pasted into the new-study form.
    public static let instrument = 1024 * 1024
    /// A database export uploaded to the literature review (larger ones: `voelspriet lit import`).
    public static let literatureUpload = 256 * 1024 * 1024
    /// A full text (PDF) attached to a record.
    public static let fullText = 64 * 1024 * 1024
    /// A transcript (text, Markdown, .docx, WebVTT, SRT).
    public static let transcriptUpload = 32 * 1024 * 1024
    /// A REFI-QDA project (.qdpx) or codebook (.qdc) uploaded to the interviews.
    public static let projectUpload = 128 * 1024 * 1024
}
