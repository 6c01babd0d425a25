import Foundation

/// Checks raw answers against an instrument, applying its branching.
///
/// Items are visited in questionnaire order; an item's visibility depends only on the
/// accepted answers to earlier visible items, so hidden items never influence branching.
public struct ResponseValidator: Sendable {
    public let instrument: Instrument
    // Worked out once per instrument, because validation runs for every submission: a
    // compact rule per item, so the loop below copies no texts or translations.
    private let rules: [ItemRule]
    private let itemIDs: Set<String>

    struct ItemRule: Sendable {
        let id: String
        let type: ItemType
        let required: Bool
        let maxLength: Int
        let codes: [String]
        let codeSet: Set<String>
        let specifiable: Set<String>
        /// Options of a multiple item that cannot be combined with others.
        let exclusive: Set<String>
        let format: NumberFormat
        let min: Double?
        let max: Double?
        let earliest: String?
        let latest: String?
        /// The section's and the item's conditions together.
        let condition: Condition?
    }

    public init(instrument: Instrument) {
        self.instrument = instrument
        self.rules = instrument.orderedItems.map { section, item in
            let options = instrument.options(of: item)
            let condition = section.condition(of: item)
            return ItemRule(
                id: item.id, type: item.type, required: item.required, maxLength: item.effectiveMaxLength,
                codes: options.map(\.code), codeSet: Set(options.map(\.code)),
                specifiable: item.type.hasOwnOptions ? Set(options.filter(\.specify).map(\.code)) : [],
                exclusive: item.type == .multiple ? Set(options.filter(\.exclusive).map(\.code)) : [],
                format: item.numberFormat, min: item.min, max: item.max, earliest: item.earliest, latest: item.latest,
                condition: condition)
        }
        self.itemIDs = Set(rules.map(\.id))
    }

    /// Validates `raw`.
    /// - Parameters:
    ///   - hidden: whether answers to hidden items are problems or silently dropped.
    ///   - scope: when given, `required` is enforced only for these items (one page of the form).
    public func validate(
        _ raw: RawAnswers, hidden: HiddenAnswerPolicy = .reject, scope: Set<String>? = nil
    ) -> ValidationOutcome {
        var answers = AnswerSet(minimumCapacity: raw.fields.count)
        var problems: [AnswerProblem] = []
        // Specify fields ("item.option") grouped by item, and fields of no item, in one pass.
        var specifyByItem: [String: [String]] = [:]
        var unknown: [String] = []
        for field in raw.fields.keys {
            if let dot = field.utf8.firstIndex(of: UInt8(ascii: ".")) {
                let itemID = String(field[..<dot])
                if itemIDs.contains(itemID) {
                    specifyByItem[itemID, default: []].append(field)
                } else {
                    unknown.append(field)
                }
            } else if !itemIDs.contains(field) {
                unknown.append(field)
            }
        }

        for item in rules {
            let specifyFields = specifyByItem.isEmpty ? [] : specifyByItem[item.id] ?? []
            let visible = item.condition?.isSatisfied(by: answers) ?? true
            if !visible {
                if hidden == .reject {
                    if let value = raw[item.id], !value.isBlank {
                        problems.append(AnswerProblem(field: item.id, kind: .notApplicable))
                    }
                    for field in specifyFields.sorted() where !(raw[field]?.isBlank ?? true) {
                        problems.append(AnswerProblem(field: field, kind: .notApplicable))
                    }
                }
                continue
            }
            let (answer, itemProblems) = parse(item, raw: raw, specifyFields: specifyFields, hidden: hidden)
            problems += itemProblems
            if let answer {
                answers[item.id] = answer
            } else if item.required, itemProblems.isEmpty, scope?.contains(item.id) ?? true {
                problems.append(AnswerProblem(field: item.id, kind: .required))
            }
        }
        for field in unknown.sorted() {
            problems.append(AnswerProblem(field: field, kind: .unknownField))
        }
        return ValidationOutcome(answers: answers, problems: problems)
    }

    /// Whether `item` is shown, given the answers to earlier items.
    public static func isVisible(_ item: InstrumentItem, in section: InstrumentSection, given answers: AnswerSet)
        -> Bool
    {
        (section.showIf?.isSatisfied(by: answers) ?? true) && (item.showIf?.isSatisfied(by: answers) ?? true)
    }

    private func parse(_ item: ItemRule, raw: RawAnswers, specifyFields: [String], hidden: HiddenAnswerPolicy)
        -> (Answer?, [AnswerProblem])
    {
        var problems: [AnswerProblem] = []
        let codes = item.codeSet
        var value: AnswerValue?

        if let rawValue = raw[item.id], !rawValue.isBlank {
            let strings = rawValue.strings.filter { !$0.isEmpty }
            switch item.type {
            case .single, .dropdown, .scale, .yesno:
                if strings.count > 1 {
                    problems.append(AnswerProblem(field: item.id, kind: .tooManyValues))
                } else if !codes.contains(strings[0]) {
                    problems.append(AnswerProblem(field: item.id, kind: .invalidOption, value: strings[0]))
                } else {
                    value = .code(strings[0])
                }
            case .multiple:
                var seen = Set<String>()
                for code in strings {
                    if !codes.contains(code) {
                        problems.append(AnswerProblem(field: item.id, kind: .invalidOption, value: code))
                    } else if !seen.insert(code).inserted {
                        problems.append(AnswerProblem(field: item.id, kind: .duplicateValue, value: code))
                    }
                }
                if problems.isEmpty, seen.count > 1, let alone = item.codes.first(where: { item.exclusive.contains($0) && seen.contains($0) }) {
                    problems.append(AnswerProblem(field: item.id, kind: .exclusiveCombined, value: alone, bound: alone))
                }
                if problems.isEmpty {
                    value = .codes(item.codes.filter(seen.contains))
                }
            case .text:
                if strings.count > 1 {
                    problems.append(AnswerProblem(field: item.id, kind: .tooManyValues))
                } else if let problem = Self.textProblem(strings[0], field: item.id, limit: item.maxLength) {
                    problems.append(problem)
                } else {
                    value = .text(strings[0])
                }
            case .numeric, .date:
                if strings.count > 1 {
                    problems.append(AnswerProblem(field: item.id, kind: .tooManyValues))
                } else {
                    switch Self.typed(strings[0], item) {
                    case .success(let canonical): value = .text(canonical)
                    case .failure(let failure): problems.append(Self.problem(failure, item: item, typed: strings[0]))
                    }
                }
            }
        }

        var specified: [String: String] = [:]
        let chosen = specifyFields.isEmpty ? [] : Set(value.map { Answer($0).codes } ?? [])
        for field in specifyFields.sorted() {
            guard let rawValue = raw[field], !rawValue.isBlank else { continue }
            let optionCode = String(field.dropFirst(item.id.count + 1))
            guard item.specifiable.contains(optionCode) else {
                problems.append(AnswerProblem(field: field, kind: .unknownField))
                continue
            }
            guard chosen.contains(optionCode) else {
                if hidden == .reject { problems.append(AnswerProblem(field: field, kind: .specifyWithoutOption)) }
                continue
            }
            let strings = rawValue.strings
            if strings.count > 1 {
                problems.append(AnswerProblem(field: field, kind: .tooManyValues))
            } else if let problem = Self.textProblem(strings[0], field: field, limit: item.maxLength) {
                problems.append(problem)
            } else {
                specified[optionCode] = strings[0]
            }
        }
        guard problems.isEmpty, let value else { return (nil, problems) }
        return (Answer(value, specified: specified), [])
    }

    private static func typed(_ text: String, _ item: ItemRule) -> Result<String, TypedAnswer.Failure> {
        guard text.utf8.count <= 64 else { return .failure(item.type == .date ? .notADate : .notANumber) }
        return item.type == .date
            ? TypedAnswer.date(text, earliest: item.earliest, latest: item.latest)
            : TypedAnswer.number(text, format: item.format, min: item.min, max: item.max)
    }

    private static func problem(_ failure: TypedAnswer.Failure, item: ItemRule, typed: String) -> AnswerProblem {
        let shown = String(typed.prefix(40))
        switch failure {
        case .notANumber: return AnswerProblem(field: item.id, kind: .notANumber, value: shown)
        case .notAWholeNumber: return AnswerProblem(field: item.id, kind: .notAWholeNumber, value: shown)
        case .belowMinimum:
            return AnswerProblem(field: item.id, kind: .belowMinimum, value: shown, bound: item.min.map(NumberText.plain))
        case .aboveMaximum:
            return AnswerProblem(field: item.id, kind: .aboveMaximum, value: shown, bound: item.max.map(NumberText.plain))
        case .notADate: return AnswerProblem(field: item.id, kind: .notADate, value: shown)
        case .tooEarly: return AnswerProblem(field: item.id, kind: .tooEarly, value: shown, bound: item.earliest)
        case .tooLate: return AnswerProblem(field: item.id, kind: .tooLate, value: shown, bound: item.latest)
        }
    }

    /// Rejects over-long texts and control characters other than tab and line breaks.
    static func textProblem(_ text: String, field: String, limit: Int) -> AnswerProblem? {
        if text.count > limit { return AnswerProblem(field: field, kind: .tooLong, limit: limit) }
        let forbidden = text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0x7F
        }
        return forbidden ? AnswerProblem(field: field, kind: .invalidCharacters) : nil
    }
}
