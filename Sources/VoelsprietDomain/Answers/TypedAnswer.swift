import Foundation

/// Reading the typed answers of numeric and date items into one canonical spelling.
///
/// A numeric answer is stored as text in its canonical form — an optional minus, digits, and
/// for decimals a point followed by digits (`-3.25`): what CSV, SPSS and R read as a number.
/// Respondents may type a decimal comma (`3,5`) and surrounding spaces; thousands separators,
/// exponents, `+`, `inf` and `nan` are refused, because in a questionnaire they are typos far more
/// often than intent. A date is stored as `YYYY-MM-DD` and must exist in the Gregorian calendar.
public enum TypedAnswer {
    /// Why a typed answer was not read.
    public enum Failure: Error, Equatable, Sendable {
        case notANumber
        case notAWholeNumber
        case belowMinimum
        case aboveMaximum
        case notADate
        case tooEarly
        case tooLate
    }

    /// The canonical spelling of a number typed as `text`, or why it is not one.
    public static func number(_ text: String, format: NumberFormat, min: Double?, max: Double?) -> Result<String, Failure> {
        var bytes = Array(text.utf8)
        while let first = bytes.first, first == 0x20 || first == 0x09 { bytes.removeFirst() }
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes.removeFirst()
        }
        var whole: [UInt8] = []
        var fraction: [UInt8] = []
        var seenSeparator = false
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                if seenSeparator { fraction.append(byte) } else { whole.append(byte) }
            } else if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")) && !seenSeparator {
                seenSeparator = true
            } else {
                return .failure(.notANumber)
            }
        }
        if whole.isEmpty && fraction.isEmpty { return .failure(.notANumber) }
        if seenSeparator && fraction.isEmpty { return .failure(.notANumber) }
        if whole.count + fraction.count > 15 { return .failure(.notANumber) }  // beyond a Double's exact digits
        // A whole number has no separator at all: "1.000" is a thousand to a Dutch reader and 1 to an
        // English one, so it is refused rather than guessed.
        if format == .integer && seenSeparator { return .failure(.notAWholeNumber) }
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        while whole.count > 1 && whole.first == UInt8(ascii: "0") { whole.removeFirst() }
        if whole.isEmpty { whole = [UInt8(ascii: "0")] }
        var canonical = String(decoding: whole, as: UTF8.self)
        if !fraction.isEmpty { canonical += "." + String(decoding: fraction, as: UTF8.self) }
        let isZero = whole == [UInt8(ascii: "0")] && fraction.isEmpty
        if negative && !isZero { canonical = "-" + canonical }
        guard let value = Double(canonical) else { return .failure(.notANumber) }
        if let min, value < min { return .failure(.belowMinimum) }
        if let max, value > max { return .failure(.aboveMaximum) }
        return .success(canonical)
    }

    /// The canonical spelling of a date typed as `YYYY-MM-DD` (or `DD-MM-YYYY`, as Dutch
    /// respondents write it without a date picker), or why it is not one.
    public static func date(_ text: String, earliest: String?, latest: String?) -> Result<String, Failure> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let parts = CalendarDate(parsing: trimmed) else { return .failure(.notADate) }
        if let earliest, let bound = CalendarDate(parsing: earliest), parts < bound { return .failure(.tooEarly) }
        if let latest, let bound = CalendarDate(parsing: latest), parts > bound { return .failure(.tooLate) }
        return .success(parts.iso)
    }
}

/// A day of the Gregorian calendar, without time or zone.
public struct CalendarDate: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Reads `YYYY-MM-DD`, or `DD-MM-YYYY` / `DD/MM/YYYY`; nil when it is not a day that exists.
    public init?(parsing text: String) {
        let fields = text.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" }.map(String.init)
        guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil && !$0.hasPrefix("+") && !$0.hasPrefix("-") })
        else { return nil }
        let (y, m, d): (String, String, String)
        if fields[0].count == 4 && fields[1].count <= 2 && fields[2].count <= 2 {
            (y, m, d) = (fields[0], fields[1], fields[2])
        } else if fields[2].count == 4 && fields[0].count <= 2 && fields[1].count <= 2 {
            (y, m, d) = (fields[2], fields[1], fields[0])
        } else {
            return nil
        }
        guard let year = Int(y), let month = Int(m), let day = Int(d), (1...12).contains(month), year >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...lengths[month - 1]).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(repeating: "0", count: Swift.max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))"
    }

    /// `DD-MM-YYYY`, as Dutch readers write a date.
    public var dutch: String {
        let parts = iso.split(separator: "-")
        return "\(parts[2])-\(parts[1])-\(parts[0])"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// Numbers written without a needless fraction: 5 → "5", 2.5 → "2.5".
public enum NumberText {
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
