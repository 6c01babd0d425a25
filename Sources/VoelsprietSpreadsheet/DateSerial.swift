/// Calendar dates as serial numbers of the spreadsheet 1900 date system.
///
/// Serial = days since 1899-12-30 in the proleptic Gregorian calendar (1900-03-01 = 61,
/// 1970-01-01 = 25,569, 9999-12-31 = 2,958,465), plus the time of day as a fraction of
/// 86,400 s. Day counting uses the civil-from-days arithmetic of H. Hinnant ("chrono-Compatible
/// Low-Level Date Algorithms"): years are shifted to start on 1 March so the leap day is last.
/// Only dates from 1900-03-01 are accepted: before that, Excel counts the fictitious
/// 1900-02-29 and LibreOffice does not, so the same serial would mean different days.
enum DateSerial {
    static let firstDate = (year: 1900, month: 3, day: 1)
    static let lastYear = 9999

    /// Days since 1970-01-01 of a valid proleptic Gregorian date.
    static func daysSinceUnixEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Why the date cannot be written, or nil when it can.
    static func problem(year: Int, month: Int, day: Int) -> String? {
        guard (1...12).contains(month) else { return "month \(month) is not 1–12" }
        guard (1900...lastYear).contains(year) else { return "year \(year) is outside 1900–9999" }
        let days = daysInMonth(year: year, month: month)
        guard (1...days).contains(day) else {
            return "day \(day) does not exist in \(year)-\(twoDigits(month)) (1–\(days))"
        }
        if year == 1900 && month < 3 {
            return "dates before 1900-03-01 are not supported (the 1900 date system is ambiguous there)"
        }
        return nil
    }

    /// Why the time cannot be written, or nil when it can.
    static func timeProblem(hour: Int, minute: Int, second: Int) -> String? {
        guard (0...23).contains(hour) else { return "hour \(hour) is not 0–23" }
        guard (0...59).contains(minute) else { return "minute \(minute) is not 0–59" }
        guard (0...59).contains(second) else { return "second \(second) is not 0–59" }
        return nil
    }

    /// The serial day number of a date that `problem` accepted.
    static func serial(year: Int, month: Int, day: Int) -> Int {
        daysSinceUnixEpoch(year: year, month: month, day: day) + 25_569
    }

    /// The serial number of a date and time that `problem` and `timeProblem` accepted.
    static func serial(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Double {
        let seconds = hour * 3600 + minute * 60 + second
        return Double(serial(year: year, month: month, day: day)) + Double(seconds) / 86_400
    }

    static func twoDigits(_ value: Int) -> String {
        value < 10 && value >= 0 ? "0\(value)" : String(value)
    }
}
