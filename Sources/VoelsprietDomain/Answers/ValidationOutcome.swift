/// The result of validating a response: what was accepted and what was not.
public struct ValidationOutcome: Sendable {
    /// The accepted answers of visible items.
    public var answers: AnswerSet
    /// Problems, in questionnaire order (unknown fields last).
    public var problems: [AnswerProblem]

    public var isValid: Bool { problems.isEmpty }
}
