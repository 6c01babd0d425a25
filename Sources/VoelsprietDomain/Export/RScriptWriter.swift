/// An R script that loads an answers CSV (export layout) with every choice item as a factor
/// carrying its labels (ordered for scales), multiple-choice options as logicals, and the
/// question as the variable's `label` attribute. Base R only; no packages needed.
public struct RScriptWriter: Sendable {
    public let instrument: Instrument
    public let language: String
    public let csvFileName: String

    public init(instrument: Instrument, language: String = "nl", csvFileName: String) {
        self.instrument = instrument
        self.language = language
        self.csvFileName = csvFileName
    }

    /// The script.
    public var script: String {
        let layout = ExportLayout(instrument: instrument)
        var lines = [
            "# Loads \(csvFileName) (made by Voelspriet for instrument '\(instrument.id)') with labels.",
            "# Usage: source(\"\(csvFileName.replacingOccurrences(of: ".csv", with: ".R"))\"); then use the data frame `answers`.",
            "# Blank cells are NA: the item was skipped or did not apply.",
            "answers <- read.csv(\(rString(csvFileName)), colClasses = \"character\", na.strings = \"\", encoding = \"UTF-8\", check.names = FALSE)",
            "",
        ]
        for column in layout.columns {
            guard let itemID = column.itemID, let item = instrument.item(itemID) else { continue }
            let name = "answers[[\(rString(column.name))]]"
            switch column.kind {
            case .value where [.single, .scale, .yesno].contains(item.type):
                let options = instrument.options(of: item)
                let levels = options.map { rString($0.code) }.joined(separator: ", ")
                let labels = options.map { rString($0.label.text(in: language)) }.joined(separator: ", ")
                lines.append(
                    "\(name) <- factor(\(name), levels = c(\(levels)), labels = c(\(labels))\(item.type == .scale ? ", ordered = TRUE" : ""))")
                lines.append("attr(\(name), \"label\") <- \(rString(item.text.text(in: language)))")
            case .option(let code):
                let option = instrument.options(of: item).first { $0.code == code }
                lines.append("\(name) <- \(name) == \"1\"")
                lines.append(
                    "attr(\(name), \"label\") <- \(rString("\(item.text.text(in: language)) — \(option?.label.text(in: language) ?? code)"))")
            default:
                lines.append("attr(\(name), \"label\") <- \(rString(item.text.text(in: language)))")
            }
        }
        lines.append("")
        lines.append("# For example: table(answers$role, answers$learn_from_colleagues, useNA = \"ifany\")")
        return lines.joined(separator: "\n") + "\n"
    }

    /// An R string literal (double quotes; backslash, quote and control characters escaped).
    func rString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                // Other control characters as \uXXXX (R has no NUL in strings: it is dropped).
                if scalar.value == 0 { continue }
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
