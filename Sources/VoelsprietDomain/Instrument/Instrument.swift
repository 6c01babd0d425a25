/// A questionnaire as data: sections of items, shared scales, branching and translations.
///
/// Instruments are written by researchers as JSON or YAML files, or built in the browser; see `Resources/instruments/README.md`.
public struct Instrument: Codable, Sendable, Hashable {
    public var id: String
    public var version: String?
    /// Languages every text must be given in; the first is the default.
    public var languages: [String]
    public var title: LocalizedText
    /// Shown before the first question: what the study is about, anonymity, stopping.
    public var introduction: LocalizedText?
    /// Named answer scales shared between items.
    public var scales: [String: Scale]
    public var sections: [InstrumentSection]

    public init(
        id: String, version: String? = nil, languages: [String], title: LocalizedText,
        introduction: LocalizedText? = nil, scales: [String: Scale], sections: [InstrumentSection]
    ) {
        self.id = id
        self.version = version
        self.languages = languages
        self.title = title
        self.introduction = introduction
        self.scales = scales
        self.sections = sections
    }

    /// Items in questionnaire order, each with the section it belongs to.
    public var orderedItems: [(section: InstrumentSection, item: InstrumentItem)] {
        sections.flatMap { section in section.items.map { (section, $0) } }
    }

    /// The item with `id`, if any.
    public func item(_ id: String) -> InstrumentItem? {
        for section in sections {
            if let item = section.items.first(where: { $0.id == id }) { return item }
        }
        return nil
    }

    /// The answer options of an item: its own, its scale's points, or yes/no.
    public func options(of item: InstrumentItem) -> [AnswerOption] {
        switch item.type {
        case .single, .dropdown, .multiple: return item.options ?? []
        case .scale: return item.scale.flatMap { scales[$0]?.points } ?? []
        case .yesno: return AnswerOption.yesNo
        case .text, .numeric, .date: return []
        }
    }
}

extension AnswerOption {
    /// The fixed options of a yes/no item.
    public static let yesNo: [AnswerOption] = [
        AnswerOption(code: "yes", label: LocalizedText(["nl": "Ja", "en": "Yes"])),
        AnswerOption(code: "no", label: LocalizedText(["nl": "Nee", "en": "No"])),
    ]
}
