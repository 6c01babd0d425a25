import VoelsprietDomain

/// The report as one tidy CSV: a row per category and group (kind `frequency` or
/// `breakdown`) and a row per test (kind `test`).
enum CSVRenderer {
    static let header = [
        "kind", "item", "reference", "split", "subset", "group", "code", "label", "count", "n", "percent", "chi2", "df",
        "p", "cramers_v", "min_expected", "cells_below_5", "significant", "statement", "reason",
    ]

    static func render(_ report: AnalysisReport) -> String {
        var output = CSVWriter.line(header)
        func number(_ value: Double?) -> String { value.map { "\($0)" } ?? "" }
        for item in report.items where item.type != "text" {
            for category in item.categories {
                output += CSVWriter.line([
                    "frequency", item.id, item.reference ?? "", "", "", "", category.code, category.label,
                    "\(category.count)", "\(item.n)", number(category.percent), "", "", "", "", "", "", "", "", "",
                ])
            }
            for breakdown in item.breakdowns {
                for group in breakdown.groups where !group.suppressed {
                    for (index, category) in item.categories.enumerated() {
                        output += CSVWriter.line([
                            "breakdown", item.id, item.reference ?? "", breakdown.split, breakdown.subset ?? "", group.id,
                            category.code, category.label, "\(group.counts[index])", "\(group.n)",
                            number(group.percent[index]), "", "", "", "", "", "", "", "", "",
                        ])
                    }
                }
            }
            for test in item.tests {
                output += CSVWriter.line([
                    "test", item.id, item.reference ?? "", test.split, test.subset ?? "", test.groups.joined(separator: " | "),
                    "", "", "", test.n.map(String.init) ?? "", "", number(test.chi2), test.df.map(String.init) ?? "",
                    number(test.p), number(test.cramersV), number(test.minExpected),
                    test.cellsBelow5.map(String.init) ?? "", test.computable ? (test.significant ? "1" : "0") : "",
                    test.statement ?? "", test.reason ?? "",
                ])
            }
        }
        return output
    }
}
