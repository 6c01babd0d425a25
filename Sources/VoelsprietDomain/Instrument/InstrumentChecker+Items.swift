/// The checks of one item: its type's settings, its options, its condition.
extension InstrumentChecker {
    static func checkItem(
        _ item: InstrumentItem, path: String, instrument: Instrument, earlier: [String: InstrumentItem],
        usedScales: inout Set<String>, into c: inout Collector
    ) {
        let place = InstrumentProblem.Place.item(item.id)
        let type = item.type.rawValue
        c.translations(item.text, place, "text", path: path + ".text")
        c.translations(item.help, place, "help", path: path + ".help")
        c.translations(item.unit, place, "unit", path: path + ".unit")
        func refuse(_ field: String, en: String, nl: String) { c.add(place, field, path: "\(path).\(field)", en: en, nl: nl) }

        switch item.type {
        case .single, .dropdown, .multiple:
            let options = item.options ?? []
            if options.isEmpty {
                refuse("options", en: "a \(type) item needs options", nl: "een \(type)-vraag heeft antwoordopties nodig")
            } else if item.type != .multiple && options.count < 2 {
                refuse("options", en: "a \(type) item needs at least two options", nl: "een \(type)-vraag heeft minstens twee opties nodig")
            }
            checkOptions(options, place: place, path: path + ".options", into: &c)
            if item.type == .multiple {
                if !options.isEmpty && options.allSatisfy(\.exclusive) {
                    refuse("options", en: "every option is exclusive: then it is a single item", nl: "alle opties zijn exclusief: dan is het een single-vraag")
                }
            } else {
                for option in options where option.exclusive {
                    c.add(place, "option '\(option.code)'", path: path + ".options",
                        en: "only options of a multiple item can be exclusive (one answer is exclusive already)",
                        nl: "alleen opties van een multiple-vraag kunnen exclusief zijn (één antwoord sluit de rest al uit)")
                }
            }
        case .scale:
            if let name = item.scale {
                usedScales.insert(name)
                if instrument.scales[name] == nil { refuse("scale", en: "unknown scale '\(name)'", nl: "onbekende schaal '\(name)'") }
            } else {
                c.add(place, nil, path: path, en: "a scale item must name its scale", nl: "een schaalvraag moet haar schaal noemen")
            }
        case .numeric:
            if let min = item.min, let max = item.max, min > max {
                refuse("min", en: "min \(NumberText.plain(min)) is larger than max \(NumberText.plain(max))",
                    nl: "min \(NumberText.plain(min)) is groter dan max \(NumberText.plain(max))")
            }
            if item.numberFormat == .integer {
                for (field, bound) in [("min", item.min), ("max", item.max)] {
                    if let bound, bound != bound.rounded() {
                        refuse(field, en: "a whole-number item needs a whole \(field)", nl: "een vraag naar een heel getal heeft een hele \(field) nodig")
                    }
                }
            }
        case .date:
            for (field, bound) in [("earliest", item.earliest), ("latest", item.latest)] {
                if let bound, CalendarDate(parsing: bound)?.iso != bound {
                    refuse(field, en: "'\(bound)' is not a date written YYYY-MM-DD", nl: "'\(bound)' is geen datum in de vorm JJJJ-MM-DD")
                }
            }
            if let earliest = item.earliest.flatMap(CalendarDate.init(parsing:)), let latest = item.latest.flatMap(CalendarDate.init(parsing:)),
                earliest > latest
            {
                refuse("earliest", en: "earliest comes after latest", nl: "earliest ligt na latest")
            }
        case .yesno, .text:
            break
        }
        if item.options != nil && !item.type.hasOwnOptions {
            refuse("options", en: "only single, dropdown and multiple items have options", nl: "alleen single-, dropdown- en multiple-vragen hebben opties")
        }
        if item.scale != nil && item.type != .scale {
            refuse("scale", en: "only scale items name a scale", nl: "alleen schaalvragen noemen een schaal")
        }
        if item.randomize && !item.type.hasOwnOptions {
            refuse("randomize", en: "only the options of single, dropdown and multiple items can be shuffled (a scale keeps its order)",
                nl: "alleen de opties van single-, dropdown- en multiple-vragen kunnen gehusseld worden (een schaal houdt haar volgorde)")
        }
        if item.type != .numeric {
            for (field, present) in [("format", item.format != nil), ("min", item.min != nil), ("max", item.max != nil), ("unit", item.unit != nil)]
            where present {
                refuse(field, en: "\(field) applies to numeric items only", nl: "\(field) geldt alleen voor numeric-vragen")
            }
        }
        if item.type != .date {
            for (field, present) in [("earliest", item.earliest != nil), ("latest", item.latest != nil)] where present {
                refuse(field, en: "\(field) applies to date items only", nl: "\(field) geldt alleen voor datumvragen")
            }
        }
        if let maxLength = item.maxLength {
            if item.type != .text && !(item.options ?? []).contains(where: \.specify) {
                refuse("maxLength", en: "maxLength applies to text items and specify texts only", nl: "maxLength geldt alleen voor open vragen en toelichtingen")
            }
            if maxLength < 1 || maxLength > 100_000 { refuse("maxLength", en: "must be between 1 and 100000", nl: "moet tussen 1 en 100000 liggen") }
        }
        if let condition = item.showIf {
            checkCondition(condition, place: place, path: path + ".showIf", earlier: earlier, instrument: instrument, into: &c)
        }
        if let reference = item.reference, !matches(referencePattern, reference) {
            refuse("reference", en: "reference '\(reference)' should look like 'source:figure', e.g. tno2023:T5.2",
                nl: "verwijzing '\(reference)' hoort eruit te zien als 'bron:figuur', bijvoorbeeld tno2023:T5.2")
        }
    }

    static func checkCondition(
        _ condition: Condition, place: InstrumentProblem.Place, path: String, earlier: [String: InstrumentItem], instrument: Instrument,
        into c: inout Collector
    ) {
        func refuse(en: String, nl: String) { c.add(place, "showIf", path: path, en: en, nl: nl) }
        switch condition {
        case .all(let parts), .any(let parts):
            if parts.isEmpty { refuse(en: "an empty all/any list", nl: "een lege all/any-lijst") }
            for (index, part) in parts.enumerated() {
                checkCondition(part, place: place, path: "\(path)[\(index)]", earlier: earlier, instrument: instrument, into: &c)
            }
        case .not(let inner):
            checkCondition(inner, place: place, path: path + ".not", earlier: earlier, instrument: instrument, into: &c)
        default:
            for (itemID, values) in condition.references {
                guard let item = earlier[itemID] else {
                    if instrument.item(itemID) != nil {
                        refuse(en: "condition names item '\(itemID)', which does not come before it",
                            nl: "de voorwaarde noemt vraag '\(itemID)', die er niet vóór komt")
                    } else {
                        refuse(en: "condition names unknown item '\(itemID)'", nl: "de voorwaarde noemt onbekende vraag '\(itemID)'")
                    }
                    continue
                }
                if item.type.isTyped {
                    refuse(en: "condition names '\(itemID)', a \(item.type.rawValue) item; conditions need coded answers",
                        nl: "de voorwaarde noemt '\(itemID)', een \(item.type.rawValue)-vraag; voorwaarden werken met gecodeerde antwoorden")
                    continue
                }
                let codes = Set(instrument.options(of: item).map(\.code))
                for value in values where !codes.contains(value) {
                    refuse(en: "'\(value)' is not a code of item '\(itemID)'", nl: "'\(value)' is geen code van vraag '\(itemID)'")
                }
                if values.isEmpty { refuse(en: "an empty list of values", nl: "een lege lijst van waarden") }
            }
        }
    }
}
