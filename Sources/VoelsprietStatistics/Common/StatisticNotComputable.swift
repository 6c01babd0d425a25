/// Why a sample statistic, a group comparison or an exact test has no value for the given data.
///
/// Reports show the reason instead of a number; none of these statistics ever returns NaN.
/// Group, item, row and column indices are 0-based in the cases and 1-based in `description`.
public enum StatisticNotComputable: Error, Sendable, Hashable, CustomStringConvertible {
    /// A value that is NaN or ±infinity: value `index` of group `group` (for a single sample,
    /// group 0), or of row `group` for item scores.
    case notFinite(group: Int, index: Int)
    /// A negative count: category `index` of group `group` (groups given as counts).
    case negativeCount(group: Int, index: Int)
    /// A p value outside [0, 1] (or infinite) at position `index`.
    case pValueOutOfRange(index: Int)
    /// Fewer groups than the method needs.
    case tooFewGroups(found: Int, needed: Int)
    /// Group `group` has no values.
    case emptyGroup(group: Int)
    /// Too few observations: in group `group`, or in total when `group` is nil.
    case tooFewObservations(group: Int?, found: Int, needed: Int)
    /// Every value is the same, so ranks carry no information (the variance of the rank
    /// statistic is zero).
    case allValuesTied
    /// The variance the statistic divides by is zero (all values equal within each group).
    case zeroVariance
    /// Rows of item scores of different lengths.
    case raggedRows(row: Int, expected: Int, found: Int)
    /// Fewer items than the method needs.
    case tooFewItems(found: Int, needed: Int)
    /// The contingency table holds no observations.
    case emptyTable
    /// The exact test would need more work than `workLimit` steps (partial tables examined).
    case tableTooLarge(workLimit: Int)

    /// A stable machine-readable code.
    public var code: String {
        switch self {
        case .notFinite: "not_finite"
        case .negativeCount: "negative_count"
        case .pValueOutOfRange: "p_out_of_range"
        case .tooFewGroups: "too_few_groups"
        case .emptyGroup: "empty_group"
        case .tooFewObservations: "too_few_observations"
        case .allValuesTied: "all_values_tied"
        case .zeroVariance: "zero_variance"
        case .raggedRows: "ragged_rows"
        case .tooFewItems: "too_few_items"
        case .emptyTable: "empty_table"
        case .tableTooLarge: "table_too_large"
        }
    }

    public var description: String {
        switch self {
        case .notFinite(let group, let index):
            "group \(group + 1), value \(index + 1) is not a finite number (NaN or infinite)"
        case .negativeCount(let group, let index): "group \(group + 1), category \(index + 1) has a negative count"
        case .pValueOutOfRange(let index): "p value \(index + 1) is not between 0 and 1"
        case .tooFewGroups(let found, let needed): "\(found) group(s); the method needs at least \(needed)"
        case .emptyGroup(let group): "group \(group + 1) has no values"
        case .tooFewObservations(let group?, let found, let needed):
            "group \(group + 1) has \(found) value(s); at least \(needed) are needed"
        case .tooFewObservations(nil, let found, let needed):
            "\(found) value(s); at least \(needed) are needed"
        case .allValuesTied: "all values are tied, so the ranks carry no information"
        case .zeroVariance: "the values do not vary (within the groups), so the statistic is undefined"
        case .raggedRows(let row, let expected, let found):
            "row \(row + 1) has \(found) item scores; the first row has \(expected)"
        case .tooFewItems(let found, let needed): "\(found) item(s); at least \(needed) are needed"
        case .emptyTable: "the table is empty"
        case .tableTooLarge: "table too large for the exact test"
        }
    }
}
