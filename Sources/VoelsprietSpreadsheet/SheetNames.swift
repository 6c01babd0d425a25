/// Worksheet name rules as Excel enforces them (LibreOffice and openpyxl accept a superset):
/// 1–31 UTF-16 code units; none of `[ ] : * ? / \`; no control characters (nor U+FFFE/U+FFFF,
/// which XML forbids); no apostrophe at the start or end; not "History" (reserved by Excel for
/// change tracking); and unique in the workbook ignoring case (compared after lowercasing).
enum SheetNames {
    static let maxLength = 31
    static let forbidden: Set<Unicode.Scalar> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Why the name cannot be used, or nil.
    static func problem(_ name: String) -> String? {
        if name.isEmpty { return "it is empty" }
        let length = name.utf16.count
        if length > maxLength { return "it has \(length) characters, more than \(maxLength)" }
        if let character = name.unicodeScalars.first(where: { forbidden.contains($0) }) {
            return "it contains \"\(character)\" (none of [ ] : * ? / \\ is allowed)"
        }
        let isControl: (Unicode.Scalar) -> Bool = { $0.properties.generalCategory == .control || !XMLText.isAllowed($0) }
        if let scalar = name.unicodeScalars.first(where: isControl) {
            return "it contains the control character or noncharacter U+\(String(scalar.value, radix: 16, uppercase: true))"
        }
        if name.hasPrefix("'") || name.hasSuffix("'") { return "it starts or ends with an apostrophe" }
        if name.lowercased() == "history" { return "\"History\" is reserved" }
        return nil
    }

    /// Checks every name of the workbook, in order.
    static func validate(_ names: [String]) throws(SpreadsheetError) {
        var seen: [String: String] = [:]
        for name in names {
            if let reason = problem(name) { throw .invalidSheetName(name: name, reason: reason) }
            let key = name.lowercased()
            if let other = seen[key] { throw .duplicateSheetName(name: name, clashesWith: other) }
            seen[key] = name
        }
    }
}
