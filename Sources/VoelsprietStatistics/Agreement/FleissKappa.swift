/// Fleiss' kappa for a fixed number m ≥ 2 of ratings per subject over nominal categories
/// (Fleiss 1971, "Measuring nominal scale agreement among many raters", Psychological Bulletin
/// 76(5), 378–382). The raters need not be the same people for every subject.
///
/// With N subjects, nᵢⱼ ratings of subject i in category j and pⱼ = Σᵢ nᵢⱼ / (N m):
/// - per-subject agreement Pᵢ = (Σⱼ nᵢⱼ² − m) / (m (m − 1)), mean P̄ (the observed agreement),
/// - chance agreement P̄ₑ = Σⱼ pⱼ²,
/// - κ = (P̄ − P̄ₑ) / (1 − P̄ₑ).
/// This is statsmodels' `fleiss_kappa(table, method="fleiss")` and R's `irr::kappam.fleiss`
/// (checked against statsmodels in `agreement.json`).
///
/// Two standard errors under H₀: κ = 0 are given (neither is a confidence-interval SE):
/// - `standardErrorUnderNull`, Fleiss, Nee & Landis (1979), Psychological Bulletin 86(5),
///   974–977, which replaced the 1971 expression:
///   Var₀(κ) = 2 / (N m (m − 1)) · [(Σⱼ pⱼqⱼ)² − Σⱼ pⱼqⱼ (qⱼ − pⱼ)] / (Σⱼ pⱼqⱼ)², qⱼ = 1 − pⱼ;
/// - `standardErrorUnderNullFleiss1971`, the original expression of Fleiss (1971), which R's
///   `irr::kappam.fleiss` still uses for its z (read in its source, R/kappam.fleiss.R):
///   Var₀(κ) = 2 / (N m (m − 1)) · [Σpⱼ² − (2m − 3)(Σpⱼ²)² + 2(m − 2) Σpⱼ³] / (1 − Σpⱼ²)².
///   Use it only to reproduce irr's output; on the 10-subject, 14-rater example it gives
///   0.0202 where the 1979 one gives 0.0170 (they coincide in the fixture only for its
///   two-rater, two-category table).
/// No installable library reports either, so the fixture holds exact rational evaluations of
/// both formulas in Python (independent transcriptions, not third-party results).
public struct FleissKappa: Sendable, Hashable {
    /// Number of subjects (rows).
    public let subjects: Int
    /// Ratings per subject (m).
    public let ratersPerSubject: Int
    /// P̄: mean agreement over subjects.
    public let observedAgreement: Double
    /// P̄ₑ: agreement expected by chance.
    public let expectedAgreement: Double
    /// κ = (P̄ − P̄ₑ) / (1 − P̄ₑ).
    public let kappa: Double
    /// Standard error under H₀: κ = 0 (Fleiss, Nee & Landis 1979).
    public let standardErrorUnderNull: Double
    /// The same after Fleiss (1971), as R's `irr::kappam.fleiss` computes it.
    public let standardErrorUnderNullFleiss1971: Double

    /// z = κ / SE₀ for the test of H₀: κ = 0.
    public var z: Double? { standardErrorUnderNull > 0 ? kappa / standardErrorUnderNull : nil }

    /// Kappa from a subjects × categories table: `counts[i][j]` = how many raters put subject i
    /// in category j. Every row must sum to the same m ≥ 2.
    public static func compute(_ counts: [[Int]]) throws(AgreementNotComputable) -> FleissKappa {
        guard let first = counts.first, !first.isEmpty else { throw .noRatings }
        let m = first.reduce(0, +)
        for (i, row) in counts.enumerated() {
            if let j = row.firstIndex(where: { $0 < 0 }) { throw .negativeCount(row: i, column: j) }
            let sum = row.reduce(0, +)
            if row.count != first.count || sum != m {
                throw .unequalRaterCounts(subject: i, expected: m, found: sum)
            }
        }
        guard m >= 2 else { throw .fewerThanTwoRaters }
        let subjects = counts.count
        let ratings = Double(subjects * m)
        let shares = (0..<first.count).map { j in Double(counts.reduce(0) { $0 + $1[j] }) / ratings }
        // Σⱼ nᵢⱼ² − m counts the ordered pairs of raters who agree on subject i; integers keep it exact.
        let agreeingPairs = counts.reduce(0) { total, row in total + row.reduce(0) { $0 + $1 * $1 } - m }
        let observed = Double(agreeingPairs) / (Double(subjects) * Double(m) * Double(m - 1))
        let expected = shares.reduce(0) { $0 + $1 * $1 }
        guard expected < 1 - 1e-12 else { throw .allRatingsInOneCategory }
        let kappa = (observed - expected) / (1 - expected)
        let pq = shares.reduce(0) { $0 + $1 * (1 - $1) }
        let skew = shares.reduce(0) { $0 + $1 * (1 - $1) * ((1 - $1) - $1) }
        let scale = 2 / (Double(subjects) * Double(m) * Double(m - 1))
        let variance = scale * (pq * pq - skew) / (pq * pq)
        // Fleiss (1971): Σpⱼ² is the chance agreement P̄ₑ.
        let cubes = shares.reduce(0) { $0 + $1 * $1 * $1 }
        let m2 = Double(m)
        let variance1971 = scale * (expected - (2 * m2 - 3) * expected * expected + 2 * (m2 - 2) * cubes)
            / ((1 - expected) * (1 - expected))
        return FleissKappa(
            subjects: subjects, ratersPerSubject: m, observedAgreement: observed, expectedAgreement: expected,
            kappa: kappa, standardErrorUnderNull: max(0, variance).squareRoot(),
            standardErrorUnderNullFleiss1971: max(0, variance1971).squareRoot())
    }
}
