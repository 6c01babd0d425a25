import Logging
import VoelsprietStorage

/// What the controllers share: repositories, caches, renderer and settings.
struct AppServices: Sendable {
    let repositories: Repositories
    let studies: StudyCache
    let renderer: PageRenderer
    let csrf: CSRFProtection
    let configuration: AppConfiguration
    let loginThrottle: LoginThrottle
}
