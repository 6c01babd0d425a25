import Foundation

/// Pieces the Markdown and HTML renderings share.
extension AnalysisReport {
    /// α as the chosen notation writes it: "0,05" or "0.05".
    var alphaText: String {
        style == ReportOptions.Style.dutch.rawValue ? "\(alpha)".replacingOccurrences(of: ".", with: ",") : "\(alpha)"
    }
}

extension Breakdown {
    /// The groups worth a column: those to whom the item applied, and every hidden one (leaving
    /// a hidden group out would say that none of it answered).
    var shownGroups: [BreakdownGroup] { groups.filter { $0.n > 0 || $0.missing > 0 || $0.suppressed } }
}
