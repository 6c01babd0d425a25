/// Why a test could not be computed; reports show the reason instead of a statistic.
public enum NotComputable: Error, Sendable, Hashable, CustomStringConvertible {
    /// After dropping empty rows, fewer than two remain (for example: all answers in one category).
    case fewerThanTwoRows
    /// After dropping empty columns, fewer than two remain (for example: a split with one group).
    case fewerThanTwoColumns
    /// Nobody is in the table.
    case empty

    /// A stable machine-readable code.
    public var code: String {
        switch self {
        case .fewerThanTwoRows: "fewer_than_two_categories"
        case .fewerThanTwoColumns: "fewer_than_two_groups"
        case .empty: "no_answers"
        }
    }

    public var description: String {
        switch self {
        case .fewerThanTwoRows: "fewer than two non-empty rows (categories)"
        case .fewerThanTwoColumns: "fewer than two non-empty columns (groups)"
        case .empty: "the table is empty"
        }
    }
}
