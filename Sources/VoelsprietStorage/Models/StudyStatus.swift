/// Whether a study accepts responses.
public enum StudyStatus: String, Sendable, Codable, CaseIterable {
    case open
    case closed
}
