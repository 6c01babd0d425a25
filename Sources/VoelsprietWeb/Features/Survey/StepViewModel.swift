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
        let exclusive: Bool
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
        /// Exactly one of these is true: how the item is drawn.
        let isText: Bool
        let isChoice: Bool
        let isDropdown: Bool
        let isTyped: Bool
        let isScale: Bool
        let options: [OptionViewModel]
        let textValue: String
        let maxLength: Int
        let describedBy: String?
        /// Typed items: `text` (numbers, so a decimal comma can be typed) or `date`.
        let inputType: String
        let inputMode: String?
        let unit: String?
        let min: String?
        let max: String?
        /// "van 0 tot en met 80", for numeric items with bounds.
        let rangeHint: String?
    }

    /// A battery shown as a table: the scale's points as columns, one row per item.
    struct MatrixViewModel {
        struct Cell {
            let name: String
            let value: String
            let inputID: String
            let label: String
            let checked: Bool
        }

        struct Row {
            let id: String
            let text: String
            let required: Bool
            let error: String?
            let cells: [Cell]
        }

        let columns: [String]
        let rows: [Row]
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
    /// Set instead of `items` when the step is a battery laid out as a matrix.
    let matrix: MatrixViewModel?
    let canGoBack: Bool

    /// Builds the page for `step`.
    /// - Parameters:
    ///   - values: what to show in the step's inputs (the answers so far, or what was just typed).
    ///   - carried: all accepted answers; those outside this step travel as hidden fields.
    ///   - seed: the submission token, which fixes this respondent's order of randomised options.
    init(
        instrument: Instrument, step: FormStep, t: UIText, action: String, csrf: String, trail: [Int], values: RawAnswers,
        carried: AnswerSet, problems: [AnswerProblem], seed: String = ""
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
            errorsByItem[problem.itemID] = Self.message(problem, instrument: instrument, language: language)
        }
        self.hasErrors = !errorsByItem.isEmpty
        let stepItemList = step.itemIDs.compactMap(instrument.item)
        var links: [ErrorLink] = []
        for item in stepItemList {
            if let error = errorsByItem[item.id] { links.append(ErrorLink(id: item.id, text: "\(item.text.text(in: language)) — \(error)")) }
        }
        self.errorLinks = links
        if section?.layout == .matrix, stepItemList.count > 1, stepItemList.allSatisfy({ $0.type == .scale && $0.scale == stepItemList[0].scale }) {
            let points = instrument.options(of: stepItemList[0])
            self.matrix = MatrixViewModel(
                columns: points.map { $0.label.text(in: language) },
                rows: stepItemList.map { item in
                    let chosen = values[item.id]?.strings.first
                    return MatrixViewModel.Row(
                        id: item.id, text: item.text.text(in: language), required: item.required, error: errorsByItem[item.id],
                        cells: points.map { point in
                            MatrixViewModel.Cell(
                                name: item.id, value: point.code, inputID: "\(item.id)--\(point.code)", label: point.label.text(in: language),
                                checked: chosen == point.code)
                        })
                })
            self.items = []
        } else {
            self.matrix = nil
            self.items = stepItemList.map {
                Self.item($0, instrument: instrument, language: language, values: values, error: errorsByItem[$0.id], seed: seed)
            }
        }
    }

    static func item(
        _ item: InstrumentItem, instrument: Instrument, language: String, values: RawAnswers, error: String?, seed: String
    ) -> ItemViewModel {
        let id = item.id
        let chosen = Set(values[id]?.strings ?? [])
        let maxLength = item.effectiveMaxLength
        let inputType = item.type == .multiple ? "checkbox" : "radio"
        let arranged = OptionOrder.arrange(instrument.options(of: item), randomize: item.randomize, seed: "\(seed)/\(id)")
        let options = arranged.map { option in
            OptionViewModel(
                name: id, value: option.code, inputID: "\(id)--\(option.code)", inputType: inputType,
                label: option.label.text(in: language), checked: chosen.contains(option.code),
                specify: option.specify, exclusive: option.exclusive && item.type == .multiple, specifyName: "\(id).\(option.code)",
                specifyValue: values["\(id).\(option.code)"]?.strings.first ?? "", maxLength: maxLength)
        }
        let help = item.help?.text(in: language)
        let describedBy = [help == nil ? nil : "\(id)--help", error == nil ? nil : "\(id)--error"]
            .compactMap { $0 }.joined(separator: " ")
        let typed = item.type == .numeric || item.type == .date
        func bound(_ value: Double?) -> String? {
            value.map { language == "en" ? NumberText.plain($0) : NumberText.plain($0).replacingOccurrences(of: ".", with: ",") }
        }
        return ItemViewModel(
            id: id, text: item.text.text(in: language), help: help, required: item.required, error: error,
            isText: item.type == .text, isChoice: !item.type.isTyped && item.type != .dropdown, isDropdown: item.type == .dropdown,
            isTyped: typed, isScale: item.type == .scale && options.count == 5, options: options,
            textValue: item.type.isTyped ? (values[id]?.strings.first ?? "") : "", maxLength: typed ? 64 : maxLength,
            describedBy: describedBy.isEmpty ? nil : describedBy,
            inputType: item.type == .date ? "date" : "text",
            inputMode: item.type == .numeric ? (item.numberFormat == .integer ? "numeric" : "decimal") : nil,
            unit: item.unit?.text(in: language),
            min: item.type == .date ? item.earliest : bound(item.min), max: item.type == .date ? item.latest : bound(item.max),
            rangeHint: item.type == .numeric ? rangeHint(bound(item.min), bound(item.max), language: language) : nil)
    }

    static func rangeHint(_ low: String?, _ high: String?, language: String) -> String? {
        let english = language == "en"
        switch (low, high) {
        case (let low?, let high?): return english ? "from \(low) to \(high)" : "van \(low) tot en met \(high)"
        case (let low?, nil): return english ? "at least \(low)" : "minimaal \(low)"
        case (nil, let high?): return english ? "at most \(high)" : "maximaal \(high)"
        case (nil, nil): return nil
        }
    }

    /// The problem's message, with an exclusive option named by its label in the page's language.
    static func message(_ problem: AnswerProblem, instrument: Instrument, language: String) -> String {
        guard problem.kind == .exclusiveCombined, let item = instrument.item(problem.itemID),
            let option = instrument.options(of: item).first(where: { $0.code == problem.bound })
        else { return problem.message(language: language) }
        var named = problem
        named.bound = option.label.text(in: language)
        return named.message(language: language)
    }
}
