import Foundation

/// Dates as stored: a calendar day in UTC, never a time of day.
public enum Clock {
    /// Today as `YYYY-MM-DD` (UTC).
    ///
    /// Computed from the day number (the proleptic Gregorian civil-from-days algorithm) rather
    /// than through `Calendar`/`TimeZone`, which look up time-zone data; this runs per submission.
    public static func today(_ now: Date = Date()) -> String {
        let days = Int((now.timeIntervalSince1970 / 86_400).rounded(.down))
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Seconds since 1970, for expiry times of sessions (not of answers).
    public static func epochSeconds(_ now: Date = Date()) -> Int {
        Int(now.timeIntervalSince1970)
    }
}
