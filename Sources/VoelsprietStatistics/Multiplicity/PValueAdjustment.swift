/// Adjusted p values for a family of m tests, as R's `p.adjust`.
///
/// With p₍₁₎ ≤ … ≤ p₍ₘ₎ the sorted p values of the family:
/// - Holm (1979, Scand. J. Statist. 6, 65–70), step-down, controls the family-wise error rate:
///   p̃₍ᵢ₎ = min(1, max_{j ≤ i} (m − j + 1) · p₍ⱼ₎);
/// - Benjamini & Hochberg (1995, J. R. Statist. Soc. B 57, 289–300), step-up, controls the false discovery rate:
///   p̃₍ᵢ₎ = min(1, min_{j ≥ i} m / j · p₍ⱼ₎).
///
/// Missing entries (`nil` or NaN, for tests that were not computed) are left out of the family,
/// so m counts only the present p values, and stay missing in their place; the others keep
/// their order. This is R's `p.adjust(p, method = "holm" | "BH")`, whose default
/// n = length(p) is taken after dropping NAs; `Fixtures/p_adjust.json` checks us against it.
/// Ties give equal adjusted values whatever their order.
public enum PValueAdjustment {
    /// The adjustment method.
    public enum Method: String, Sendable, Hashable, CaseIterable {
        /// Holm's step-down family-wise error rate adjustment.
        case holm
        /// Benjamini–Hochberg false discovery rate adjustment (R's "BH", also "fdr").
        case benjaminiHochberg = "BH"
    }

    /// Adjusted p values in the order of `p`; nil where `p` is nil or NaN. Throws for a value
    /// below 0, above 1 or infinite.
    public static func adjust(_ p: [Double?], method: Method) throws(StatisticNotComputable) -> [Double?] {
        var present: [(position: Int, value: Double)] = []
        for (position, value) in p.enumerated() {
            guard let value, !value.isNaN else { continue }
            guard value >= 0, value <= 1 else { throw .pValueOutOfRange(index: position) }
            present.append((position, value))
        }
        // Stable sort by value: the order among ties does not change the result.
        present.sort { $0.value < $1.value || ($0.value == $1.value && $0.position < $1.position) }
        let m = Double(present.count)
        var adjusted = [Double?](repeating: nil, count: p.count)
        switch method {
        case .holm:
            var running = 0.0
            for (rank, entry) in present.enumerated() {
                running = max(running, min(1, (m - Double(rank)) * entry.value))
                adjusted[entry.position] = running
            }
        case .benjaminiHochberg:
            var running = 1.0
            for (rank, entry) in present.enumerated().reversed() {
                running = min(running, m / Double(rank + 1) * entry.value)
                adjusted[entry.position] = running
            }
        }
        return adjusted
    }

    /// Holm-adjusted p values (see the type's documentation).
    public static func holm(_ p: [Double?]) throws(StatisticNotComputable) -> [Double?] {
        try adjust(p, method: .holm)
    }

    /// Benjamini–Hochberg-adjusted p values (see the type's documentation).
    public static func benjaminiHochberg(_ p: [Double?]) throws(StatisticNotComputable) -> [Double?] {
        try adjust(p, method: .benjaminiHochberg)
    }
}
