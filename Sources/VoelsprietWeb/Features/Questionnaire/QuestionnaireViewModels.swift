import VoelsprietBuilder
import VoelsprietDomain
import VoelsprietStorage

/// The builder page: the draft (or the published questionnaire) as sections of items, each
/// with its form and the checker's messages beside it.
struct QuestionnaireViewModel {
    struct Choice {
        let value: String
        let label: String
        let selected: Bool
    }

    struct LanguageFields {
        let code: String
        let text: String
        let help: String
        let unit: String
    }

    /// One item's form: filled from the item, or from what was posted when it could not be read.
    struct ItemForm {
        let original: String
        let id: String
        let types: [Choice]
        let languages: [LanguageFields]
        let required: Bool
        let randomize: Bool
        let options: String
        let scales: [Choice]
        let formats: [Choice]
        let min, max, earliest, latest, maxLength, showIf, reference: String

        init(original: String, fields: [String: String], languages: [String], scaleNames: [String]) {
            self.original = original
            id = fields["id"] ?? ""
            let type = fields["type"] ?? ItemType.single.rawValue
            types = ItemType.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == type) }
            self.languages = languages.map {
                LanguageFields(code: $0, text: fields["text.\($0)"] ?? "", help: fields["help.\($0)"] ?? "", unit: fields["unit.\($0)"] ?? "")
            }
            required = fields["required"] == "on"
            randomize = fields["randomize"] == "on"
            options = fields["options"] ?? ""
            scales = scaleNames.map { Choice(value: $0, label: $0, selected: $0 == fields["scale"]) }
            formats = [NumberFormat.integer, .decimal].map {
                Choice(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == (fields["format"] ?? "") || ($0 == .integer && (fields["format"] ?? "").isEmpty))
            }
            min = fields["min"] ?? ""
            max = fields["max"] ?? ""
            earliest = fields["earliest"] ?? ""
            latest = fields["latest"] ?? ""
            maxLength = fields["maxLength"] ?? ""
            showIf = fields["showIf"] ?? ""
            reference = fields["reference"] ?? ""
        }
    }

    struct Item {
        let id: String
        let type: String
        let text: String
        let condition: String?
        let problems: [InstrumentProblemRow]
        let hasProblems: Bool
        let open: Bool
        let error: String?
        let form: ItemForm
    }

    struct SectionForm {
        let id: String
        let languages: [LanguageFields]
        let descriptions: [LanguageFields]
        let showIf: String
        let matrix: Bool
    }

    struct Section {
        let id: String
        let title: String
        let problems: [InstrumentProblemRow]
        let hasProblems: Bool
        let items: [Item]
        let form: SectionForm
        let newItem: ItemForm
        let newItemError: String?
        let openNew: Bool
    }

    struct ScaleRow {
        let name: String
        let points: String
        let problems: [InstrumentProblemRow]
    }

    struct Version {
        let number: Int
        let replacedOn: String
        let replacedBy: String
        let url: String
    }

    let frame: StudyFrame
    let csrf: String
    let x: [String: String]
    let base: String
    let hasDraft: Bool
    let draftNote: String?
    let publishedVersion: Int
    let publishNote: String
    let canPublish: Bool
    let problemCount: Int
    let problems: [InstrumentProblemRow]
    let hasProblems: Bool
    let changes: String?
    let sections: [Section]
    let scales: [ScaleRow]
    let languages: String
    /// One title field per language of the instrument, for a new section.
    let newSectionLanguages: [LanguageFields]
    let source: String
    let sourceProblems: [InstrumentProblemRow]
    let openSource: Bool
    let versions: [Version]
    let hasVersions: Bool
    let notice: String?
    let error: String?
    let previewURL: String
}

/// A replaced version, read-only.
struct QuestionnaireVersionViewModel {
    struct Item {
        let id: String
        let type: String
        let text: String
        let options: String
    }

    struct Section {
        let id: String
        let title: String
        let items: [Item]
    }

    let frame: StudyFrame
    let x: [String: String]
    let number: Int
    let sections: [Section]
    let yaml: String
    let backURL: String
}
