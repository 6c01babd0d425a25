import Foundation

/// Semantic checks of an instrument: ids, references, scales, translations, export names.
public enum InstrumentChecker {
    static let idPattern = try! NSRegularExpression(pattern: "^[a-z][a-z0-9_]*$")
    static let codePattern = try! NSRegularExpression(pattern: "^[a-z0-9][a-z0-9_]*$")
    static let referencePattern = try! NSRegularExpression(pattern: "^[a-z][a-z0-9]*:[A-Za-z0-9_.]+$")

    static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Every problem of `instrument`, in file order.
    public static func check(_ instrument: Instrument) -> [InstrumentProblem] {
        var problems: [InstrumentProblem] = []
        func report(_ location: String, _ message: String) {
            problems.append(InstrumentProblem(location: location, message: message))
        }
        func translations(_ text: LocalizedText?, _ location: String) {
            guard let text else { return }
            for language in text.missingLanguages(of: instrument.languages) {
                report(location, "missing translation '\(language)'")
            }
        }

        if instrument.languages.isEmpty { report("$.languages", "at least one language is needed") }
        if Set(instrument.languages).count != instrument.languages.count {
            report("$.languages", "a language is listed twice")
        }
        translations(instrument.title, "$.title")
        translations(instrument.introduction, "$.introduction")

        for name in instrument.scales.keys.sorted() {
            let scale = instrument.scales[name]!
            let location = "$.scales.\(name)"
            if scale.points.isEmpty { report(location, "scale has no points") }
            checkOptions(scale.points, location: location + ".points", report: report, translations: translations)
        }

        var ids: [String: String] = [:]
        func claim(_ id: String, _ location: String) {
            if !matches(idPattern, id) {
                report(location, "id '\(id)' must be lowercase letters, digits and _, starting with a letter")
            }
            if let previous = ids[id] {
                report(location, "duplicate id '\(id)' (also at \(previous))")
            } else {
                ids[id] = location
            }
        }

        if instrument.sections.isEmpty { report("$.sections", "an instrument needs at least one section") }
        var earlier: [String: InstrumentItem] = [:]
        var usedScales = Set<String>()
        for (s, section) in instrument.sections.enumerated() {
            let sectionLocation = "$.sections[\(s)]"
            claim(section.id, sectionLocation + ".id")
            translations(section.title, sectionLocation + ".title")
            translations(section.description, sectionLocation + ".description")
            if section.items.isEmpty { report(sectionLocation + ".items", "section has no items") }
            if let condition = section.showIf {
                checkCondition(condition, location: sectionLocation + ".showIf", earlier: earlier, instrument: instrument, report: report)
            }
            for (i, item) in section.items.enumerated() {
                let location = "\(sectionLocation).items[\(i)]"
                claim(item.id, location + ".id")
                translations(item.text, location + ".text")
                translations(item.help, location + ".help")
                switch item.type {
                case .single, .multiple:
                    let options = item.options ?? []
                    if options.isEmpty {
                        report(location + ".options", "a \(item.type.rawValue) item needs options")
                    } else if item.type == .single && options.count < 2 {
                        report(location + ".options", "a single-choice item needs at least two options")
                    }
                    checkOptions(options, location: location + ".options", report: report, translations: translations)
                case .scale:
                    if let name = item.scale {
                        usedScales.insert(name)
                        if instrument.scales[name] == nil { report(location + ".scale", "unknown scale '\(name)'") }
                    } else {
                        report(location, "a scale item must name its scale")
                    }
                case .yesno, .text:
                    break
                }
                if item.options != nil && item.type != .single && item.type != .multiple {
                    report(location + ".options", "only single and multiple items have options")
                }
                if item.scale != nil && item.type != .scale {
                    report(location + ".scale", "only scale items name a scale")
                }
                if let maxLength = item.maxLength {
                    if item.type != .text && !(item.options ?? []).contains(where: \.specify) {
                        report(location + ".maxLength", "maxLength applies to text items and specify texts only")
                    }
                    if maxLength < 1 || maxLength > 100_000 { report(location + ".maxLength", "must be between 1 and 100000") }
                }
                if let condition = item.showIf {
                    checkCondition(condition, location: location + ".showIf", earlier: earlier, instrument: instrument, report: report)
                }
                if let reference = item.reference, !matches(referencePattern, reference) {
                    report(location + ".reference", "reference '\(reference)' should look like 'source:figure', e.g. tno2023:T5.2")
                }
                earlier[item.id] = item
            }
        }
        for name in instrument.scales.keys.sorted() where !usedScales.contains(name) {
            report("$.scales.\(name)", "scale is not used by any item")
        }

        // Export column names must be unique, or a CSV would have two columns of one name.
        var columns: [String: String] = [:]
        for column in ExportLayout(instrument: instrument).columns {
            if let owner = columns[column.name] {
                report("$", "export column '\(column.name)' of item '\(column.itemID ?? "")' collides with one of '\(owner)'")
            } else {
                columns[column.name] = column.itemID ?? ""
            }
        }
        return problems
    }

    static func checkOptions(
        _ options: [AnswerOption], location: String, report: (String, String) -> Void,
        translations: (LocalizedText?, String) -> Void
    ) {
        var codes = Set<String>()
        for (o, option) in options.enumerated() {
            let optionLocation = "\(location)[\(o)]"
            if !matches(codePattern, option.code) {
                report(optionLocation + ".code", "code '\(option.code)' must be lowercase letters, digits and _")
            }
            if !codes.insert(option.code).inserted {
                report(optionLocation + ".code", "duplicate code '\(option.code)'")
            }
            translations(option.label, optionLocation + ".label")
        }
    }

    static func checkCondition(
        _ condition: Condition, location: String, earlier: [String: InstrumentItem], instrument: Instrument,
        report: (String, String) -> Void
    ) {
        switch condition {
        case .all(let parts), .any(let parts):
            if parts.isEmpty { report(location, "an empty all/any list") }
            for (index, part) in parts.enumerated() {
                checkCondition(part, location: "\(location)[\(index)]", earlier: earlier, instrument: instrument, report: report)
            }
        case .not(let inner):
            checkCondition(inner, location: location + ".not", earlier: earlier, instrument: instrument, report: report)
        default:
            for (itemID, values) in condition.references {
                guard let item = earlier[itemID] else {
                    if instrument.item(itemID) != nil {
                        report(location, "condition names item '\(itemID)', which does not come before it")
                    } else {
                        report(location, "condition names unknown item '\(itemID)'")
                    }
                    continue
                }
                if item.type == .text {
                    report(location, "condition names '\(itemID)', a free-text item; conditions need coded answers")
                    continue
                }
                let codes = Set(instrument.options(of: item).map(\.code))
                for value in values where !codes.contains(value) {
                    report(location, "'\(value)' is not a code of item '\(itemID)'")
                }
                if values.isEmpty { report(location, "an empty list of values") }
            }
        }
    }
}
