/// Closed forms and bounds for the completions of a partial table in `ExactTableEnumerator`.
///
/// A completion fills the columns `columns[from...]` (ascending) with the `remaining` row totals
/// (ascending); its log weight is −Σ ln xᵢⱼ!.
enum ExactTableBounds {
    /// ln of Σ Π 1/x! over all completions, N′! / (Π rᵢ′! Π cⱼ!) in logs, given Σ ln cⱼ! of the
    /// remaining columns.
    static func logMass(_ remaining: [Int], _ columnLogFactorials: Double, logFactorial: [Double]) -> Double {
        var total = 0, sum = 0.0
        for value in remaining {
            total += value
            sum += logFactorial[value]
        }
        return logFactorial[total] - sum - columnLogFactorials
    }

    /// (an upper bound of the completion log weight, an upper bound of its Σ ln x!): bounds on
    /// the most and on the least likely completion. Relaxing the table to its columns alone,
    /// Σ ln x! of a column is smallest when its total is spread as evenly as the row caps allow
    /// and largest when it fills the largest caps first (ln x! is convex, so both follow from
    /// majorisation); relaxing it to its rows alone gives a second pair, and the tighter is used.
    static func bounds(
        columns: [Int], from stage: Int, remaining: [Int], logFactorial: [Double]
    ) -> (most: Double, least: Double) {
        var evenColumns = 0.0, fullColumns = 0.0
        for column in stage..<columns.count {
            evenColumns += spreadEvenly(columns[column], caps: remaining, from: 0, logFactorial)
            fullColumns += fillLargest(columns[column], caps: remaining, from: 0, logFactorial)
        }
        var evenRows = 0.0, fullRows = 0.0
        for value in remaining {
            evenRows += spreadEvenly(value, caps: columns, from: stage, logFactorial)
            fullRows += fillLargest(value, caps: columns, from: stage, logFactorial)
        }
        return (-max(evenColumns, evenRows), min(fullColumns, fullRows))
    }

    /// min Σ ln xᵢ! over Σ xᵢ = total, 0 ≤ xᵢ ≤ capᵢ for the ascending caps[from...]: water-filling.
    private static func spreadEvenly(_ total: Int, caps: [Int], from start: Int, _ lf: [Double]) -> Double {
        var left = total, sum = 0.0
        for index in start..<caps.count {
            let count = caps.count - index
            let cap = caps[index]
            if cap <= left / count {
                sum += lf[cap]
                left -= cap
                continue
            }
            // Every remaining cap exceeds the even share: spread `left` as evenly as possible.
            let base = left / count, extra = left % count
            return sum + Double(count - extra) * lf[base] + Double(extra) * lf[base + 1]
        }
        return sum
    }

    /// max Σ ln xᵢ! over Σ xᵢ = total, 0 ≤ xᵢ ≤ capᵢ for the ascending caps[from...]: largest first.
    private static func fillLargest(_ total: Int, caps: [Int], from start: Int, _ lf: [Double]) -> Double {
        var left = total, sum = 0.0, index = caps.count - 1
        while left > 0 && index >= start {
            let take = min(caps[index], left)
            sum += lf[take]
            left -= take
            index -= 1
        }
        return sum
    }
}
