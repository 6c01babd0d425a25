import VoelsprietLiterature

/// The citable numbers of the literature review's PRISMA 2020 flow.
///
/// Keys: `literature.identified`, `literature.database.<name>.records`, `.duplicates_removed`,
/// `.removed_by_automation`, `.removed_other`, `.screened`, `.excluded_screening`,
/// `.reports_sought`, `.reports_not_retrieved`, `.reports_assessed`, `.reports_excluded`,
/// `literature.excluded_reason.<reason>`, `.included_studies`, `.included_reports`.
public enum LiteratureFacts {
    public static let part = "literature"

    public static func add(_ counts: PrismaCounts, to sheet: inout FactSheet) {
        func fact(_ suffix: String, _ value: Int, what: String) {
            sheet.add(Fact(key: "literature.\(suffix)", value: Double(value), kind: .count, provenance: Provenance(
                part: .literature, what: what, path: "literature#prisma")))
        }
        fact("identified", counts.identified, what: "records identified")
        for source in counts.databases + counts.registers {
            fact("database.\(KeySegment.make(source.name)).records", source.count, what: "records from \(source.name)")
        }
        fact("duplicates_removed", counts.duplicatesRemoved, what: "duplicates removed")
        fact("removed_by_automation", counts.removedByAutomation, what: "removed by automation tools")
        fact("removed_other", counts.removedForOtherReasons, what: "removed for other reasons")
        fact("screened", counts.screened, what: "records screened")
        fact("excluded_screening", counts.excludedAtScreening, what: "excluded at title/abstract")
        fact("reports_sought", counts.reportsSought, what: "reports sought")
        fact("reports_not_retrieved", counts.reportsNotRetrieved, what: "reports not retrieved")
        fact("reports_assessed", counts.reportsAssessed, what: "reports assessed")
        fact("reports_excluded", counts.reportsExcludedTotal, what: "reports excluded")
        for reason in counts.reportsExcluded {
            fact("excluded_reason.\(KeySegment.make(reason.reason))", reason.count, what: "reports excluded: \(reason.reason)")
        }
        fact("included_studies", counts.includedStudies, what: "studies included")
        fact("included_reports", counts.includedReports, what: "reports included")
    }
}
