/// The numbers of a PRISMA 2020 flow diagram (Page et al. 2021, BMJ 372:n71, figure 1, the
/// version for new reviews with searches of databases, registers and other sources).
///
/// The left column follows records from databases and registers through screening; the
/// optional right column follows reports found by other methods (websites, organisations,
/// citation searching, hand search), which PRISMA does not screen as records but sends straight
/// to retrieval. Both columns end in one "included" box.
public struct PrismaCounts: Sendable, Hashable, Codable {
    /// Records found per database ("PsycINFO", 412) or per register.
    public var databases: [PrismaSourceCount]
    public var registers: [PrismaSourceCount]
    public var duplicatesRemoved: Int
    /// Records marked as ineligible by automation tools before screening.
    public var removedByAutomation: Int
    public var removedForOtherReasons: Int
    /// Records screened on title and abstract.
    public var screened: Int
    /// Records excluded at title/abstract screening.
    public var excludedAtScreening: Int
    public var reportsSought: Int
    public var reportsNotRetrieved: Int
    public var reportsAssessed: Int
    /// Reports excluded at full text, with reasons (kept in the given order).
    public var reportsExcluded: [PrismaReasonCount]
    /// The "identification via other methods" column, if the review had one.
    public var otherMethods: PrismaOtherMethods?
    /// New studies included in the review.
    public var includedStudies: Int
    /// Reports of those studies (one study can have several reports).
    public var includedReports: Int

    public init(
        databases: [PrismaSourceCount], registers: [PrismaSourceCount] = [], duplicatesRemoved: Int,
        removedByAutomation: Int = 0, removedForOtherReasons: Int = 0, screened: Int, excludedAtScreening: Int,
        reportsSought: Int, reportsNotRetrieved: Int, reportsAssessed: Int, reportsExcluded: [PrismaReasonCount],
        otherMethods: PrismaOtherMethods? = nil, includedStudies: Int, includedReports: Int
    ) {
        self.databases = databases
        self.registers = registers
        self.duplicatesRemoved = duplicatesRemoved
        self.removedByAutomation = removedByAutomation
        self.removedForOtherReasons = removedForOtherReasons
        self.screened = screened
        self.excludedAtScreening = excludedAtScreening
        self.reportsSought = reportsSought
        self.reportsNotRetrieved = reportsNotRetrieved
        self.reportsAssessed = reportsAssessed
        self.reportsExcluded = reportsExcluded
        self.otherMethods = otherMethods
        self.includedStudies = includedStudies
        self.includedReports = includedReports
    }

    /// Records identified in databases and registers together.
    public var identified: Int { (databases + registers).reduce(0) { $0 + $1.count } }
    /// Reports excluded at full text, all reasons together.
    public var reportsExcludedTotal: Int { reportsExcluded.reduce(0) { $0 + $1.count } }
}

/// The right-hand column of the PRISMA 2020 diagram.
public struct PrismaOtherMethods: Sendable, Hashable, Codable {
    /// Records per source ("Websites (Google)", "Citation searching").
    public var sources: [PrismaSourceCount]
    public var reportsSought: Int
    public var reportsNotRetrieved: Int
    public var reportsAssessed: Int
    public var reportsExcluded: [PrismaReasonCount]

    public init(
        sources: [PrismaSourceCount], reportsSought: Int, reportsNotRetrieved: Int, reportsAssessed: Int,
        reportsExcluded: [PrismaReasonCount]
    ) {
        self.sources = sources
        self.reportsSought = reportsSought
        self.reportsNotRetrieved = reportsNotRetrieved
        self.reportsAssessed = reportsAssessed
        self.reportsExcluded = reportsExcluded
    }

    public var identified: Int { sources.reduce(0) { $0 + $1.count } }
    public var reportsExcludedTotal: Int { reportsExcluded.reduce(0) { $0 + $1.count } }
}

/// A named source and its count.
public struct PrismaSourceCount: Sendable, Hashable, Codable {
    public var name: String
    public var count: Int
    public init(_ name: String, _ count: Int) {
        self.name = name
        self.count = count
    }
}

/// An exclusion reason and how many reports it excluded.
public struct PrismaReasonCount: Sendable, Hashable, Codable {
    public var reason: String
    public var count: Int
    public init(_ reason: String, _ count: Int) {
        self.reason = reason
        self.count = count
    }
}
