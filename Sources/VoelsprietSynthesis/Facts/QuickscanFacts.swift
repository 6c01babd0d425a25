import VoelsprietAnalysis

/// The citable numbers of a quickscan report, every one traceable to its item, split, subset
/// and n (`Provenance.path` points at the item on the study's report page).
///
/// Keys (`<item>` is the item id, `<code>` a category code, `<split>` a split id, `<subset>` e.g.
/// `role=student`, `<group>` a group id):
/// - `quickscan.n`; `quickscan.split.<split>.<group>.n`
/// - `quickscan.<item>.n`, `.missing`; `quickscan.<item>.<code>.count`, `.percent`
/// - scale items: `quickscan.<item>.high2_percent` / `.low2_percent` (the two highest / lowest
///   scale points); on agreement scales (scale ids starting with `agree`) also as
///   `.agree_percent` / `.disagree_percent`
/// - breakdowns: `quickscan.<item>.by.<split>[.<subset>].<group>.n`, `.<code>.percent`, `.<code>.count`
/// - tests: `quickscan.<item>.test.<split>[.<subset>].chi2`, `.df`, `.p`, `.v`, `.n`, `.fisher_p`
///
/// Nothing of a suppressed group or an item whose counts are withheld becomes a fact; their
/// keys are listed as withheld (small group) so a reference to them says why it is empty.
public enum QuickscanFacts {
    public static let part = "quickscan"

    public static func add(_ report: AnalysisReport, to sheet: inout FactSheet) {
        let base = "quickscan"
        sheet.add(Fact(key: "\(base).n", value: Double(report.n), kind: .count, provenance: Provenance(part: .quickscan, what: "respondents", n: report.n, path: "report")))
        for split in report.splits {
            for group in split.groups {
                let key = "\(base).split.\(split.id).\(group.id).n"
                if let n = group.n {
                    sheet.add(Fact(key: key, value: Double(n), kind: .count, provenance: Provenance(part: .quickscan, what: "group \(group.label)", split: split.id, n: n, path: "report")))
                } else {
                    sheet.withhold(key: key, .smallGroup)
                }
            }
        }
        for item in report.items { add(item, base: "\(base).\(item.id)", to: &sheet) }
    }

    static func add(_ item: ItemReport, base: String, to sheet: inout FactSheet) {
        let path = "report#item-\(item.id)"
        if item.countsWithheld {
            for suffix in ["n", "missing"] { sheet.withhold(key: "\(base).\(suffix)", .smallGroup) }
            for category in item.categories {
                sheet.withhold(key: "\(base).\(category.code).count", .smallGroup)
                sheet.withhold(key: "\(base).\(category.code).percent", .smallGroup)
            }
            return
        }
        func fact(_ suffix: String, _ value: Double, _ kind: Fact.Kind, what: String, split: String? = nil, subset: String? = nil, n: Int? = nil) {
            sheet.add(Fact(key: "\(base).\(suffix)", value: value, kind: kind, provenance: Provenance(
                part: .quickscan, what: what, item: item.id, split: split, subset: subset, n: n ?? item.n, path: path)))
        }
        fact("n", Double(item.n), .count, what: "answered")
        fact("missing", Double(item.missing), .count, what: "missing")
        for category in item.categories {
            fact("\(category.code).count", Double(category.count), .count, what: "category \(category.label)")
            fact("\(category.code).percent", category.percent, .percent, what: "category \(category.label)")
        }
        if let scale = item.scale, item.categories.count >= 4 {
            let high = item.categories.suffix(2).reduce(0) { $0 + $1.percent }
            let low = item.categories.prefix(2).reduce(0) { $0 + $1.percent }
            fact("high2_percent", high, .percent, what: "two highest points")
            fact("low2_percent", low, .percent, what: "two lowest points")
            if scale.hasPrefix("agree") {
                fact("agree_percent", high, .percent, what: "agree (two highest points)")
                fact("disagree_percent", low, .percent, what: "disagree (two lowest points)")
            }
        }
        for breakdown in item.breakdowns {
            let scope = breakdown.subset.map { "\(breakdown.split).\($0)" } ?? breakdown.split
            for group in breakdown.groups {
                let groupBase = "by.\(scope).\(group.id)"
                if group.suppressed {
                    sheet.withhold(key: "\(base).\(groupBase).n", .smallGroup)
                    for category in item.categories {
                        sheet.withhold(key: "\(base).\(groupBase).\(category.code).percent", .smallGroup)
                        sheet.withhold(key: "\(base).\(groupBase).\(category.code).count", .smallGroup)
                    }
                    continue
                }
                fact("\(groupBase).n", Double(group.n), .count, what: "group \(group.label)", split: breakdown.split, subset: breakdown.subset, n: group.n)
                for (index, category) in item.categories.enumerated() where index < group.counts.count && index < group.percent.count {
                    let what = "group \(group.label), category \(category.label)"
                    fact("\(groupBase).\(category.code).count", Double(group.counts[index]), .count, what: what, split: breakdown.split, subset: breakdown.subset, n: group.n)
                    fact("\(groupBase).\(category.code).percent", group.percent[index], .percent, what: what, split: breakdown.split, subset: breakdown.subset, n: group.n)
                }
            }
        }
        for test in item.tests where test.computable {
            let scope = test.subset.map { "\(test.split).\($0)" } ?? test.split
            let what = "chi-square test"
            if let chi2 = test.chi2 { fact("test.\(scope).chi2", chi2, .statistic, what: what, split: test.split, subset: test.subset, n: test.n) }
            if let df = test.df { fact("test.\(scope).df", Double(df), .integer, what: what, split: test.split, subset: test.subset, n: test.n) }
            if let p = test.p { fact("test.\(scope).p", p, .pValue, what: what, split: test.split, subset: test.subset, n: test.n) }
            if let v = test.cramersV { fact("test.\(scope).v", v, .coefficient, what: "Cramér's V", split: test.split, subset: test.subset, n: test.n) }
            if let n = test.n { fact("test.\(scope).n", Double(n), .count, what: what, split: test.split, subset: test.subset, n: n) }
            if let fisher = test.fisherP { fact("test.\(scope).fisher_p", fisher, .pValue, what: "Fisher's exact test", split: test.split, subset: test.subset, n: test.n) }
        }
    }
}
