import Foundation
import VoelsprietAnalysis
import VoelsprietDomain
import VoelsprietLiterature
import VoelsprietQDA
import VoelsprietStorage
import VoelsprietSynthesis
import VoelsprietWorkspace

/// Gathers what a report is composed from, for one reader: each part only when the reader's
/// role has its right (the same right its own pages check), the quickscan always with the
/// aggregate suppression of small groups, whatever the reader's role — a composed report is
/// meant to be shared.
extension StudyReportService {
    /// The right each part needs.
    public static func action(for part: StudyPart) -> StudyAction {
        switch part {
        case .text: .viewStudyReport
        case .literature: .viewLiterature
        case .quickscan: .viewReport
        case .interviews: .viewInterviews
        case .agreement: .compareCoders
        }
    }

    /// The splits the report's quickscan uses: the study's default comparisons and every split a
    /// table block names.
    static func splits(for definition: StudyReportDefinition, instrument: Instrument) -> [String] {
        var splits = ReportService.defaultSplits(for: instrument)
        for (_, block) in definition.blocks where block.kind == .quickscanTable {
            if let split = block.split, !split.isEmpty, !splits.contains(split), splits.count < 3 { splits.append(split) }
        }
        return splits
    }

    func gather(_ access: StudyAccess, definition: StudyReportDefinition, language: String) async throws -> StudyReportData {
        let study = access.study
        return StudyReportData(
            studyTitle: study.title,
            quickscan: try await quickscanPart(access, definition: definition, language: language),
            literature: try await literaturePart(access, language: language),
            interviews: try await interviewsPart(access, definition: definition),
            agreement: try await agreementPart(access))
    }

    func quickscanPart(_ access: StudyAccess, definition: StudyReportDefinition, language: String) async throws -> StudyReportData.Part<AnalysisReport> {
        guard access.allows(Self.action(for: .quickscan)) else { return .withheld(.noRight) }
        var options = ReportOptions(language: language == "en" ? "en" : "nl", minimumGroupSize: ReportService.minimumGroupForAggregate)
        options.suppressSmallItems = true
        options.title = access.study.title
        let splits = Self.splits(for: definition, instrument: access.study.instrument)
        // Members with the detailed right may have their chosen splits; the others get the
        // defaults (ReportService decides), with the same suppression either way.
        let report = try await reports.report(access, splits: splits, options: options, auditDetail: nil)
        return .available(report)
    }

    func literaturePart(_ access: StudyAccess, language: String) async throws -> StudyReportData.Part<StudyReportData.Literature> {
        guard access.allows(Self.action(for: .literature)) else { return .withheld(.noRight) }
        let imports = try await repositories.literature.imports(studySlug: access.slug)
        guard !imports.isEmpty else { return .withheld(.noData) }
        let flow = try await literature.prismaFlow(access, language: language)
        let included = try await literature.includedSources(access)
        return .available(StudyReportData.Literature(prisma: flow.prisma, included: included))
    }

    func interviewsPart(_ access: StudyAccess, definition: StudyReportDefinition) async throws -> StudyReportData.Part<StudyReportData.Interviews> {
        guard access.allows(Self.action(for: .interviews)) else { return .withheld(.noRight) }
        let slug = access.slug
        let summaries = try await repositories.interviews.sources(studySlug: slug)
        guard !summaries.isEmpty else { return .withheld(.noData) }
        let codebook = try await interviews.modelCodebook(slug)
        let codings = try await interviews.visibleCodings(access, codeIDs: nil)
        let participants = try await repositories.interviews.participants(studySlug: slug)
        var fragments: [UUID: [Fragment]] = [:]
        for (_, block) in definition.blocks where block.kind == .quotes || block.kind == .focusGroupFragments {
            guard let code = block.codeID, fragments[code] == nil, codebook.code(code) != nil else { continue }
            fragments[code] = try await interviews.fragments(access, codeID: code)
        }
        let sources = summaries.map {
            InterviewFacts.SourceInfo(id: $0.id, isFocusGroup: Source.isFocusGroup(participantLabels: $0.participantLabels, speakers: $0.speakers), participantLabels: $0.participantLabels)
        }
        return .available(StudyReportData.Interviews(
            sources: sources, participants: participants.count, codebook: codebook, codings: codings, fragments: fragments))
    }

    func agreementPart(_ access: StudyAccess) async throws -> StudyReportData.Part<StudyReportData.Agreement> {
        guard access.allows(Self.action(for: .agreement)) else { return .withheld(.noRight) }
        let coders = try await interviews.codersWithCodings(access).filter { $0.kind == .member }
        guard coders.count >= 2 else { return .withheld(.noData) }
        let agreement = try await interviews.agreement(access, unit: .character, coderIDs: coders.map(\.coder.id))
        let names = agreement.coders.map(\.coder.name)
        return .available(StudyReportData.Agreement(report: agreement.report, codebook: agreement.codebook, coderNames: names))
    }
}
