/// A test result as read from the text, before any computation.
struct RawStatement {
    var test: StatcheckStatement.Test
    var df: [Double]
    var statistic: ReportedNumber
    var comparison: StatcheckStatement.Comparison
    /// nil for `p = n.s.`
    var p: ReportedNumber?
    /// Normalised range from the symbol to the end of the p value.
    var range: Range<Int>
}
