/// The outcome of the Fisher–Freeman–Halton exact test on an r×c table.
public struct FisherFreemanHaltonResult: Sendable, Hashable {
    /// Two-sided p: the total probability, given both margins, of all tables no more likely than
    /// the observed one (probability ≤ P_observed · (1 + 1e-7), R's `fisher.test` rule).
    public let p: Double
    /// log₁₀ of `p`, finite where `p` underflows to zero.
    public let log10P: Double
    /// The hypergeometric probability of the observed table itself.
    public let observedProbability: Double
    /// Number of observations.
    public let n: Int
    /// Rows and columns of the table the test ran on (after dropping empty ones).
    public let rowCount: Int
    public let columnCount: Int
    /// Original indices of rows dropped because their total was zero.
    public let droppedRows: [Int]
    /// Original indices of columns dropped because their total was zero.
    public let droppedColumns: [Int]
    /// Work spent: partial tables examined plus tail lists built and queried (compare
    /// `FisherFreemanHaltonTest.defaultWorkLimit`).
    public let work: Int
}
