/// A plain-CSV column whose every value is a number and that has too many distinct values to be
/// a table of categories (ages, hours, scores). Its values are kept, each with the tally cell of
/// its row (the combination of the row's split groups), so that the report can describe the
/// column as a whole and compare the groups of every split.
public struct NumericColumn: Sendable {
    /// The column's variable index in the schema.
    public let variable: Int
    /// The values (those read before the column overflowed come first, grouped by cell).
    public internal(set) var values: [Double] = []
    /// The tally cell of each value's row.
    public internal(set) var cells: [Int32] = []
    /// Whether any value was written with a decimal point (with `decimalComma` too, the column
    /// mixes them, and "1.250" may have meant 1250).
    public internal(set) var decimalPoint = false
    /// Whether any value was written with a decimal comma.
    public internal(set) var decimalComma = false

    init(variable: Int) { self.variable = variable }

    /// A numeric item's answers as the tally kept them (all of them, each with its cell); an
    /// answer that is not a number (it cannot be, after validation) is left out.
    init(variable: Int, tally: Tally) {
        self.variable = variable
        for (text, cell) in zip(tally.texts[variable], tally.textCells[variable]) {
            guard let number = Self.parse(Substring(text)) else { continue }
            noteSeparator(number)
            append(number.value, cell: cell)
        }
    }

    mutating func append(_ value: Double, cell: Int) {
        values.append(value)
        cells.append(Int32(cell))
    }

    mutating func noteSeparator(_ number: (value: Double, comma: Bool, point: Bool)) {
        if number.comma { decimalComma = true }
        if number.point { decimalPoint = true }
    }

    /// Whether the values are distinct whole numbers forming a run without gaps (row numbers).
    var isIdentifier: Bool {
        guard let low = values.min(), let high = values.max(), values.allSatisfy({ $0 == $0.rounded() }) else { return false }
        return high - low + 1 == Double(values.count) && Set(values).count == values.count
    }

    /// Takes the values counted so far from the tally: `values[k]` is category slot `k` of
    /// the column, all of them numbers.
    mutating func absorb(tally: Tally, values texts: [[UInt8]]) {
        let numbers = texts.map { NumericColumn.parse(Substring(String(decoding: $0, as: UTF8.self))) }
        for cell in 0..<tally.cellCount {
            for (slot, number) in numbers.enumerated() {
                guard let number else { continue }
                noteSeparator(number)
                let count = tally.count(variable: variable, cell: cell, slot: slot)
                for _ in 0..<count { append(number.value, cell: cell) }
            }
        }
    }

    /// The values whose cell is in `cells`.
    func values(in cells: Set<Int>) -> [Double] {
        zip(values, self.cells).compactMap { value, cell in cells.contains(Int(cell)) ? value : nil }
    }

    /// Reads a number written as people type it in a spreadsheet: an optional sign, digits, and
    /// a decimal point or comma (`7.5`, `7,5`, `-3`, `,5`). Thousands separators, exponents,
    /// `inf`, `nan` and hexadecimal are not numbers here (Swift's `Double("0x1p3")` would be 8).
    /// `comma` and `point` tell which decimal separator there was, if any.
    static func parse(_ text: Substring) -> (value: Double, comma: Bool, point: Bool)? {
        var text = text
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        var digits = 0
        var separator: Character?
        var normalized = ""
        for (offset, character) in text.enumerated() {
            if character.isASCII, character.isWholeNumber {
                digits += 1
                normalized.append(character)
            } else if offset == 0, character == "+" || character == "-" {
                if character == "-" { normalized.append("-") }
            } else if separator == nil, character == "." || character == "," {
                separator = character
                if digits == 0 { normalized.append("0") }
                normalized.append(".")
            } else {
                return nil
            }
        }
        if normalized.last == "." { normalized.append("0") }
        guard digits > 0, let value = Double(normalized), value.isFinite else { return nil }
        return (value, separator == ",", separator == ".")
    }
}
