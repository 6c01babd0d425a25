/// What to do with answers to items that the branching hides.
public enum HiddenAnswerPolicy: Sendable {
    /// Report them as problems (the API: a client must not answer what does not apply).
    case reject
    /// Drop them silently (the web form: a respondent who went back and changed an
    /// earlier answer may have left answers that no longer apply).
    case discard
}
