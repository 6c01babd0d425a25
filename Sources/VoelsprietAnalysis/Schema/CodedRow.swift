/// Conventions for one respondent's answers as integers, one cell per schema variable.
///
/// - single: the category's index, or `CodedRow.blank`;
/// - multiple: a bit mask of chosen categories (bit i = category i), or `blank`;
/// - text: an index into the row source's text store, or `blank`.
public enum CodedRow {
    /// Not answered (or not shown).
    public static let blank: Int64 = -1
}
