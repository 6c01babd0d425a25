#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// ln k! for k = 0…n, as `lgamma(k + 1)`: the table the exact r×c test works from.
///
/// Building it costs n + 1 calls of `lgamma`, which for a large n is more than the rest of a
/// test that is then refused for its size. A report with many tables over the same respondents
/// builds one table for its largest n and hands it to each test (`FisherFreemanHaltonTest`),
/// with the same values, so the same results, as a table built per test.
public struct LogFactorials: Sendable {
    /// `values[k]` = ln k!.
    public let values: [Double]

    /// The table for 0…`n` (n ≥ 0).
    public init(upTo n: Int) {
        values = (0...max(0, n)).map { lgamma(Double($0) + 1) }
    }

    /// The largest k the table holds.
    public var upperBound: Int { values.count - 1 }
}
