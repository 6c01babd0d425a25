/// Conventions for one respondent's answers as integers, one cell per schema variable.
///
/// - single: the category's index, or `CodedRow.blank`;
/// - multiple: a bit mask of chosen categories (bit i = category i), or `blank`;
/// - text: an index into the row source's text store, or `blank`.
public enum CodedRow {
    /// Not answered (or not shown).
    public static let blank: Int64 = -1

    /// The chosen categories as a bit mask, or nil when blank.
    @inline(__always)
    static func selection(_ cell: Int64, kind: AnalysisVariable.Kind) -> Int64? {
        if cell < 0 { return nil }
        switch kind {
        case .single: return cell < 63 ? 1 << cell : 0
        case .multiple: return cell
        case .text: return nil
        }
    }
}
