/// A1-style references: column numbers as bijective base-26 letters (1 = A, 26 = Z, 27 = AA,
/// 702 = ZZ, 703 = AAA, 16,384 = XFD), as ECMA-376 Part 1 §18.17.2.3 defines cell references.
enum CellReference {
    /// The last row and column of a worksheet (Excel 2007 and later, ECMA-376).
    static let maxRows = 1_048_576
    static let maxColumns = 16_384

    /// The letters of a 1-based column number; "" for numbers below 1.
    static func columnName(_ column: Int) -> String {
        String(decoding: columnLetters(column), as: UTF8.self)
    }

    /// The letters of a 1-based column as ASCII bytes (bijective base 26).
    static func columnLetters(_ column: Int) -> [UInt8] {
        var letters: [UInt8] = []
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.append(UInt8(65 + digit))
            rest = (rest - 1) / 26
        }
        return letters.reversed()
    }

    /// "A1" for a 1-based row and column.
    static func name(row: Int, column: Int) -> String {
        columnName(column) + String(row)
    }

    /// The range from A1 to the given last cell, with `$` anchors when `absolute`.
    static func range(lastRow: Int, lastColumn: Int, absolute: Bool = false) -> String {
        let dollar = absolute ? "$" : ""
        return "\(dollar)A\(dollar)1:\(dollar)\(columnName(lastColumn))\(dollar)\(lastRow)"
    }
}
