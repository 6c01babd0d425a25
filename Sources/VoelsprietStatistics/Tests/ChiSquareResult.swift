/// The outcome of Pearson's chi-square test of independence on a contingency table.
public struct ChiSquareResult: Sendable, Hashable {
    /// The statistic Σ (O − E)² / E, after dropping empty rows and columns (and with Yates'
    /// continuity correction when `yatesCorrected`).
    public let chi2: Double
    /// Degrees of freedom (r − 1)(c − 1) of the reduced table.
    public let degreesOfFreedom: Int
    /// Two-sided p value: P(χ²(df) ≥ chi2).
    public let p: Double
    /// log₁₀ of `p`, finite where `p` underflows to zero.
    public let log10P: Double
    /// Number of observations.
    public let n: Int
    /// Cramér's V = √(χ² / (n · (min(r, c) − 1))), from the uncorrected statistic.
    public let cramersV: Double
    /// The smallest expected count.
    public let minExpected: Double
    /// Cells whose expected count is below 5.
    public let cellsBelow5: Int
    /// Cells in the reduced table.
    public let cellCount: Int
    /// Original indices of rows dropped because their total was zero.
    public let droppedRows: [Int]
    /// Original indices of columns dropped because their total was zero.
    public let droppedColumns: [Int]
    /// Whether Yates' continuity correction was applied (only ever for 2×2, on request).
    public let yatesCorrected: Bool

    /// The share of cells with an expected count below 5, 0…1.
    public var shareBelow5: Double { cellCount == 0 ? 0 : Double(cellsBelow5) / Double(cellCount) }
}
