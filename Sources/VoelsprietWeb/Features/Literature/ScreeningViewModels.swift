import Foundation
import VoelsprietAnalysis
import VoelsprietLiterature
import VoelsprietServices
import VoelsprietStatistics

struct AgreementRow {
    let pair: String
    let records: Int
    let kappa: String
    let interval: String

    init(_ agreement: ReviewerAgreement, s: ScreeningText, language: String) {
        pair = "\(agreement.pair.first) – \(agreement.pair.second)"
        records = agreement.records
        switch agreement.kappa {
        case .success(let kappa):
            self.kappa = Self.format(kappa.kappa, language)
            let ci = kappa.confidenceInterval95
            // A standard error of 0 (one reviewer used one category only) gives no interval
            // worth showing: a zero-width one would look like certainty.
            interval = kappa.standardError > 0 ? "95% CI \(Self.format(ci.lowerBound, language)) – \(Self.format(ci.upperBound, language))" : ""
        case .failure:
            kappa = s.kappaUndefined
            interval = ""
        }
    }

    /// Two decimals, with a decimal comma in Dutch as the report writes numbers.
    static func format(_ value: Double, _ language: String) -> String {
        let text = String(format: "%.2f", value)
        return language == "en" ? text : text.replacingOccurrences(of: ".", with: ",")
    }
}

struct ScreeningOverviewViewModel {
    struct Stage {
        let stage, name, reviewers: String
        let assignedToMe: Bool
        let records, decidedByMe, awaiting, agreedInclude, agreedExclude, conflicts, resolved: Int
        let agreement: [AgreementRow]
        let hasAgreement: Bool
    }

    let frame: StudyFrame
    let s: ScreeningText
    let canResolve: Bool
    let stages: [Stage]
}

/// The page of one record being screened (or a message when there is none to screen).
struct ScreenRecordViewModel {
    struct Option {
        let value, label: String
        let selected: Bool
    }

    struct Record {
        let id: String
        let titleHTML: String
        let abstractHTML: String
        let citation: String
        let keywords: String
        let doi: String?
        let url: String?
    }

    let frame: StudyFrame
    let csrf: String
    let s: ScreeningText
    let stage: String
    let stageName: String
    let isFullText: Bool
    let record: Record?
    let message: String?
    let ownVerdict: String?
    let decided: Int
    let total: Int
    let percent: Int
    let orderNote: String?
    let stopping: String?
    let criteria: [String]
    let reasons: [Option]
    let fullTextLink: String?
    let hasFullTextFile: Bool
    let upcoming: String
    let notice: String?
    let error: String?

    static func message(frame: StudyFrame, s: ScreeningText, stage: ScreeningStage, text: String) -> ScreenRecordViewModel {
        ScreenRecordViewModel(
            frame: frame, csrf: frame.csrf, s: s, stage: stage.rawValue, stageName: s.stageName(stage.rawValue), isFullText: stage == .fullText,
            record: nil, message: text, ownVerdict: nil, decided: 0, total: 0, percent: 0, orderNote: nil, stopping: nil, criteria: [],
            reasons: [], fullTextLink: nil, hasFullTextFile: false, upcoming: "", notice: nil, error: nil)
    }

    init(
        frame: StudyFrame, csrf: String, s: ScreeningText, stage: String, stageName: String, isFullText: Bool, record: Record?, message: String?,
        ownVerdict: String?, decided: Int, total: Int, percent: Int, orderNote: String?, stopping: String?, criteria: [String], reasons: [Option],
        fullTextLink: String?, hasFullTextFile: Bool, upcoming: String, notice: String?, error: String?
    ) {
        self.frame = frame
        self.csrf = csrf
        self.s = s
        self.stage = stage
        self.stageName = stageName
        self.isFullText = isFullText
        self.record = record
        self.message = message
        self.ownVerdict = ownVerdict
        self.decided = decided
        self.total = total
        self.percent = percent
        self.orderNote = orderNote
        self.stopping = stopping
        self.criteria = criteria
        self.reasons = reasons
        self.fullTextLink = fullTextLink
        self.hasFullTextFile = hasFullTextFile
        self.upcoming = upcoming
        self.notice = notice
        self.error = error
    }

    init(
        frame: StudyFrame, csrf: String, s: ScreeningText, stage: ScreeningStage, item: LiteratureService.ScreeningItem?,
        settings: ReviewSettings, notice: String?, error: String?
    ) {
        let highlighter = KeywordHighlighter(include: settings.includeKeywords, exclude: settings.excludeKeywords)
        let record = item.map { item in
            let r = item.record.record
            let authors = r.authors.count > 6 ? r.authors.prefix(6).joined(separator: "; ") + " et al." : r.authors.joined(separator: "; ")
            return Record(
                id: String(item.record.id), titleHTML: Highlight.html(r.title ?? "–", highlighter),
                abstractHTML: r.abstract.map { Highlight.html($0, highlighter) } ?? MarkupEscape.html(s.abstractMissing),
                citation: [authors, r.year.map(String.init), r.journal].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · "),
                keywords: r.keywords.joined(separator: "; "), doi: r.doi,
                // Only web addresses become links: an imported `javascript:` or `data:` URL is not one.
                url: r.url.flatMap { $0.lowercased().hasPrefix("https://") || $0.lowercased().hasPrefix("http://") ? $0 : nil })
        }
        let criteria = settings.criteria(for: stage).map(Self.lines) ?? []
        let stopping = item?.stopping.map { aid in
            let recall = { (value: Double) in String(format: "%.0f%%", value * 100) }
            return "\(aid.consecutiveIrrelevant) \(s.consecutiveIrrelevant) · \(s.estimatedRecall): \(recall(aid.estimatedRecall)) "
                + "(\(recall(aid.recallLower))–\(recall(aid.recallUpper)))"
        }
        self.init(
            frame: frame, csrf: csrf, s: s, stage: stage.rawValue, stageName: s.stageName(stage.rawValue), isFullText: stage == .fullText,
            record: record, message: item == nil ? s.allDone : nil, ownVerdict: item?.own.map { LiteratureFeature.verdictName($0.verdict, s) },
            decided: item?.decided ?? 0, total: item?.total ?? 0,
            percent: item.map { $0.total > 0 ? $0.decided * 100 / $0.total : 0 } ?? 100,
            orderNote: item.map { $0.prioritised ? s.prioritised : s.storedOrder }, stopping: stopping, criteria: criteria,
            reasons: LiteratureFeature.reasonOptions(s), fullTextLink: item?.fullText?.link, hasFullTextFile: item?.fullText?.fileName != nil,
            upcoming: item?.upcoming.map(String.init).joined(separator: ",") ?? "", notice: notice, error: error)
    }

    /// The criteria as short lines for beside the record.
    static func lines(_ criteria: InclusionCriteria) -> [String] {
        var lines: [String] = []
        if !criteria.languages.isEmpty { lines.append(criteria.languages.joined(separator: ", ")) }
        if criteria.fromYear != nil || criteria.toYear != nil {
            lines.append("\(criteria.fromYear.map(String.init) ?? "…")–\(criteria.toYear.map(String.init) ?? "…")")
        }
        return lines + criteria.topics + criteria.settings + criteria.freeCriteria
    }
}

/// Text with keyword highlights as HTML: every character escaped, matches in `<mark>`.
enum Highlight {
    static func html(_ text: String, _ highlighter: KeywordHighlighter) -> String {
        var html = ""
        var position = text.startIndex
        for highlight in highlighter.highlights(in: text) where highlight.range.lowerBound >= position {
            html += MarkupEscape.html(String(text[position..<highlight.range.lowerBound]))
            html += "<mark class=\"\(highlight.kind.rawValue)\">" + MarkupEscape.html(String(text[highlight.range])) + "</mark>"
            position = highlight.range.upperBound
        }
        return html + MarkupEscape.html(String(text[position...]))
    }
}

struct ConflictsViewModel {
    struct Decision {
        let reviewer, verdict, reason: String
    }

    struct Conflict {
        let record: RecordLine
        let stage, stageName, abstract: String
        let decisions: [Decision]
        let isFullText: Bool
    }

    let frame: StudyFrame
    let csrf: String
    let s: ScreeningText
    let hasConflicts: Bool
    let conflicts: [Conflict]
    let reasons: [ScreenRecordViewModel.Option]
    let notice: String?
    let error: String?
}

struct AssignViewModel {
    struct Member {
        let username, role: String
        let checked: Bool
    }

    struct Stage {
        let stage, name: String
        let members: [Member]
    }

    let frame: StudyFrame
    let csrf: String
    let s: ScreeningText
    let stages: [Stage]
    let notice: String?
    let error: String?
}
