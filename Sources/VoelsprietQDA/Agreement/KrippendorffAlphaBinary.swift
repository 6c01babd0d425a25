// Krippendorff's alpha, nominal, for binary coded / not-coded values with every coder rating every
// unit, computed from unit counts per coder set.

/// Krippendorff's alpha for nominal data after Krippendorff (2011), "Computing Krippendorff's
/// Alpha-Reliability", Annenberg School for Communication, University of Pennsylvania
/// (repository.upenn.edu/asc_papers/43), section C (nominal data, any number of observers).
///
/// Values are 1 (the coder coded the unit with the code) and 0 (did not). With mᵤ values in unit u
/// (here mᵤ = m, the number of coders, for every unit, so every unit is pairable), the coincidence
/// matrix is
///
///     o_ck = Σᵤ (number of ordered pairs of values c, k from different coders in u) / (mᵤ − 1),
///
/// with marginals n_c = Σ_k o_ck and n·· = Σ_c n_c, the number of pairable values (N units × m).
/// For nominal data (δ_ck = 0 when c = k, 1 otherwise)
///
///     α = 1 − D_o / D_e = 1 − (n·· − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k.
///
/// With two values this is α = 1 − (n·· − 1) · o₀₁ / (n₀ · n₁), where, if kᵤ coders coded unit
/// u, o₀₁ = Σᵤ kᵤ (m − kᵤ) / (m − 1), n₁ = Σᵤ kᵤ and n₀ = n·· − n₁. The counts are integers (exact
/// up to 2⁵², which the input check guarantees); only the final quotient is floating point.
/// α is undefined (D_e = 0) when all values are equal: n₀ = 0 or n₁ = 0. This is the figure of
/// the PyPI `krippendorff` package, `alpha(reliability_data, level_of_measurement="nominal")`,
/// against which the fixtures check it.
enum KrippendorffAlphaBinary {
    static func alpha(_ tally: StatusTally) -> AgreementFigure {
        let units = tally.units
        let m = tally.coderCount
        guard units > 0, m >= 2 else { return .undefined(.noUnits) }
        let values = units * m
        let ones = tally.codedValues
        let zeros = values - ones
        guard ones > 0, zeros > 0 else { return .undefined(.allUnitsAlike) }
        // (n·· − 1) · o₀₁ / (n₀ n₁) with o₀₁ = mixed / (m − 1); the products can pass 2⁶³, so the
        // quotient is formed in Double from exact integer factors.
        let observed = Double(tally.mixedPairs) / Double(m - 1)
        let ratio = Double(values - 1) * observed / (Double(zeros) * Double(ones))
        return .defined(1 - ratio)
    }
}
