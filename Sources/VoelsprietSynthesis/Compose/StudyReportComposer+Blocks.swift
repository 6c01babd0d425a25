import Foundation
import VoelsprietAnalysis
import VoelsprietDocument
import VoelsprietLiterature
import VoelsprietQDA

extension StudyReportComposer {
    // MARK: Literature

    func prisma(_ counts: PrismaCounts, _ block: ReportBlock) -> [Block] {
        let keys = [
            "identified", "duplicates_removed", "screened", "excluded_screening", "reports_sought", "reports_not_retrieved",
            "reports_assessed", "reports_excluded", "included_studies",
        ]
        var rows: [[TableCell]] = zip(text.prismaStages, keys).map { [TableCell($0), cell("literature.\($1)")] }
        for reason in counts.reportsExcluded {
            rows.append([TableCell("    – \(reason.reason)"), cell("literature.excluded_reason.\(KeySegment.make(reason.reason))")])
        }
        return [.table(Table(caption: block.caption ?? text.prismaCaption, header: [[TableCell(text.stage), "n"]], body: rows, alignments: [.left, .right]))]
    }

    func included(_ records: [LiteratureRecord], _ block: ReportBlock) -> [Block] {
        guard !records.isEmpty else { return [.note(text.noneIncluded)] }
        let rows = records.map { record -> [TableCell] in
            let authors = record.authors.count > 3 ? record.authors.prefix(3).joined(separator: "; ") + " et al." : record.authors.joined(separator: "; ")
            return [TableCell(authors), TableCell(record.year.map(String.init) ?? ""), TableCell(record.title ?? ""), TableCell(record.journal ?? "")]
        }
        let caption = (block.caption ?? text.includedCaption) + " (n = \(records.count))"
        return [.table(Table(caption: caption, header: [[TableCell(text.authors), TableCell(text.year), TableCell(text.title), TableCell(text.journal)]], body: rows))]
    }

    // MARK: Quickscan

    func item(_ report: AnalysisReport, _ block: ReportBlock) -> ItemReport? {
        report.items.first { $0.id == block.item }
    }

    func quickscanTable(_ report: AnalysisReport, _ block: ReportBlock) -> [Block] {
        guard let item = item(report, block) else { return [.warning(text.filled(text.unknownItem, block.item ?? ""))] }
        if item.countsWithheld { return [.note(text.itemWithheld)] }
        let base = "quickscan.\(item.id)"
        let breakdown = block.split.flatMap { split in item.breakdowns.first { $0.split == split && $0.subset == nil } }
        var header: [TableCell] = [TableCell(text.category), "n (%)"]
        for group in breakdown?.groups ?? [] { header.append(TableCell("\(group.label): n (%)")) }
        var rows: [[TableCell]] = item.categories.map { category in
            var row = [TableCell(category.label), countAndPercent("\(base).\(category.code)")]
            if let breakdown {
                for group in breakdown.groups {
                    row.append(countAndPercent("\(base).by.\(breakdown.split).\(group.id).\(category.code)"))
                }
            }
            return row
        }
        var total: [TableCell] = [TableCell(text.total), cell("\(base).n")]
        for group in breakdown?.groups ?? [] { total.append(cell("\(base).by.\(breakdown!.split).\(group.id).n")) }
        rows.append(total)
        let caption = block.caption ?? "\(item.question) (n = \(item.n))"
        let alignments: [ColumnAlignment] = [.left] + Array(repeating: .right, count: header.count - 1)
        var blocks: [Block] = [.table(Table(caption: caption, header: [header], body: rows, alignments: alignments, id: "item-\(item.id)"))]
        if let breakdown, let test = item.tests.first(where: { $0.split == breakdown.split && $0.subset == nil && $0.computable }) {
            blocks.append(.paragraph(testLine(item, test)))
        }
        return blocks
    }

    /// "25 (41%)": the count and its percentage, both traceable; a dash for a hidden group.
    func countAndPercent(_ base: String) -> TableCell {
        let count = cell("\(base).count"), percent = cell("\(base).percent")
        if case .withheld = facts.lookup("\(base).count") { return count }
        return TableCell(count.content + [.text(" (")] + percent.content + [.text(")")])
    }

    func quickscanChart(_ report: AnalysisReport, _ block: ReportBlock) -> [Block] {
        guard let item = item(report, block) else { return [.warning(text.filled(text.unknownItem, block.item ?? ""))] }
        if item.countsWithheld { return [.note(text.itemWithheld)] }
        let caption = block.caption ?? "\(item.question) (n = \(item.n))"
        let chart: Chart
        if item.scale != nil {
            chart = .diverging(DivergingChart(
                title: item.question, rows: [DivergingChart.Row(label: item.question, percents: item.categories.map(\.percent), n: item.n)],
                legend: item.categories.map(\.label)))
        } else {
            chart = .bars(BarChart(title: item.question, bars: item.categories.map { BarChart.Bar(label: $0.label, count: $0.count, percent: $0.percent) }))
        }
        let alt = item.categories.map { "\($0.label): \(FactFormatter.number($0.percent, decimals: 0, comma: !english))%" }.joined(separator: "; ")
        return [.figure(Figure(caption: caption, chart: chart, altText: alt, id: "chart-\(item.id)"))]
    }

    func significant(_ report: AnalysisReport, _ block: ReportBlock) -> [Block] {
        var items: [[Inline]] = []
        for item in report.items {
            for test in item.tests where test.computable && test.significant {
                items.append([.strong([.text(item.question)]), .text(" — ")] + testLine(item, test))
            }
        }
        guard !items.isEmpty else { return [.note(text.noneSignificant)] }
        return [.paragraph([.text(text.significantIntro)]), .bulletList(items)]
    }

    /// "rol (within …): χ²(4) = 8,44, p = ,015, V = ,25 (n = 70)", each number traceable.
    func testLine(_ item: ItemReport, _ test: TestReport) -> [Inline] {
        let scope = test.subset.map { "\(test.split).\($0)" } ?? test.split
        let base = "quickscan.\(item.id).test.\(scope)"
        var line: [Inline] = [.text(test.splitLabel + (test.subsetLabel.map { " (\($0))" } ?? "") + ": χ²(")]
        line += inlineFact("\(base).df") + [.text(") = ")] + inlineFact("\(base).chi2") + [.text(", ")] + inlineFact("\(base).p", style: "apa")
        if test.cramersV != nil { line += [.text(", V = ")] + inlineFact("\(base).v") }
        if test.n != nil { line += [.text(" (n = ")] + inlineFact("\(base).n") + [.text(")")] }
        return line
    }

    func inlineFact(_ key: String, style: String? = nil) -> [Inline] {
        if case .found(let fact) = facts.lookup(key) { return [.number(number(fact, style: style))] }
        return [.missing(key)]
    }

    // MARK: Interviews

    func quotes(_ interviews: StudyReportData.Interviews, _ block: ReportBlock) -> [Block] {
        guard let code = block.codeID, interviews.codebook.code(code) != nil else { return [.warning(text.unknownCode)] }
        let chosen = block.codingIDs ?? []
        guard !chosen.isEmpty else { return [.note(text.noQuotes)] }
        let byID = Dictionary((interviews.fragments[code] ?? []).map { ($0.coding.id, $0) }, uniquingKeysWith: { first, _ in first })
        var blocks: [Block] = []
        blocks.append(.heading(Heading(level: 3, text: block.caption ?? interviews.codebook.path(of: code).joined(separator: " › "))))
        var missing = 0
        for id in chosen {
            guard let fragment = byID[id] else { missing += 1; continue }
            blocks.append(.quote(Quote(text: [.text(fragment.text)], attribution: "(\(fragment.quoteLabel))")))
        }
        if missing > 0 { blocks.append(.note(text.filled(text.quotesMissing, missing))) }
        return blocks
    }

    func focusGroups(_ interviews: StudyReportData.Interviews, _ block: ReportBlock) -> [Block] {
        guard let code = block.codeID, interviews.codebook.code(code) != nil else { return [.warning(text.unknownCode)] }
        let focus = Set(interviews.sources.filter(\.isFocusGroup).map(\.id))
        let fragments = (interviews.fragments[code] ?? []).filter { focus.contains($0.coding.sourceID) }.prefix(block.limit ?? 10)
        var blocks: [Block] = []
        let name = interviews.codebook.code(code)?.name ?? ""
        blocks.append(.heading(Heading(level: 3, text: block.caption ?? name)))
        guard !fragments.isEmpty else { return blocks + [.note(text.noFocusGroupFragments)] }
        for fragment in fragments {
            let speaker = fragment.speaker.map { "\($0), " } ?? ""
            blocks.append(.quote(Quote(text: [.text(fragment.text)], attribution: "(\(speaker)\(fragment.sourceName))")))
        }
        return blocks
    }

    func agreement(_ agreement: StudyReportData.Agreement, _ block: ReportBlock) -> [Block] {
        let book = agreement.codebook
        var rows: [[TableCell]] = agreement.report.codes.map { code in
            let key = "agreement.code.\(InterviewFacts.codeKey(book, code.codeID))"
            return [TableCell(book.path(of: code.codeID).joined(separator: " › ")), cell("\(key).percent", style: "1"), cell("\(key).kappa"), cell("\(key).alpha")]
        }
        rows.append([TableCell([.strong([.text(text.allCodes)])]), cell("agreement.overall.percent", style: "1"), cell("agreement.overall.kappa"), cell("agreement.overall.alpha")])
        let caption = (block.caption ?? text.agreementCaption) + ": " + agreement.coderNames.joined(separator: ", ")
        return [.table(Table(
            caption: caption, header: [[TableCell(text.code), TableCell(text.percentAgreement), "κ", "α"]], body: rows,
            alignments: [.left, .right, .right, .right]))]
    }
}
