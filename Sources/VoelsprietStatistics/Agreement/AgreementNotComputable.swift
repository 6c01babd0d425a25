/// Why an agreement coefficient (Cohen's or Fleiss' kappa) has no value for the given ratings.
///
/// Reports show the reason instead of a number. Other tools do not stop here: for all ratings
/// in one category, R's `irr::kappa2` evaluates (pₒ − pₑ) / (1 − pₑ) = 0 / 0 without a guard
/// and returns NaN (read in its source, R/kappa2.R); scikit-learn's `cohen_kappa_score` (1.9)
/// returns NaN with an `UndefinedMetricWarning` (its `replace_undefined_by` parameter can
/// substitute a value); statsmodels' `cohens_kappa` and `fleiss_kappa` return NaN. We return
/// this reason instead, never NaN.
public enum AgreementNotComputable: Error, Sendable, Hashable, CustomStringConvertible {
    /// No rated items at all.
    case noRatings
    /// The two raters' rating lists differ in length (an item rated by one rater only).
    case unequalLengths(first: Int, second: Int)
    /// Cohen's table must be square: the same categories in rows (rater 1) and columns (rater 2).
    case notSquare(rows: Int, columns: Int)
    /// Expected chance agreement is 1: every rating falls in one and the same category, so
    /// κ = 0 / 0. Agreement is perfect but carries no information beyond chance.
    case allRatingsInOneCategory
    /// Fleiss' kappa needs the same number of ratings for every subject (row `subject`, 0-based).
    case unequalRaterCounts(subject: Int, expected: Int, found: Int)
    /// Fleiss' kappa needs at least two ratings per subject.
    case fewerThanTwoRaters
    /// A count below zero (row and column 0-based).
    case negativeCount(row: Int, column: Int)

    /// A stable machine-readable code.
    public var code: String {
        switch self {
        case .noRatings: "no_ratings"
        case .unequalLengths: "unequal_lengths"
        case .notSquare: "not_square"
        case .allRatingsInOneCategory: "all_in_one_category"
        case .unequalRaterCounts: "unequal_rater_counts"
        case .fewerThanTwoRaters: "fewer_than_two_raters"
        case .negativeCount: "negative_count"
        }
    }

    public var description: String {
        switch self {
        case .noRatings: "there are no rated items"
        case .unequalLengths(let first, let second):
            "the first rater rated \(first) items and the second \(second); kappa needs pairs"
        case .notSquare(let rows, let columns):
            "an agreement table must be square; this one is \(rows)×\(columns)"
        case .allRatingsInOneCategory:
            "every rating is in one category, so chance agreement is 1 and kappa is 0/0 (undefined)"
        case .unequalRaterCounts(let subject, let expected, let found):
            "subject \(subject + 1) has \(found) ratings; the first subject has \(expected)"
        case .fewerThanTwoRaters: "Fleiss' kappa needs at least two ratings per subject"
        case .negativeCount(let row, let column): "row \(row + 1), column \(column + 1): counts cannot be negative"
        }
    }
}
