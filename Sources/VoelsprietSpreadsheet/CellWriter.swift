/// Writes `<row>` and `<c>` elements as bytes (ECMA-376 Part 1 §18.3.1.4 `c`): shared strings
/// `t="s"`, booleans `t="b"`, numbers plain, dates and date-times with the date styles.
///
/// Numbers: integral values below 2^53 in magnitude as decimal integers, others with Swift's
/// shortest representation that reads back to the same `Double` (`description`, locale-free,
/// e.g. `0.1`, `1e-07`, `1.7976931348623157e+308`), a trailing ".0" dropped.
struct CellWriter {
    let sheet: String
    /// ASCII column letters by 1-based column number.
    let letters: [[UInt8]]
    static let limit = 32_767

    /// Appends the row unless it has no cell to write; `style` applies to text cells (header).
    func appendRow(
        _ row: [Cell], number: Int, style: Int?, to out: inout [UInt8], strings: inout SharedStrings
    ) throws(SpreadsheetError) {
        guard row.contains(where: { !$0.isEmpty }) else { return }
        var digits: [UInt8] = []
        Self.appendDecimal(number, to: &digits)
        out.append(contentsOf: "<row r=\"".utf8)
        out.append(contentsOf: digits)
        out.append(contentsOf: "\">".utf8)
        for (offset, cell) in row.enumerated() where !cell.isEmpty {
            try appendCell(cell, column: offset + 1, row: number, digits: digits, style: style, to: &out, strings: &strings)
        }
        out.append(contentsOf: "</row>".utf8)
    }

    func appendCell(
        _ cell: Cell, column: Int, row: Int, digits: [UInt8], style: Int?, to out: inout [UInt8],
        strings: inout SharedStrings
    ) throws(SpreadsheetError) {
        let location = { CellLocation(sheet: sheet, row: row, column: column) }
        out.append(contentsOf: "<c r=\"".utf8)
        out.append(contentsOf: letters[column])
        out.append(contentsOf: digits)
        out.append(UInt8(ascii: "\""))
        switch cell {
        case .empty:
            out.append(contentsOf: "/>".utf8)
            return
        case .text(let text):
            // UTF-16 length ≤ UTF-8 length, so only long UTF-8 strings need counting.
            if text.utf8.count > Self.limit, text.utf16.count > Self.limit {
                throw .textTooLong(location(), length: text.utf16.count, limit: Self.limit)
            }
            if let style { out.append(contentsOf: " s=\"\(style)\"".utf8) }
            out.append(contentsOf: " t=\"s\"><v>".utf8)
            Self.appendDecimal(strings.index(of: text), to: &out)
        case .number(let value):
            guard value.isFinite else { throw .nonFiniteNumber(location(), value: value) }
            out.append(contentsOf: "><v>".utf8)
            Self.appendNumber(value, to: &out)
        case .integer(let value):
            out.append(contentsOf: "><v>".utf8)
            Self.appendDecimal(value, to: &out)
        case .date(let year, let month, let day):
            if let reason = DateSerial.problem(year: year, month: month, day: day) {
                throw .invalidDate(location(), reason: reason)
            }
            out.append(contentsOf: " s=\"\(Styles.date)\"><v>".utf8)
            Self.appendDecimal(DateSerial.serial(year: year, month: month, day: day), to: &out)
        case .dateTime(let year, let month, let day, let hour, let minute, let second):
            if let reason = DateSerial.problem(year: year, month: month, day: day)
                ?? DateSerial.timeProblem(hour: hour, minute: minute, second: second)
            {
                throw .invalidDate(location(), reason: reason)
            }
            out.append(contentsOf: " s=\"\(Styles.dateTime)\"><v>".utf8)
            let serial = DateSerial.serial(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
            Self.appendNumber(serial, to: &out)
        case .bool(let value):
            out.append(contentsOf: " t=\"b\"><v>".utf8)
            out.append(value ? UInt8(ascii: "1") : UInt8(ascii: "0"))
        }
        out.append(contentsOf: "</v></c>".utf8)
    }

    /// Appends the decimal digits of the integer (any `Int`, including `Int.min`).
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }

    /// Appends a finite double so that it reads back exactly; −0 becomes 0.
    static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        if value.rounded(.towardZero) == value, value.magnitude < 9_007_199_254_740_992 {
            appendDecimal(Int(value), to: &out)
        } else {
            let text = value.description.utf8
            // "9007199254740992.0" → "9007199254740992"
            out.append(contentsOf: text.count > 2 && text.suffix(2).elementsEqual(".0".utf8) ? text.dropLast(2) : text[...])
        }
    }
}
