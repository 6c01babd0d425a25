import Foundation
import VoelsprietAnalysis
import VoelsprietLiterature
import VoelsprietQDA

/// Everything a report is composed from, gathered by the service for one reader: each part is
/// `.available` with its data, or `.withheld` with the reason (no right, no data yet). The
/// composer reads nothing else, so a reader's report can show only what the reader may see.
public struct StudyReportData: Sendable {
    public enum Part<Value: Sendable>: Sendable {
        case available(Value)
        case withheld(FactSheet.WithheldReason)

        public var value: Value? {
            if case .available(let value) = self { return value }
            return nil
        }
    }

    public struct Literature: Sendable {
        public var prisma: PrismaCounts
        public var included: [LiteratureRecord]

        public init(prisma: PrismaCounts, included: [LiteratureRecord]) {
            self.prisma = prisma
            self.included = included
        }
    }

    public struct Interviews: Sendable {
        public var sources: [InterviewFacts.SourceInfo]
        public var participants: Int
        public var codebook: Codebook
        /// The codings the reader may see.
        public var codings: [Coding]
        /// Fragments of the codes the report's blocks use, by code (with subcodes), visible to the reader.
        public var fragments: [UUID: [Fragment]]

        public init(sources: [InterviewFacts.SourceInfo], participants: Int, codebook: Codebook, codings: [Coding], fragments: [UUID: [Fragment]]) {
            self.sources = sources
            self.participants = participants
            self.codebook = codebook
            self.codings = codings
            self.fragments = fragments
        }
    }

    public struct Agreement: Sendable {
        public var report: AgreementReport
        public var codebook: Codebook
        /// Coder names in the report's order.
        public var coderNames: [String]

        public init(report: AgreementReport, codebook: Codebook, coderNames: [String]) {
            self.report = report
            self.codebook = codebook
            self.coderNames = coderNames
        }
    }

    public var studyTitle: String
    public var quickscan: Part<AnalysisReport>
    public var literature: Part<Literature>
    public var interviews: Part<Interviews>
    public var agreement: Part<Agreement>

    public init(
        studyTitle: String, quickscan: Part<AnalysisReport>, literature: Part<Literature>, interviews: Part<Interviews>,
        agreement: Part<Agreement>
    ) {
        self.studyTitle = studyTitle
        self.quickscan = quickscan
        self.literature = literature
        self.interviews = interviews
        self.agreement = agreement
    }

    /// Every number of the data, with the withheld parts marked.
    public func facts() -> FactSheet {
        var sheet = FactSheet()
        switch quickscan {
        case .available(let report): QuickscanFacts.add(report, to: &sheet)
        case .withheld(let reason): sheet.withhold(part: QuickscanFacts.part, reason)
        }
        switch literature {
        case .available(let review): LiteratureFacts.add(review.prisma, to: &sheet)
        case .withheld(let reason): sheet.withhold(part: LiteratureFacts.part, reason)
        }
        switch interviews {
        case .available(let data):
            InterviewFacts.add(sources: data.sources, participants: data.participants, codebook: data.codebook, codings: data.codings, to: &sheet)
        case .withheld(let reason): sheet.withhold(part: "interviews", reason)
        }
        switch agreement {
        case .available(let data): InterviewFacts.add(agreement: data.report, codebook: data.codebook, to: &sheet)
        case .withheld(let reason): sheet.withhold(part: "agreement", reason)
        }
        return sheet
    }
}
