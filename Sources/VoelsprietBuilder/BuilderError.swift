/// A form field of the questionnaire builder that could not be read, in Dutch and English.
public struct BuilderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The form field (`options`, `showIf`, `min` …).
    public var field: String
    public var english: String
    public var dutch: String

    public init(field: String, en: String, nl: String) {
        self.field = field
        self.english = en
        self.dutch = nl
    }

    public func message(in language: String) -> String { language == "en" ? english : dutch }
    public var description: String { "\(field): \(english)" }
}
