/// Contact details a respondent left for an interview, kept apart from answers.
public struct ContactDetails: Sendable, Hashable {
    public var id: String
    public var studySlug: String
    public var name: String
    public var email: String
    public var phone: String
    public var note: String
    /// The consent statement the respondent agreed to, as shown.
    public var consent: String

    public init(id: String, studySlug: String, name: String, email: String, phone: String, note: String, consent: String) {
        self.id = id
        self.studySlug = studySlug
        self.name = name
        self.email = email
        self.phone = phone
        self.note = note
        self.consent = consent
    }
}
