import Logging
import VoelsprietServices
import VoelsprietStorage

/// What the features share: the use cases, the respondent side's study cache, the renderer,
/// anonymous-form protection and settings. Built once in `buildRouter`.
struct WebContext: Sendable {
    let services: Services
    let studies: StudyCache
    let renderer: PageRenderer
    let csrf: CSRFProtection
    let configuration: AppConfiguration
    /// Rejected intake is logged at most once a minute per kind.
    let rejections = RejectionLog()
    /// Anonymous submissions per study and minute.
    let intakeLimit: IntakeRateLimit
}
