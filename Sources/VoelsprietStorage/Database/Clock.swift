import Foundation

/// Dates as stored: a calendar day in UTC, never a time of day.
public enum Clock {
    /// Today as `YYYY-MM-DD` (UTC).
    public static func today(_ now: Date = Date()) -> String {
        let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: now)
        return String(format: "%04d-%02d-%02d", components.year!, components.month!, components.day!)
    }

    /// Seconds since 1970, for expiry times of sessions (not of answers).
    public static func epochSeconds(_ now: Date = Date()) -> Int {
        Int(now.timeIntervalSince1970)
    }
}
