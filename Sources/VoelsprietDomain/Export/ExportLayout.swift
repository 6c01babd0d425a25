/// The stable column layout of a study's answers export and its codebook.
///
/// One row per response; single, scale and yes/no items give one column holding the code;
/// a multiple item gives one 0/1 column per option named `item_option`; specify texts go
/// to `item_option_text`; free text to the item's column. A coded cell without an answer holds
/// its `MissingCode`: −99 when the item was not shown to this respondent, −98 when it was shown
/// and skipped; free-text and specify cells are then empty. Numeric items hold the canonical
/// number (`3.5`) and use the missing codes only when their `min` rules the codes out as answers
/// (otherwise −99 could be someone's answer, and the cell is left empty); date items hold
/// `YYYY-MM-DD` and are empty when missing.
public struct ExportLayout: Sendable {
    public let instrument: Instrument
    public let columns: [ExportColumn]

    public init(instrument: Instrument) {
        self.instrument = instrument
        var columns = [
            ExportColumn(name: "response_id", itemID: nil, kind: .responseID),
            ExportColumn(name: "submitted_on", itemID: nil, kind: .submittedOn),
            ExportColumn(name: "language", itemID: nil, kind: .language),
        ]
        for (_, item) in instrument.orderedItems {
            let options = instrument.options(of: item)
            if item.type == .multiple {
                for option in options {
                    columns.append(ExportColumn(name: "\(item.id)_\(option.code)", itemID: item.id, kind: .option(option.code)))
                }
            } else {
                columns.append(ExportColumn(name: item.id, itemID: item.id, kind: .value))
            }
            for option in options where option.specify {
                columns.append(
                    ExportColumn(name: "\(item.id)_\(option.code)_text", itemID: item.id, kind: .specify(option.code)))
            }
        }
        self.columns = columns
    }

    /// Whether an unanswered item's cell holds a `MissingCode` rather than nothing.
    public static func usesMissingCodes(_ item: InstrumentItem) -> Bool {
        switch item.type {
        case .single, .dropdown, .scale, .yesno, .multiple: return true
        case .numeric: return (item.min ?? -Double.infinity) > MissingCode.skipped.value
        case .text, .date: return false
        }
    }

    /// The header row.
    public var header: [String] { columns.map(\.name) }

    /// The cells of one response.
    public func row(responseID: String, submittedOn: String, language: String = "", answers: AnswerSet) -> [String] {
        // Whether each unanswered item was shown, decided once per item.
        var shown: [String: Bool] = [:]
        func missing(_ itemID: String) -> String {
            if let known = shown[itemID] { return known ? MissingCode.skipped.rawValue : MissingCode.notShown.rawValue }
            let visible = instrument.condition(of: itemID)?.isSatisfied(by: answers) ?? true
            shown[itemID] = visible
            return visible ? MissingCode.skipped.rawValue : MissingCode.notShown.rawValue
        }
        return columns.map { column in
            switch column.kind {
            case .responseID: return responseID
            case .submittedOn: return submittedOn
            case .language: return language
            case .value:
                guard let answer = answers[column.itemID!] else {
                    let coded = instrument.item(column.itemID!).map(Self.usesMissingCodes) ?? false
                    return coded ? missing(column.itemID!) : ""
                }
                switch answer.value {
                case .code(let code): return code
                case .codes(let codes): return codes.joined(separator: ";")
                case .text(let text): return text
                }
            case .option(let code):
                guard let answer = answers[column.itemID!] else { return missing(column.itemID!) }
                return answer.codes.contains(code) ? "1" : "0"
            case .specify(let code):
                return answers[column.itemID!]?.specified[code] ?? ""
            }
        }
    }

    /// What a typed item's cell holds, for the codebook.
    static func typedMeaning(_ item: InstrumentItem, language: String) -> String {
        let english = language == "en"
        switch item.type {
        case .numeric:
            var parts = [item.numberFormat == .integer ? (english ? "whole number" : "heel getal") : (english ? "number" : "getal")]
            if let min = item.min { parts.append("≥ \(NumberText.plain(min))") }
            if let max = item.max { parts.append("≤ \(NumberText.plain(max))") }
            if let unit = item.unit { parts.append(unit.text(in: language)) }
            return parts.joined(separator: ", ")
        case .date:
            return english ? "date (YYYY-MM-DD)" : "datum (JJJJ-MM-DD)"
        default:
            return ""
        }
    }

    /// The codebook: one row per column and value, with texts in every language.
    public var codebook: [[String]] {
        let languages = instrument.languages
        var rows: [[String]] = [
            ["variable", "item", "section", "type", "reference"] + languages.map { "question_\($0)" }
                + ["value"] + languages.map { "label_\($0)" }
        ]
        var sectionOf: [String: String] = [:]
        for (section, item) in instrument.orderedItems { sectionOf[item.id] = section.id }
        for column in columns {
            guard let itemID = column.itemID, let item = instrument.item(itemID) else {
                let meaning =
                    switch column.kind {
                    case .responseID: "random response id (no order)"
                    case .language: "language the questionnaire was filled in (nl, en)"
                    default: "date of submission (YYYY-MM-DD; no time stored)"
                    }
                rows.append([column.name, "", "", "meta", ""] + languages.map { _ in meaning } + [""] + languages.map { _ in "" })
                continue
            }
            let base = [column.name, item.id, sectionOf[item.id] ?? "", item.type.rawValue, item.reference ?? ""]
            let question = languages.map { item.text.text(in: $0) }
            switch column.kind {
            case .value:
                let options = instrument.options(of: item)
                if options.isEmpty {
                    rows.append(base + question + [""] + languages.map { Self.typedMeaning(item, language: $0) })
                }
                if options.isEmpty && Self.usesMissingCodes(item) {
                    for code in MissingCode.allCases {
                        rows.append(base + question + [code.rawValue] + languages.map { code.label($0) })
                    }
                }
                for option in options {
                    rows.append(base + question + [option.code] + languages.map { option.label.text(in: $0) })
                }
                if !options.isEmpty {
                    for code in MissingCode.allCases {
                        rows.append(base + question + [code.rawValue] + languages.map { code.label($0) })
                    }
                }
            case .option(let code):
                let label = instrument.options(of: item).first { $0.code == code }?.label
                for (value, meaning) in [("1", "chosen"), ("0", "not chosen")] {
                    rows.append(
                        base + question + [value]
                            + languages.map { "\(label?.text(in: $0) ?? code): \(meaning)" })
                }
                for missing in MissingCode.allCases {
                    rows.append(base + question + [missing.rawValue] + languages.map { missing.label($0) })
                }
            case .specify(let code):
                let label = instrument.options(of: item).first { $0.code == code }?.label
                rows.append(base + question + [""] + languages.map { "text for '\(label?.text(in: $0) ?? code)'" })
            case .responseID, .submittedOn, .language:
                break
            }
        }
        return rows
    }
}
