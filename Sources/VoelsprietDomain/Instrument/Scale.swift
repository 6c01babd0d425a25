/// An ordered answer scale shared between items (for example a five-point agreement scale).
public struct Scale: Codable, Sendable, Hashable {
    /// The scale's points in order, lowest first.
    public var points: [AnswerOption]

    public init(points: [AnswerOption]) {
        self.points = points
    }
}
