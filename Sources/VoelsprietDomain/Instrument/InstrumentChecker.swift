import Foundation

/// Semantic checks of an instrument: ids, references, scales, types and their settings,
/// translations, export names. Every problem names the item, section or scale by its id and
/// has its message in Dutch and English; all problems are reported, not only the first.
public enum InstrumentChecker {
    static let idPattern = try! NSRegularExpression(pattern: "^[a-z][a-z0-9_]*$")
    static let codePattern = try! NSRegularExpression(pattern: "^[a-z0-9][a-z0-9_]*$")
    static let referencePattern = try! NSRegularExpression(pattern: "^[a-z][a-z0-9]*:[A-Za-z0-9_.]+$")

    static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Collects problems; the checks below call it with both languages side by side.
    struct Collector {
        var problems: [InstrumentProblem] = []
        let languages: [String]

        mutating func add(_ place: InstrumentProblem.Place, _ field: String?, path: String, en: String, nl: String) {
            problems.append(InstrumentProblem(place: place, field: field, english: en, dutch: nl, path: path))
        }

        mutating func translations(_ text: LocalizedText?, _ place: InstrumentProblem.Place, _ field: String, path: String) {
            guard let text else { return }
            for language in text.missingLanguages(of: languages) {
                add(place, field, path: path, en: "missing translation '\(language)'", nl: "vertaling '\(language)' ontbreekt")
            }
        }
    }

    /// Every problem of `instrument`, in questionnaire order.
    public static func check(_ instrument: Instrument) -> [InstrumentProblem] {
        var c = Collector(languages: instrument.languages)
        if instrument.languages.isEmpty {
            c.add(.instrument, "languages", path: "$.languages", en: "at least one language is needed", nl: "er is minstens één taal nodig")
        }
        if Set(instrument.languages).count != instrument.languages.count {
            c.add(.instrument, "languages", path: "$.languages", en: "a language is listed twice", nl: "een taal staat er twee keer in")
        }
        c.translations(instrument.title, .instrument, "title", path: "$.title")
        c.translations(instrument.introduction, .instrument, "introduction", path: "$.introduction")

        for name in instrument.scales.keys.sorted() {
            let scale = instrument.scales[name]!
            let path = "$.scales.\(name)"
            if scale.points.isEmpty { c.add(.scale(name), nil, path: path, en: "scale has no points", nl: "de schaal heeft geen punten") }
            checkOptions(scale.points, place: .scale(name), path: path + ".points", into: &c)
        }

        var ids: [String: String] = [:]
        func claim(_ id: String, _ place: InstrumentProblem.Place, _ path: String, kind: (en: String, nl: String)) {
            if !matches(idPattern, id) {
                c.add(place, "id", path: path, en: "id '\(id)' must be lowercase letters, digits and _, starting with a letter",
                    nl: "id '\(id)' mag alleen kleine letters, cijfers en _ bevatten en begint met een letter")
            }
            if let previous = ids[id] {
                c.add(place, "id", path: path, en: "duplicate id '\(id)' (also used by \(previous))",
                    nl: "id '\(id)' komt twee keer voor (ook bij \(previous))")
            } else {
                ids[id] = "\(kind.en) '\(id)'"
            }
        }

        if instrument.sections.isEmpty {
            c.add(.instrument, "sections", path: "$.sections", en: "an instrument needs at least one section", nl: "een vragenlijst heeft minstens één onderdeel nodig")
        }
        var earlier: [String: InstrumentItem] = [:]
        var usedScales = Set<String>()
        for (s, section) in instrument.sections.enumerated() {
            let sectionPath = "$.sections[\(s)]"
            let place = InstrumentProblem.Place.section(section.id)
            claim(section.id, place, sectionPath + ".id", kind: ("section", "onderdeel"))
            c.translations(section.title, place, "title", path: sectionPath + ".title")
            c.translations(section.description, place, "description", path: sectionPath + ".description")
            if section.items.isEmpty { c.add(place, "items", path: sectionPath + ".items", en: "section has no items", nl: "het onderdeel heeft geen vragen") }
            if let condition = section.showIf {
                checkCondition(condition, place: place, path: sectionPath + ".showIf", earlier: earlier, instrument: instrument, into: &c)
            }
            if section.layout == .matrix {
                let scales = Set(section.items.map { $0.type == .scale ? ($0.scale ?? "") : "" })
                if scales.contains("") || scales.count > 1 {
                    c.add(place, "layout", path: sectionPath + ".layout",
                        en: "a matrix section holds only scale items that share one scale",
                        nl: "een matrix bevat alleen schaalvragen met dezelfde schaal")
                }
            }
            for (i, item) in section.items.enumerated() {
                let path = "\(sectionPath).items[\(i)]"
                claim(item.id, .item(item.id), path + ".id", kind: ("item", "vraag"))
                checkItem(item, path: path, instrument: instrument, earlier: earlier, usedScales: &usedScales, into: &c)
                earlier[item.id] = item
            }
        }
        for name in instrument.scales.keys.sorted() where !usedScales.contains(name) {
            c.add(.scale(name), nil, path: "$.scales.\(name)", en: "scale is not used by any item", nl: "geen enkele vraag gebruikt deze schaal")
        }

        // Export column names must be unique, or a CSV would have two columns of one name.
        var columns: [String: String] = [:]
        for column in ExportLayout(instrument: instrument).columns {
            let owner = column.itemID ?? ""
            if let other = columns[column.name] {
                c.add(.item(owner), nil, path: "$",
                    en: "export column '\(column.name)' collides with one of item '\(other)'",
                    nl: "exportkolom '\(column.name)' botst met een kolom van vraag '\(other)'")
            } else {
                columns[column.name] = owner
            }
        }
        return c.problems
    }

    static func checkOptions(
        _ options: [AnswerOption], place: InstrumentProblem.Place, path: String, into c: inout Collector
    ) {
        var codes = Set<String>()
        for (o, option) in options.enumerated() {
            let optionPath = "\(path)[\(o)]"
            let field = option.code.isEmpty ? "option \(o + 1)" : "option '\(option.code)'"
            if !matches(codePattern, option.code) {
                c.add(place, field, path: optionPath + ".code", en: "code '\(option.code)' must be lowercase letters, digits and _",
                    nl: "code '\(option.code)' mag alleen kleine letters, cijfers en _ bevatten")
            }
            if !codes.insert(option.code).inserted {
                c.add(place, field, path: optionPath + ".code", en: "duplicate code '\(option.code)'", nl: "code '\(option.code)' komt twee keer voor")
            }
            c.translations(option.label, place, field, path: optionPath + ".label")
            c.translations(option.short, place, field + " › short", path: optionPath + ".short")
        }
    }
}
