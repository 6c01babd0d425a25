/// What one column of an instrument-layout CSV feeds.
enum CSVColumnPlan: Sendable {
    case ignore
    case single(variable: Int, codes: [[UInt8]])
    case option(variable: Int, bit: Int64)
    case text(variable: Int)
}
