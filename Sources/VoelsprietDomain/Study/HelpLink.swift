/// Where a respondent can turn for help, shown after submitting and on every page footer.
public struct HelpLink: Codable, Sendable, Hashable {
    public var name: LocalizedText
    public var description: LocalizedText?
    /// A web address or a `tel:` link; nil for help that has no address of its own.
    public var url: String?

    public init(name: LocalizedText, description: LocalizedText? = nil, url: String? = nil) {
        self.name = name
        self.description = description
        self.url = url
    }

    /// The study's default: a confidential counsellor and the national helpline (Veilig Thuis).
    public static let defaults: [HelpLink] = [
        HelpLink(
            name: LocalizedText(["nl": "Vertrouwenspersoon", "en": "Confidential counsellor"]),
            description: LocalizedText([
                "nl": "Praat in vertrouwen met de vertrouwenspersoon van je organisatie of opleiding.",
                "en": "Talk in confidence to the confidential counsellor of your organisation or school.",
            ])),
        HelpLink(
            name: LocalizedText(["nl": "Veilig Thuis: 0800-2000 (gratis, dag en nacht)", "en": "Veilig Thuis: 0800-2000 (free, day and night)"]),
            description: LocalizedText([
                "nl": "Het landelijke advies- en meldpunt huiselijk geweld en kindermishandeling.",
                "en": "The national advice and reporting centre for domestic violence and child abuse.",
            ]),
            url: "tel:08002000"),
        HelpLink(
            name: LocalizedText(["nl": "113 Zelfmoordpreventie: 0800-0113", "en": "113 Suicide Prevention: 0800-0113"]),
            url: "tel:08000113"),
    ]
}
