import VoelsprietDomain

/// A study: one instrument put online under a slug.
public struct Study: Sendable, Hashable {
    /// Lowercase address part (`/s/{slug}`), unique and never changed.
    public var slug: String
    public var title: String
    public var status: StudyStatus
    public var instrument: Instrument
    /// Help shown to respondents; the study's defaults when empty.
    public var helpLinks: [HelpLink]
    public var createdOn: String
    /// The account that created the study (its first lead), when known.
    public var createdBy: String?
    /// The day after which contact details (or the whole study) are due for deletion.
    public var retentionDate: String?
    /// Members must sign in with a second factor to open this study.
    public var requireTwoFactor: Bool
    /// When the study was last closed (seconds since 1970), while it is closed; nil while open.
    public var closedAt: Int?
    /// The lead's texts for respondents; the instrument's defaults when never edited.
    public var texts: RespondentTexts
    /// The version of `instrument`: 1, and one more each time it is edited after answers were given.
    public var instrumentVersion: Int

    public init(
        slug: String, title: String, status: StudyStatus, instrument: Instrument, helpLinks: [HelpLink] = HelpLink.defaults,
        createdOn: String, createdBy: String? = nil, retentionDate: String? = nil, requireTwoFactor: Bool = false,
        closedAt: Int? = nil, texts: RespondentTexts? = nil, instrumentVersion: Int = 1
    ) {
        self.instrumentVersion = instrumentVersion
        self.closedAt = closedAt
        self.texts = texts ?? RespondentTexts.defaults(for: instrument)
        self.slug = slug
        self.title = title
        self.status = status
        self.instrument = instrument
        self.helpLinks = helpLinks
        self.createdOn = createdOn
        self.createdBy = createdBy
        self.retentionDate = retentionDate
        self.requireTwoFactor = requireTwoFactor
    }

    /// Whether `slug` is a valid study address part: 2–40 of a–z, 0–9 and -, starting with a letter.
    public static func isValidSlug(_ slug: String) -> Bool {
        guard (2...40).contains(slug.count), let first = slug.unicodeScalars.first, ("a"..."z").contains(first) else {
            return false
        }
        return slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
