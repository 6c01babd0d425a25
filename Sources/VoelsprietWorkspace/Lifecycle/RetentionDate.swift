import Foundation

/// A study's retention date: the day after which its contact details (and, when the lead says
/// so, the whole study) are to be deleted. Days are ISO 8601 (`2027-06-30`) in UTC.
public enum RetentionDate {
    /// The day as stored, when `text` is a real calendar date (`2027-02-30` is not).
    public static func parse(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (2000...2200).contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        return trimmed
    }

    /// Whether a study with `retention` is past it on `today` (both ISO days; string order is date order).
    public static func isPast(_ retention: String?, today: String) -> Bool {
        guard let retention else { return false }
        return retention < today
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
