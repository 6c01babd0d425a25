/// An arithmetic inconsistency between the numbers of a flow diagram.
public enum PrismaProblem: Sendable, Hashable, CustomStringConvertible {
    /// A count below zero (field name).
    case negative(String)
    /// screened ≠ identified − duplicates − automation − other removals.
    case screenedMismatch(screened: Int, expected: Int)
    /// reports sought ≠ screened − excluded at screening.
    case soughtMismatch(sought: Int, expected: Int)
    /// reports assessed ≠ reports sought − not retrieved (column: "databases" or "other methods").
    case assessedMismatch(column: String, assessed: Int, expected: Int)
    /// More reports excluded than assessed (column).
    case excludedExceedsAssessed(column: String, excluded: Int, assessed: Int)
    /// Other methods: more reports sought than records identified.
    case soughtExceedsIdentified(sought: Int, identified: Int)
    /// included reports ≠ assessed − excluded, summed over both columns.
    case includedReportsMismatch(included: Int, expected: Int)
    /// More studies than reports.
    case studiesExceedReports(studies: Int, reports: Int)

    public var description: String {
        switch self {
        case .negative(let field): "\(field) is negative"
        case .screenedMismatch(let screened, let expected):
            "screened ≠ identified − duplicates − removed: \(screened) screened, \(expected) expected"
        case .soughtMismatch(let sought, let expected):
            "reports sought ≠ screened − excluded: \(sought) sought, \(expected) expected"
        case .assessedMismatch(let column, let assessed, let expected):
            "\(column): reports assessed ≠ sought − not retrieved: \(assessed) assessed, \(expected) expected"
        case .excludedExceedsAssessed(let column, let excluded, let assessed):
            "\(column): \(excluded) reports excluded but only \(assessed) assessed"
        case .soughtExceedsIdentified(let sought, let identified):
            "other methods: \(sought) reports sought but only \(identified) records identified"
        case .includedReportsMismatch(let included, let expected):
            "included reports ≠ assessed − excluded (both columns): \(included) included, \(expected) expected"
        case .studiesExceedReports(let studies, let reports):
            "\(studies) studies included from only \(reports) reports"
        }
    }
}

extension PrismaCounts {
    /// Every inconsistency found; empty when the diagram adds up.
    public func validate() -> [PrismaProblem] {
        var problems = negativeFields().map(PrismaProblem.negative)
        let expectedScreened = identified - duplicatesRemoved - removedByAutomation - removedForOtherReasons
        if screened != expectedScreened { problems.append(.screenedMismatch(screened: screened, expected: expectedScreened)) }
        let expectedSought = screened - excludedAtScreening
        if reportsSought != expectedSought { problems.append(.soughtMismatch(sought: reportsSought, expected: expectedSought)) }
        problems += Self.retrievalProblems(
            column: "databases", sought: reportsSought, notRetrieved: reportsNotRetrieved, assessed: reportsAssessed,
            excluded: reportsExcludedTotal)
        var expectedIncluded = reportsAssessed - reportsExcludedTotal
        if let other = otherMethods {
            if other.reportsSought > other.identified {
                problems.append(.soughtExceedsIdentified(sought: other.reportsSought, identified: other.identified))
            }
            problems += Self.retrievalProblems(
                column: "other methods", sought: other.reportsSought, notRetrieved: other.reportsNotRetrieved,
                assessed: other.reportsAssessed, excluded: other.reportsExcludedTotal)
            expectedIncluded += other.reportsAssessed - other.reportsExcludedTotal
        }
        if includedReports != expectedIncluded {
            problems.append(.includedReportsMismatch(included: includedReports, expected: expectedIncluded))
        }
        if includedStudies > includedReports {
            problems.append(.studiesExceedReports(studies: includedStudies, reports: includedReports))
        }
        return problems
    }

    private static func retrievalProblems(
        column: String, sought: Int, notRetrieved: Int, assessed: Int, excluded: Int
    ) -> [PrismaProblem] {
        var problems: [PrismaProblem] = []
        if assessed != sought - notRetrieved {
            problems.append(.assessedMismatch(column: column, assessed: assessed, expected: sought - notRetrieved))
        }
        if excluded > assessed { problems.append(.excludedExceedsAssessed(column: column, excluded: excluded, assessed: assessed)) }
        return problems
    }

    private func negativeFields() -> [String] {
        var values: [(String, Int)] = [
            ("duplicates removed", duplicatesRemoved), ("removed by automation", removedByAutomation),
            ("removed for other reasons", removedForOtherReasons), ("records screened", screened),
            ("records excluded", excludedAtScreening), ("reports sought", reportsSought),
            ("reports not retrieved", reportsNotRetrieved), ("reports assessed", reportsAssessed),
            ("studies included", includedStudies), ("reports included", includedReports),
        ]
        values += (databases + registers).map { ("records from \($0.name)", $0.count) }
        values += reportsExcluded.map { ("reports excluded (\($0.reason))", $0.count) }
        if let other = otherMethods {
            values += other.sources.map { ("records from \($0.name)", $0.count) }
            values += [("other methods: reports sought", other.reportsSought),
                       ("other methods: reports not retrieved", other.reportsNotRetrieved),
                       ("other methods: reports assessed", other.reportsAssessed)]
            values += other.reportsExcluded.map { ("other methods: reports excluded (\($0.reason))", $0.count) }
        }
        return values.filter { $0.1 < 0 }.map(\.0)
    }
}
