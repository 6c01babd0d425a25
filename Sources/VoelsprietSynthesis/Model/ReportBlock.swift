import Foundation

/// One block of a study report section: a researcher's text, or data pulled live from one part
/// of the study. Stored as JSON (the kind and only the fields that kind uses).
public struct ReportBlock: Sendable, Hashable, Codable, Identifiable {
    /// What a block shows; each kind names the fields it reads.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Markdown written by the researcher, with `{{key}}` references to live numbers (`markdown`).
        case text
        /// The literature review's PRISMA 2020 flow, stage by stage.
        case prismaFlow = "prisma_flow"
        /// The table of sources included in the literature review.
        case includedSources = "included_sources"
        /// A quickscan item's frequency table, with a breakdown by `split` when set (`item`, `split`).
        case quickscanTable = "quickscan_table"
        /// A quickscan item's chart (`item`).
        case quickscanChart = "quickscan_chart"
        /// The quickscan comparisons whose chi-square test is significant at the report's alpha.
        case quickscanSignificant = "quickscan_significant"
        /// Quotes chosen by the researcher from a code's fragments (`codeID`, `codingIDs`).
        case quotes
        /// Agreement between coders, per code and overall.
        case agreement
        /// Fragments of a code from focus groups only (`codeID`, at most `limit`).
        case focusGroupFragments = "focus_group_fragments"

        /// Which part of the study the block reads (for rights and for the page's grouping).
        public var part: StudyPart {
            switch self {
            case .text: .text
            case .prismaFlow, .includedSources: .literature
            case .quickscanTable, .quickscanChart, .quickscanSignificant: .quickscan
            case .quotes, .focusGroupFragments: .interviews
            case .agreement: .agreement
            }
        }
    }

    public var id: UUID
    public var kind: Kind
    /// `text`: the researcher's Markdown.
    public var markdown: String?
    /// Quickscan blocks: the item id.
    public var item: String?
    /// `quickscanTable`: the split whose groups are shown side by side.
    public var split: String?
    /// `quotes`, `focusGroupFragments`: the code (with its subcodes).
    public var codeID: UUID?
    /// `quotes`: the chosen codings, in the order shown.
    public var codingIDs: [UUID]?
    /// `focusGroupFragments`: at most this many fragments (default 10).
    public var limit: Int?
    /// A caption or heading that replaces the generated one.
    public var caption: String?

    public init(
        id: UUID = UUID(), kind: Kind, markdown: String? = nil, item: String? = nil, split: String? = nil,
        codeID: UUID? = nil, codingIDs: [UUID]? = nil, limit: Int? = nil, caption: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.markdown = markdown
        self.item = item
        self.split = split
        self.codeID = codeID
        self.codingIDs = codingIDs
        self.limit = limit
        self.caption = caption
    }
}

/// The parts of a study a report block can read; the service maps each to the right it needs.
public enum StudyPart: String, Sendable, Hashable, Codable, CaseIterable {
    case text, literature, quickscan, interviews, agreement
}
