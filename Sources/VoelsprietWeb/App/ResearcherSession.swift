/// What a researcher's session stores: who is logged in, and the form token of the session.
public struct ResearcherSession: Codable, Sendable {
    public var username: String
    public var csrfToken: String
}
