/// Samples as counts over their distinct values in ascending order, the form in which a
/// report holds a scale item's answers: `counts[g][j]` values of group g equal `values[j]`.
func tallies(_ groups: [[Double]]) -> (values: [Double], counts: [[Int]]) {
    let values = Array(Set(groups.flatMap { $0 })).sorted()
    let position = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0) })
    let counts = groups.map { group in
        var counts = [Int](repeating: 0, count: values.count)
        for value in group { counts[position[value]!] += 1 }
        return counts
    }
    return (values, counts)
}
