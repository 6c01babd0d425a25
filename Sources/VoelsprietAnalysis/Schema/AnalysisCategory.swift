import VoelsprietDomain

/// One answer category of a variable.
public struct AnalysisCategory: Sendable, Hashable {
    /// The stored code.
    public let code: String
    /// What the respondent read; for a plain CSV, the code itself.
    public let label: LocalizedText
    /// The option's short label (`short` in the instrument), used where the category names a group
    /// of a split; nil when the instrument gives none.
    public let short: LocalizedText?

    public init(code: String, label: LocalizedText, short: LocalizedText? = nil) {
        self.code = code
        self.label = label
        self.short = short
    }

    /// The label of a group formed by this category: the short label when there is one.
    public var groupLabel: LocalizedText { short ?? label }

    /// A category whose label is its code.
    public init(code: String) {
        self.init(code: code, label: LocalizedText(["nl": code]))
    }
}
