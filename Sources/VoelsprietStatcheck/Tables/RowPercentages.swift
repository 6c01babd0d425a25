/// Recognises row percentages in a table with several groups of columns.
enum RowPercentages {
    /// The total frequency of each category row when the table holds row percentages: every row's
    /// percentages add up to 100 (± the sum tolerance) while not every group's column does; else nil.
    static func rowTotals(_ layout: TableLayout, options: StatcheckOptions) -> [Int?]? {
        let tolerance = options.percentSumTolerance + 1e-9
        let groups = layout.groups
        guard groups.count > 1, groups.allSatisfy({ $0.percentage != nil }) else { return nil }
        var columnSums = [Double](repeating: 0, count: groups.count)
        var totals: [Int?] = []
        for row in layout.categories {
            var rowSum = 0.0
            var frequencySum: Int? = 0
            for (g, group) in groups.enumerated() {
                guard let column = group.percentage, let p = percentage(row.cells[column]) else { return nil }
                rowSum += p
                columnSums[g] += p
                let f = group.frequency.flatMap { frequency(row.cells[$0]) }
                frequencySum = f.flatMap { value in frequencySum.map { $0 + value } }
            }
            guard abs(rowSum - 100) <= tolerance else { return nil }
            totals.append(frequencySum)
        }
        if columnSums.allSatisfy({ abs($0 - 100) <= tolerance }) { return nil }
        return totals
    }

    private static func percentage(_ cell: TableCells.Cell) -> Double? {
        switch cell {
        case .count(let value): return Double(value)
        case .decimal(let value), .countAndPercent(_, let value): return value
        default: return nil
        }
    }

    private static func frequency(_ cell: TableCells.Cell) -> Int? {
        switch cell {
        case .count(let value), .countAndPercent(let value, _): return value
        default: return nil
        }
    }
}
