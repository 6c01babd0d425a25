import Foundation

/// One execution of a search in one database, recorded as PRISMA-S asks (item 8 and 13: the
/// full strategy as run, the date, the interface, the number of records).
public struct SearchRun: Sendable, Hashable, Codable {
    /// The database or source as it should be reported ("PubMed", "Scopus", "PsycINFO (Ovid)",
    /// "Google (grey literature)").
    public var database: String
    /// When the search was run (reported as a date; store the instant).
    public var date: Date
    /// The exact string (Ovid: the numbered lines joined by newlines) as pasted into the database.
    public var query: String
    /// Records the database reported for the final line.
    public var hits: Int
    /// Free note: interface, limits applied by hand, deviations.
    public var note: String?

    public init(database: String, date: Date, query: String, hits: Int, note: String? = nil) {
        self.database = database
        self.date = date
        self.query = query
        self.hits = hits
        self.note = note
    }

    /// A run of `strategy` rendered for `database`.
    public init(
        strategy: SearchStrategy, database: SearchDatabase, date: Date, hits: Int, note: String? = nil
    ) throws(SearchStrategyError) {
        self.init(database: database.rawValue, date: date, query: try strategy.query(for: database), hits: hits, note: note)
    }

    /// The run's date as `YYYY-MM-DD` in UTC, as search appendices report it.
    public var dateText: String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }
}
