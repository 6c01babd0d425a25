import Foundation
import VoelsprietLiterature
import VoelsprietStorage

/// The PRISMA 2020 flow from the study's own data: records per database and from other
/// methods, duplicates removed, screened and excluded at title/abstract, full texts sought,
/// not retrieved, assessed and excluded with reasons, included.
///
/// Records from other methods (grey literature, hand search) are screened like the others but
/// counted in the diagram's right-hand column; duplicates are counted where they were found
/// (the databases column). A full-text exclusion whose reason is `notRetrievedReason` counts
/// as "not retrieved" rather than as assessed.
extension LiteratureService {
    public static let notRetrievedReason = "Full text not retrieved"

    public struct FlowSummary: Sendable, Equatable {
        public var records: Int
        public var unique: Int
        public var duplicates: Int
        public var screened: Int
        public var included: Int
    }

    public struct Flow: Sendable {
        public var counts: FlowSummary
        public var prisma: PrismaCounts
        public var problems: [PrismaProblem]
        public var svg: String
    }

    public func prismaFlow(_ access: StudyAccess, language: String) async throws -> Flow {
        try access.require(.viewLiterature)
        let imports = try await repositories.literature.imports(studySlug: access.slug)
        let snapshot = try await snapshot(access.slug)
        let all = snapshot.all
        let otherImports = Set(imports.filter { $0.origin == .otherMethods }.map(\.id))
        let prisma = Self.prismaCounts(imports: imports, all: all, snapshot: snapshot, otherImports: otherImports)
        let summary = FlowSummary(
            records: all.count, unique: snapshot.records.count, duplicates: all.count - snapshot.records.count,
            screened: snapshot.eligible(.titleAbstract).filter { snapshot.complete($0, .titleAbstract) }.count,
            included: prisma.includedStudies)
        let svg = PrismaDiagram.svg(prisma, labels: language == "en" ? .english : .dutch)
        return Flow(counts: summary, prisma: prisma, problems: prisma.validate(), svg: svg)
    }

    static func prismaCounts(
        imports: [LiteratureImportRow], all: [StoredLiteratureRecord], snapshot: ReviewSnapshot, otherImports: Set<Int64>
    ) -> PrismaCounts {
        var perDatabase: [String: Int] = [:]
        var perOther: [String: Int] = [:]
        for file in imports {
            // A file whose database was not recognised is named by its file name.
            let name = file.database ?? file.fileName
            if otherImports.contains(file.id) { perOther[name, default: 0] += file.recordCount } else { perDatabase[name, default: 0] += file.recordCount }
        }
        let isOther = { (record: StoredLiteratureRecord) in otherImports.contains(record.importID) }
        let databases = column(snapshot, include: { !isOther($0) })
        let other = column(snapshot, include: isOther)
        var counts = PrismaCounts(
            databases: perDatabase.sorted { $0.key < $1.key }.map { PrismaSourceCount($0.key, $0.value) },
            duplicatesRemoved: all.filter { $0.duplicateOf != nil }.count,
            screened: databases.screened, excludedAtScreening: databases.excludedAtScreening,
            reportsSought: databases.sought, reportsNotRetrieved: databases.notRetrieved,
            reportsAssessed: databases.sought - databases.notRetrieved, reportsExcluded: databases.excludedReasons,
            includedStudies: databases.included + other.included, includedReports: databases.included + other.included)
        if !perOther.isEmpty {
            counts.otherMethods = PrismaOtherMethods(
                sources: perOther.sorted { $0.key < $1.key }.map { PrismaSourceCount($0.key, $0.value) },
                reportsSought: other.sought, reportsNotRetrieved: other.notRetrieved,
                reportsAssessed: other.sought - other.notRetrieved, reportsExcluded: other.excludedReasons)
        }
        return counts
    }

    struct Column {
        var screened = 0
        var excludedAtScreening = 0
        var sought = 0
        var notRetrieved = 0
        var excludedReasons: [PrismaReasonCount] = []
        var included = 0
    }

    /// One column of the diagram over the records `include` selects.
    static func column(_ snapshot: ReviewSnapshot, include: (StoredLiteratureRecord) -> Bool) -> Column {
        var column = Column()
        var reasons: [String: Int] = [:]
        for record in snapshot.records where include(record) {
            column.screened += 1
            let first = snapshot.state(record, .titleAbstract)
            if first.outcome == .exclude { column.excludedAtScreening += 1 }
            guard first.advances else { continue }
            column.sought += 1
            let second = snapshot.state(record, .fullText)
            switch second.outcome {
            case .include: column.included += 1
            case .exclude:
                let reason = exclusionReason(snapshot, record, state: second)
                if reason == notRetrievedReason { column.notRetrieved += 1 } else { reasons[reason, default: 0] += 1 }
            case nil: break
            }
        }
        column.excludedReasons = reasons.map { PrismaReasonCount($0.key, $0.value) }.sorted { ($1.count, $0.reason) < ($0.count, $1.reason) }
        return column
    }

    /// The reason a record was excluded at full text: the resolution's, else the earliest
    /// reviewer's (as `ScreeningTally` counts it).
    static func exclusionReason(_ snapshot: ReviewSnapshot, _ record: StoredLiteratureRecord, state: RecordScreeningState) -> String {
        let id = String(record.id)
        if case .resolved = state, let reason = snapshot.resolutions[.fullText]?[id]?.reason { return reason }
        let votes = (snapshot.decisions[.fullText]?[id] ?? []).filter { snapshot.reviewers(.fullText).contains($0.reviewer) }
            .sorted { ($0.date, $0.reviewer) < ($1.date, $1.reviewer) }
        return votes.lazy.compactMap(\.reason).first ?? ScreeningTally.unspecifiedReason
    }

    /// The records included after full text, in stored order.
    func includedRecords(_ snapshot: ReviewSnapshot) -> [StoredLiteratureRecord] {
        snapshot.records.filter { snapshot.state($0, .titleAbstract).advances && snapshot.state($0, .fullText).advances }
    }
}

extension LiteratureService {
    /// The records included at both screening stages, in record order.
    public func includedSources(_ access: StudyAccess) async throws -> [LiteratureRecord] {
        try access.require(.viewLiterature)
        return includedRecords(try await snapshot(access.slug)).map(\.record)
    }
}
