import Hummingbird
import HummingbirdAuth
import VoelsprietStorage

/// The request context of every route: session and identity for researcher pages.
public struct AppRequestContext: AuthRequestContext, SessionRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: User?
    public let sessions: SessionContext<ResearcherSession>
    /// Language of the researcher pages (`nl` or `en`), set by `ResearcherLanguageMiddleware`.
    public var language: String = "nl"

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.identity = nil
        self.sessions = .init()
    }

    /// Bodies are read explicitly with their own limit; this guards Hummingbird's own decoders.
    public var maxUploadSize: Int { 64 * 1024 }
}
