/// One cell of a worksheet, written by `XLSXWriter` as a typed SpreadsheetML cell.
///
/// - `text`: a shared string (`t="s"`). Never a formula: the writer emits no `<f>` element at
///   all, so a text that starts with `=`, `+`, `-` or `@` stays text in every application
///   (formula injection is impossible by construction). Characters that XML 1.0 forbids (the
///   C0 controls other than tab, line feed and carriage return, and U+FFFE/U+FFFF) are replaced
///   by U+FFFD; longer than 32,767 UTF-16 code units (Excel's cell limit) is an error.
/// - `number`: a finite `Double` (NaN and ±infinity are errors), written with Swift's shortest
///   round-trip representation (`1.5`, `1e-07`), never with a decimal comma; −0 is written as 0.
/// - `integer`: written exactly; note that spreadsheet applications store numbers as IEEE
///   doubles, so beyond ±2^53 (and for Excel's display, 15 significant digits) write IDs as text.
/// - `date`: a proleptic Gregorian calendar date, written as a serial day number of the 1900
///   date system (days since 1899-12-30, so 1900-03-01 = 61) with the format `yyyy-mm-dd`.
///   The range is 1900-03-01 through 9999-12-31, where Excel, LibreOffice and openpyxl agree
///   (earlier serials differ because of Excel's fictitious 1900-02-29); outside it is an error.
/// - `dateTime`: the same serial plus the time of day as a fraction of 86,400 seconds, with the
///   format `yyyy-mm-dd hh:mm:ss`. A wall-clock time: no time zone is stored.
/// - `bool`: a boolean cell (`t="b"`), shown as TRUE/FALSE.
/// - `empty`: nothing is written for it.
public enum Cell: Sendable, Equatable {
    case empty
    case text(String)
    case number(Double)
    case integer(Int)
    case date(year: Int, month: Int, day: Int)
    case dateTime(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)
    case bool(Bool)
}

extension Cell {
    /// Whether nothing is written for the cell.
    var isEmpty: Bool {
        if case .empty = self { true } else { false }
    }
}

extension Cell: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
