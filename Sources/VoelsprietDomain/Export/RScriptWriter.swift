/// An R script that loads an answers CSV (export layout) with every choice item as a factor
/// carrying its labels (ordered for scales), multiple-choice options as logicals, and the
/// question as the variable's `label` attribute. The missing codes (−99 not shown, −98 skipped)
/// become NA, with the reason kept per respondent in the attribute `na_reason` (a factor), so
/// that `table(attr(x, "na_reason"))` tells them apart; `submitted_on` becomes a `Date`. Base R
/// only; no packages needed.
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
            "# Codes -99 (not shown) and -98 (skipped) become NA; attr(x, \"na_reason\") says which.",
            "answers <- read.csv(\(rString(csvFileName)), colClasses = \"character\", na.strings = \"\", encoding = \"UTF-8\", check.names = FALSE)",
            "vs_reason <- function(x) factor(ifelse(x == \"-99\", \(rString(MissingCode.notShown.label(language))), ifelse(x == \"-98\", \(rString(MissingCode.skipped.label(language))), NA)), levels = c(\(rString(MissingCode.notShown.label(language))), \(rString(MissingCode.skipped.label(language)))))",
            "vs_code <- function(x, levels, labels, ordered = FALSE) { reason <- vs_reason(x); x[!is.na(reason)] <- NA; y <- factor(x, levels = levels, labels = labels, ordered = ordered); attr(y, \"na_reason\") <- reason; y }",
            "vs_flag <- function(x) { reason <- vs_reason(x); y <- ifelse(is.na(reason), x == \"1\", NA); attr(y, \"na_reason\") <- reason; y }",
            "vs_number <- function(x) { reason <- vs_reason(x); x[!is.na(reason)] <- NA; y <- as.numeric(x); attr(y, \"na_reason\") <- reason; y }",
            "answers[[\"submitted_on\"]] <- as.Date(answers[[\"submitted_on\"]])",
            "",
        ]
        for column in layout.columns {
            guard let itemID = column.itemID, let item = instrument.item(itemID) else { continue }
            let name = "answers[[\(rString(column.name))]]"
            switch column.kind {
            case .value where item.type.isCoded:
                let options = instrument.options(of: item)
                let levels = options.map { rString($0.code) }.joined(separator: ", ")
                let labels = options.map { rString($0.label.text(in: language)) }.joined(separator: ", ")
                lines.append(
                    "\(name) <- vs_code(\(name), levels = c(\(levels)), labels = c(\(labels))\(item.type == .scale ? ", ordered = TRUE" : ""))")
                lines.append("attr(\(name), \"label\") <- \(rString(item.text.text(in: language)))")
            case .value where item.type == .numeric:
                lines.append("\(name) <- vs_number(\(name))")
                lines.append("attr(\(name), \"label\") <- \(rString(item.text.text(in: language)))")
            case .value where item.type == .date:
                lines.append("\(name) <- as.Date(\(name))")
                lines.append("attr(\(name), \"label\") <- \(rString(item.text.text(in: language)))")
            case .option(let code):
                let option = instrument.options(of: item).first { $0.code == code }
                lines.append("\(name) <- vs_flag(\(name))")
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
