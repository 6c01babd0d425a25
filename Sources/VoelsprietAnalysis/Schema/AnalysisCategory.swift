import VoelsprietDomain

/// One answer category of a variable.
public struct AnalysisCategory: Sendable, Hashable {
    /// The stored code.
    public let code: String
    /// What the respondent read; for a plain CSV, the code itself.
    public let label: LocalizedText

    public init(code: String, label: LocalizedText) {
        self.code = code
        self.label = label
    }

    /// A category whose label is its code.
    public init(code: String) {
        self.init(code: code, label: LocalizedText(["nl": code]))
    }
}
