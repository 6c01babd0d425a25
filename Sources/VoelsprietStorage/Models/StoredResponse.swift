import VoelsprietDomain

/// A response as stored: random id, the day of submission, and the validated answers.
///
/// The receipt code itself is never stored, only its SHA-256 hash.
public struct StoredResponse: Sendable, Hashable {
    public var id: String
    public var studySlug: String
    public var receiptHash: String
    public var submittedOn: String
    public var answers: AnswerSet
    /// The language the questionnaire was filled in (`nl`, `en`); empty when not known (imports,
    /// responses from before it was kept).
    public var language: String
    /// The version of the questionnaire answered; nil when not known (before versions were kept: 1).
    public var instrumentVersion: Int?

    public init(
        id: String, studySlug: String, receiptHash: String, submittedOn: String, answers: AnswerSet, language: String = "",
        instrumentVersion: Int? = nil
    ) {
        self.instrumentVersion = instrumentVersion
        self.language = language
        self.id = id
        self.studySlug = studySlug
        self.receiptHash = receiptHash
        self.submittedOn = submittedOn
        self.answers = answers
    }
}
