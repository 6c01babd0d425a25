/// The reviewers assigned to screen one record at one stage.
public struct ScreeningAssignment: Sendable, Hashable, Codable {
    public var recordID: String
    public var reviewers: Set<String>
    public init(recordID: String, reviewers: Set<String>) {
        self.recordID = recordID
        self.reviewers = reviewers
    }
}

/// Counts of one stage, for the progress page and the PRISMA diagram.
public struct ScreeningTally: Sendable, Hashable {
    public var stage: ScreeningStage
    /// Records assigned at this stage.
    public var records = 0
    public var awaiting = 0
    public var agreedInclude = 0
    public var agreedExclude = 0
    public var conflicts = 0
    public var resolvedInclude = 0
    public var resolvedExclude = 0
    /// One reason per excluded record, most frequent first (ties by name). At full text these
    /// are PRISMA's "reports excluded with reasons". For an agreed exclusion where reviewers gave
    /// different reasons, the earliest decision's reason counts; for a resolved one, the
    /// resolution's. Exclusions without any reason count under `unspecifiedReason`.
    public var exclusionReasons: [PrismaReasonCount] = []

    public static let unspecifiedReason = "No reason given"

    public var included: Int { agreedInclude + resolvedInclude }
    public var excluded: Int { agreedExclude + resolvedExclude }
    /// Records with a final outcome at this stage.
    public var decided: Int { included + excluded }

    public init(stage: ScreeningStage) { self.stage = stage }
}

extension BlindScreening {
    /// Tallies a stage over its assignments. `resolutions` may hold several per record: the
    /// latest one counts.
    public static func tally(
        stage: ScreeningStage, assignments: [ScreeningAssignment], decisions: [ScreeningDecision],
        resolutions: [ConflictResolution] = [], maybePolicy: MaybePolicy = .needsDiscussion
    ) -> ScreeningTally {
        let byRecord = Dictionary(grouping: decisions.filter { $0.stage == stage }, by: \.recordID)
        var latestResolution: [String: ConflictResolution] = [:]
        for resolution in resolutions where resolution.stage == stage {
            if let seen = latestResolution[resolution.recordID], seen.date > resolution.date { continue }
            latestResolution[resolution.recordID] = resolution
        }
        var tally = ScreeningTally(stage: stage)
        var reasons: [String: Int] = [:]
        for assignment in assignments {
            tally.records += 1
            let recordDecisions = byRecord[assignment.recordID] ?? []
            let resolution = latestResolution[assignment.recordID]
            let state = self.state(
                recordID: assignment.recordID, stage: stage, decisions: recordDecisions,
                assignedReviewers: assignment.reviewers, resolution: resolution, maybePolicy: maybePolicy)
            switch state {
            case .awaiting: tally.awaiting += 1
            case .conflict: tally.conflicts += 1
            case .agreed(.include): tally.agreedInclude += 1
            case .resolved(_, .include, _): tally.resolvedInclude += 1
            case .agreed(.exclude):
                tally.agreedExclude += 1
                let votes = current(recordDecisions, recordID: assignment.recordID, stage: stage)
                    .filter { assignment.reviewers.contains($0.key) }.values
                    .sorted { ($0.date, $0.reviewer) < ($1.date, $1.reviewer) }
                reasons[votes.lazy.compactMap(\.reason).first ?? ScreeningTally.unspecifiedReason, default: 0] += 1
            case .resolved(_, .exclude, _):
                tally.resolvedExclude += 1
                reasons[resolution?.reason ?? ScreeningTally.unspecifiedReason, default: 0] += 1
            }
        }
        tally.exclusionReasons = reasons.map { PrismaReasonCount($0.key, $0.value) }
            .sorted { ($1.count, $0.reason) < ($0.count, $1.reason) }
        return tally
    }
}

extension PrismaCounts {
    /// Fills the screening part of the databases column from the two stages' tallies:
    /// screened and excluded at title/abstract, reports assessed and excluded (with reasons) at
    /// full text. Retrieval (`reportsSought`, `reportsNotRetrieved`) is left to the caller, as
    /// is identification; `validate()` shows what still does not add up (e.g. records awaiting).
    public mutating func apply(titleAbstract: ScreeningTally, fullText: ScreeningTally) {
        screened = titleAbstract.records
        excludedAtScreening = titleAbstract.excluded
        reportsAssessed = fullText.records
        reportsExcluded = fullText.exclusionReasons
    }
}
