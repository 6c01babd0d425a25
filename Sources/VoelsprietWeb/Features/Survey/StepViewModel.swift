import VoelsprietDomain

/// One page of the questionnaire, with its items, errors and the carried-over answers.
struct StepViewModel {
    struct Hidden {
        let name: String
        let value: String
    }

    struct ErrorLink {
        let id: String
        let text: String
    }

    struct OptionViewModel {
        let name: String
        let value: String
        let inputID: String
        let inputType: String
        let label: String
        let checked: Bool
        let specify: Bool
        let specifyName: String
        let specifyValue: String
        let maxLength: Int
    }

    struct ItemViewModel {
        let id: String
        let text: String
        let help: String?
        let required: Bool
        let error: String?
        let isText: Bool
        let isScale: Bool
        let options: [OptionViewModel]
        let textValue: String
        let maxLength: Int
        let describedBy: String?
    }

    let t: UIText
    let action: String
    let csrf: String
    let at: Int
    let trail: String
    /// Answers of other steps, and the submission token, as hidden fields.
    var hidden: [Hidden]
    let stepNumber: Int
    /// The steps of the respondent's own branch as far as their answers so far decide it.
    var stepTotal: Int = 0
    /// 0–100, for the progress bar.
    var progressPercent: Int = 0
    /// Whether the other language can be chosen on this step (the typed answers are kept).
    var switchLanguage: Bool = false
    let sectionTitle: String
    let sectionDescription: String?
    let hasErrors: Bool
    let errorLinks: [ErrorLink]
    let items: [ItemViewModel]
    let canGoBack: Bool

    /// Builds the page for `step`.
    /// - Parameters:
    ///   - values: what to show in the step's inputs (the answers so far, or what was just typed).
    ///   - carried: all accepted answers; those outside this step travel as hidden fields.
    init(
        instrument: Instrument, step: FormStep, t: UIText, action: String, csrf: String, trail: [Int], values: RawAnswers,
        carried: AnswerSet, problems: [AnswerProblem]
    ) {
        let language = t.lang
        let stepItems = Set(step.itemIDs)
        func belongsToStep(_ field: String) -> Bool {
            stepItems.contains(String(field.split(separator: ".", maxSplits: 1).first ?? ""))
        }
        var hidden: [Hidden] = []
        for (field, value) in carried.rawAnswers.fields.sorted(by: { $0.key < $1.key }) where !belongsToStep(field) {
            for string in value.strings { hidden.append(Hidden(name: field, value: string)) }
        }
        self.t = t
        self.action = action
        self.csrf = csrf
        self.at = step.start
        self.trail = trail.map(String.init).joined(separator: ",")
        self.hidden = hidden
        self.stepNumber = trail.count + 1
        let section = instrument.sections.first { $0.id == step.sectionID }
        self.sectionTitle = section?.title.text(in: language) ?? ""
        self.sectionDescription = section?.description?.text(in: language)
        self.canGoBack = !trail.isEmpty

        var errorsByItem: [String: String] = [:]
        for problem in problems where errorsByItem[problem.itemID] == nil {
            errorsByItem[problem.itemID] = problem.message(language: language)
        }
        self.hasErrors = !errorsByItem.isEmpty
        var items: [ItemViewModel] = []
        var links: [ErrorLink] = []
        for id in step.itemIDs {
            guard let item = instrument.item(id) else { continue }
            let error = errorsByItem[id]
            let chosen = Set(values[id]?.strings ?? [])
            let maxLength = item.effectiveMaxLength
            let inputType = item.type == .multiple ? "checkbox" : "radio"
            let options = instrument.options(of: item).map { option in
                OptionViewModel(
                    name: id, value: option.code, inputID: "\(id)--\(option.code)", inputType: inputType,
                    label: option.label.text(in: language), checked: chosen.contains(option.code),
                    specify: option.specify, specifyName: "\(id).\(option.code)",
                    specifyValue: values["\(id).\(option.code)"]?.strings.first ?? "", maxLength: maxLength)
            }
            let help = item.help?.text(in: language)
            let describedBy = [help == nil ? nil : "\(id)--help", error == nil ? nil : "\(id)--error"]
                .compactMap { $0 }.joined(separator: " ")
            items.append(
                ItemViewModel(
                    id: id, text: item.text.text(in: language), help: help, required: item.required, error: error,
                    isText: item.type == .text, isScale: item.type == .scale && options.count == 5, options: options,
                    textValue: item.type == .text ? (values[id]?.strings.first ?? "") : "", maxLength: maxLength,
                    describedBy: describedBy.isEmpty ? nil : describedBy))
            if let error { links.append(ErrorLink(id: id, text: "\(item.text.text(in: language)) — \(error)")) }
        }
        self.items = items
        self.errorLinks = links
    }
}
