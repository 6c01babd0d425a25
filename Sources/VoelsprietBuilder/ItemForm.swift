import Foundation
import VoelsprietDomain

/// An item as the builder's form fields, and back.
///
/// Field names: `id`, `type`, `text.<lang>`, `help.<lang>`, `required` (`on`), `options` (see
/// `OptionLines`), `scale`, `randomize`, `format`, `min`, `max`, `unit.<lang>`, `earliest`,
/// `latest`, `maxLength`, `showIf` (see `ConditionText`), `reference`. Numbers may be typed with a
/// decimal comma. Only the fields of the chosen type are read, so switching an item's type does
/// not carry settings that no longer apply.
public enum ItemForm {
    public static func fields(of item: InstrumentItem, languages: [String]) -> [String: String] {
        var fields: [String: String] = ["id": item.id, "type": item.type.rawValue]
        for language in languages {
            fields["text.\(language)"] = item.text.values[language] ?? ""
            fields["help.\(language)"] = item.help?.values[language] ?? ""
            fields["unit.\(language)"] = item.unit?.values[language] ?? ""
        }
        if item.required { fields["required"] = "on" }
        if item.randomize { fields["randomize"] = "on" }
        fields["options"] = OptionLines.format(item.options ?? [], languages: languages)
        fields["scale"] = item.scale ?? ""
        fields["format"] = item.format?.rawValue ?? ""
        fields["min"] = item.min.map(NumberText.plain) ?? ""
        fields["max"] = item.max.map(NumberText.plain) ?? ""
        fields["earliest"] = item.earliest ?? ""
        fields["latest"] = item.latest ?? ""
        fields["maxLength"] = item.maxLength.map(String.init) ?? ""
        fields["showIf"] = ConditionText.format(item.showIf)
        fields["reference"] = item.reference ?? ""
        return fields
    }

    public static func item(from fields: [String: String], languages: [String]) throws(BuilderError) -> InstrumentItem {
        func value(_ name: String) -> String { (fields[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func text(_ name: String) -> LocalizedText? {
            var values: [String: String] = [:]
            for language in languages where !value("\(name).\(language)").isEmpty { values[language] = value("\(name).\(language)") }
            return values.isEmpty ? nil : LocalizedText(values)
        }
        func number(_ name: String) throws(BuilderError) -> Double? {
            let typed = value(name)
            if typed.isEmpty { return nil }
            guard case .success(let canonical) = TypedAnswer.number(typed, format: .decimal, min: nil, max: nil), let number = Double(canonical)
            else { throw BuilderError(field: name, en: "'\(typed)' is not a number", nl: "'\(typed)' is geen getal") }
            return number
        }
        let id = value("id")
        guard let type = ItemType(rawValue: value("type")) else {
            let known = ItemType.allCases.map(\.rawValue).joined(separator: ", ")
            throw BuilderError(field: "type", en: "choose a type: \(known)", nl: "kies een type: \(known)")
        }
        var item = InstrumentItem(
            id: id, type: type, text: text("text") ?? LocalizedText([:]), help: text("help"), required: value("required") == "on")
        if type.hasOwnOptions {
            item.options = try OptionLines.parse(fields["options"] ?? "", languages: languages)
            item.randomize = value("randomize") == "on"
        }
        if type == .scale { item.scale = value("scale").isEmpty ? nil : value("scale") }
        if type == .numeric {
            item.format = NumberFormat(rawValue: value("format"))
            item.min = try number("min")
            item.max = try number("max")
            item.unit = text("unit")
        }
        if type == .date {
            item.earliest = value("earliest").isEmpty ? nil : value("earliest")
            item.latest = value("latest").isEmpty ? nil : value("latest")
        }
        if type == .text || (item.options ?? []).contains(where: \.specify), !value("maxLength").isEmpty {
            guard let length = Int(value("maxLength")) else {
                throw BuilderError(field: "maxLength", en: "maxLength must be a whole number", nl: "maxLength moet een heel getal zijn")
            }
            item.maxLength = length
        }
        item.showIf = try ConditionText.parse(fields["showIf"] ?? "")
        item.reference = value("reference").isEmpty ? nil : value("reference")
        return item
    }
}
