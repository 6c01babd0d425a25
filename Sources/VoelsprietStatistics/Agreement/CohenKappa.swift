/// Cohen's kappa for two raters who each put the same items into one of several nominal
/// categories (Cohen 1960), with its large-sample standard error.
///
/// With pᵢⱼ the share of items rater 1 put in category i and rater 2 in category j, row shares
/// pᵢ. and column shares p.ⱼ:
/// - observed agreement pₒ = Σᵢ pᵢᵢ,
/// - expected (chance) agreement pₑ = Σᵢ pᵢ. p.ᵢ,
/// - κ = (pₒ − pₑ) / (1 − pₑ).
///
/// Standard errors are those of Fleiss, Cohen & Everitt (1969), "Large sample standard errors of
/// kappa and weighted kappa", Psychological Bulletin 72(5), 323–327:
/// - around the estimate (used for the confidence interval):
///   Var(κ) = [A + B − C] / (n (1 − pₑ)²) with
///   A = Σᵢ pᵢᵢ [1 − (pᵢ. + p.ᵢ)(1 − κ)]²,
///   B = (1 − κ)² Σᵢ≠ⱼ pᵢⱼ (p.ᵢ + pⱼ.)²,
///   C = [κ − pₑ (1 − κ)]²;
/// - under H₀: κ = 0 (used for the z test):
///   Var₀(κ) = [pₑ + pₑ² − Σᵢ pᵢ. p.ᵢ (pᵢ. + p.ᵢ)] / (n (1 − pₑ)²).
/// These are the formulas of statsmodels' `cohens_kappa` (`std_kappa`, `std_kappa0`), against
/// which `agreement.json` checks us; κ itself also matches scikit-learn's `cohen_kappa_score`.
/// R's `irr::kappa2` reports only κ and z = κ / SE₀ (its variance is the null one above; no
/// interval), so `z` here is what irr prints as `z`.
public struct CohenKappa: Sendable, Hashable {
    /// Number of items rated by both raters.
    public let n: Int
    /// Number of categories (rows of the square table, including unused ones).
    public let categoryCount: Int
    /// pₒ: share of items on which the raters agree.
    public let observedAgreement: Double
    /// pₑ: agreement expected by chance from the two raters' marginal shares.
    public let expectedAgreement: Double
    /// κ = (pₒ − pₑ) / (1 − pₑ); 1 is perfect agreement, 0 chance level, negative below chance.
    public let kappa: Double
    /// Asymptotic standard error around κ (Fleiss, Cohen & Everitt 1969).
    public let standardError: Double
    /// Asymptotic standard error under H₀: κ = 0.
    public let standardErrorUnderNull: Double

    /// 95 % Wald interval κ ± z₀.₉₇₅ · SE, with z₀.₉₇₅ = 1.959963984540054 (as statsmodels'
    /// `kappa_low`/`kappa_upp`). Not clipped to [−1, 1].
    public var confidenceInterval95: ClosedRange<Double> {
        let half = CohenKappa.z975 * standardError
        return (kappa - half)...(kappa + half)
    }

    /// z = κ / SE₀ for the test of H₀: κ = 0 (nil when SE₀ is 0).
    public var z: Double? { standardErrorUnderNull > 0 ? kappa / standardErrorUnderNull : nil }

    /// The 0.975 quantile of the standard normal distribution.
    public static let z975 = 1.959963984540054

    /// Kappa from a square agreement table: `counts[i][j]` = items rater 1 put in category i and
    /// rater 2 in category j (same category order in rows and columns).
    public static func compute(_ counts: [[Int]]) throws(AgreementNotComputable) -> CohenKappa {
        let k = counts.count
        for (i, row) in counts.enumerated() {
            if row.count != k { throw .notSquare(rows: k, columns: row.count) }
            if let j = row.firstIndex(where: { $0 < 0 }) { throw .negativeCount(row: i, column: j) }
        }
        let n = counts.reduce(0) { $0 + $1.reduce(0, +) }
        guard n > 0 else { throw .noRatings }
        let total = Double(n)
        let p = counts.map { row in row.map { Double($0) / total } }
        let rowShares = p.map { $0.reduce(0, +) }
        let columnShares = (0..<k).map { j in p.reduce(0) { $0 + $1[j] } }
        let observed = (0..<k).reduce(0) { $0 + p[$1][$1] }
        let expected = (0..<k).reduce(0) { $0 + rowShares[$1] * columnShares[$1] }
        // pₑ = 1 exactly when both raters used one and the same category throughout; with
        // shares of whole counts it can only reach 1 up to rounding, hence the tolerance.
        guard expected < 1 - 1e-12 else { throw .allRatingsInOneCategory }
        let kappa = (observed - expected) / (1 - expected)

        var a = 0.0
        var b = 0.0
        for i in 0..<k {
            for j in 0..<k where p[i][j] > 0 {
                if i == j {
                    let term = 1 - (rowShares[i] + columnShares[i]) * (1 - kappa)
                    a += p[i][i] * term * term
                } else {
                    let sum = columnShares[i] + rowShares[j]
                    b += p[i][j] * sum * sum
                }
            }
        }
        b *= (1 - kappa) * (1 - kappa)
        let cRoot = kappa - expected * (1 - kappa)
        let scale = total * (1 - expected) * (1 - expected)
        let variance = max(0, (a + b - cRoot * cRoot) / scale)
        let nullSum = (0..<k).reduce(0) { $0 + rowShares[$1] * columnShares[$1] * (rowShares[$1] + columnShares[$1]) }
        let varianceNull = max(0, (expected + expected * expected - nullSum) / scale)
        return CohenKappa(
            n: n, categoryCount: k, observedAgreement: observed, expectedAgreement: expected, kappa: kappa,
            standardError: variance.squareRoot(), standardErrorUnderNull: varianceNull.squareRoot())
    }

    /// Kappa from two parallel rating lists (item i rated `first[i]` by rater 1 and `second[i]`
    /// by rater 2). Categories are the union of both lists, in sorted order.
    public static func compute<Category: Hashable & Comparable>(
        _ first: [Category], _ second: [Category]
    ) throws(AgreementNotComputable) -> CohenKappa {
        guard first.count == second.count else { throw .unequalLengths(first: first.count, second: second.count) }
        guard !first.isEmpty else { throw .noRatings }
        let categories = Array(Set(first).union(second)).sorted()
        var index: [Category: Int] = [:]
        for (position, category) in categories.enumerated() { index[category] = position }
        var counts = [[Int]](repeating: [Int](repeating: 0, count: categories.count), count: categories.count)
        for (x, y) in zip(first, second) { counts[index[x]!][index[y]!] += 1 }
        return try compute(counts)
    }
}
