extension PrismaSourceCount {
    /// One source per database, hits summed over its runs (a database searched twice, e.g. an
    /// update search, appears once), in order of first appearance. For the "databases" list of
    /// `PrismaCounts`; runs of registers or web searches belong in their own lists.
    public static func from(_ runs: [SearchRun]) -> [PrismaSourceCount] {
        var order: [String] = []
        var totals: [String: Int] = [:]
        for run in runs {
            if totals[run.database] == nil { order.append(run.database) }
            totals[run.database, default: 0] += run.hits
        }
        return order.map { PrismaSourceCount($0, totals[$0]!) }
    }
}
