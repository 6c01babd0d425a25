/// Why a chart cannot be drawn.
public enum ChartProblem: Sendable, Equatable {
    /// No bars, or no rows.
    case noData
    /// A diverging chart without scale points (legend).
    case noScale
}

extension Chart {
    /// Why the chart cannot be drawn, or nil when it can. Writers show a warning box instead.
    public var problem: ChartProblem? {
        switch self {
        case .bars(let chart): chart.bars.isEmpty ? .noData : nil
        case .diverging(let chart): chart.legend.isEmpty ? .noScale : (chart.rows.isEmpty ? .noData : nil)
        }
    }

    /// The chart as the writers draw it: every percentage finite and within 0–100, and every
    /// diverging row exactly as long as the legend (cut, or padded with zeros).
    var normalized: Chart {
        switch self {
        case .bars(var chart):
            chart.bars = chart.bars.map {
                BarChart.Bar(label: $0.label, count: $0.count, percent: Self.clamp($0.percent))
            }
            return .bars(chart)
        case .diverging(var chart):
            let points = chart.legend.count
            chart.rows = chart.rows.map { row in
                let percents = row.percents.prefix(points).map(Self.clamp)
                return DivergingChart.Row(
                    label: row.label, percents: percents + Array(repeating: 0, count: points - percents.count), n: row.n
                )
            }
            return .diverging(chart)
        }
    }

    static func clamp(_ value: Double) -> Double { value.isFinite ? min(100, max(0, value)) : 0 }

    /// A percentage as every writer shows it: rounded to a whole number.
    static func percentText(_ value: Double) -> String { "\(Int(clamp(value).rounded()))" }
}
