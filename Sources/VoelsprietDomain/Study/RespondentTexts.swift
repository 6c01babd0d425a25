/// What a study tells its respondents besides the questionnaire itself, edited by the lead per
/// language: the introduction (instead of the instrument's own), the thank-you text, and whether
/// the thank-you page offers to leave contact details for an interview. The help links are kept
/// beside these (`Study.helpLinks`).
///
/// The defaults depend on the instrument: the built-in quickscan, about domestic violence and
/// child abuse, offers the interview and shows the help lines for that subject; any other
/// questionnaire starts with neither (a workload survey must not point to Veilig Thuis).
public struct RespondentTexts: Codable, Sendable, Hashable {
    /// Shown on the first page instead of the instrument's introduction; nil keeps the latter.
    public var introduction: LocalizedText?
    /// Shown on the thank-you page instead of the standard sentence; nil keeps the latter.
    public var thanks: LocalizedText?
    /// Whether the thank-you page links to the separate contact form for an interview.
    public var interviewOffer: Bool

    public init(introduction: LocalizedText? = nil, thanks: LocalizedText? = nil, interviewOffer: Bool) {
        self.introduction = introduction
        self.thanks = thanks
        self.interviewOffer = interviewOffer
    }

    /// The built-in quickscan's defaults for its instrument, and plain ones for any other.
    public static func defaults(for instrument: Instrument) -> RespondentTexts {
        RespondentTexts(interviewOffer: instrument.id == "quickscan")
    }

    /// The help links a new study of `instrument` starts with.
    public static func defaultHelpLinks(for instrument: Instrument) -> [HelpLink] {
        instrument.id == "quickscan" ? HelpLink.defaults : []
    }

    /// The longest introduction or thank-you text per language, in characters.
    public static let maxLength = 5_000
}
