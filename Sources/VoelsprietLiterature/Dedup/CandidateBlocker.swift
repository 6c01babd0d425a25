// Candidate pairs without comparing all pairs: exact-key blocks and sorted neighbourhoods.

/// Generates the pairs worth comparing. Cost is O(n log n) for the sorts plus
/// O(n · window) comparisons per sort order; exact-key blocks are bounded by `maxBlockSize`.
struct CandidateBlocker {
    let features: [RecordFeatures]
    let options: DeduplicationOptions

    /// DOIs and PubMed ids carried by more than `maxBlockSize` records: a book DOI on every
    /// chapter or a placeholder, not an identifier of one publication.
    func untrustedIdentifiers() -> (dois: Set<String>, pmids: Set<String>) {
        (overfull(features.compactMap(\.doi)), overfull(features.compactMap(\.pmid)))
    }

    private func overfull(_ keys: [String]) -> Set<String> {
        var counts: [String: Int] = [:]
        for key in keys { counts[key, default: 0] += 1 }
        return Set(counts.filter { $0.value > options.maxBlockSize }.keys)
    }

    /// Calls `visit(i, j)` with i < j for every candidate pair (a pair may come more than once).
    /// `progress` receives the share of the work done.
    func forEachCandidate(untrusted: (dois: Set<String>, pmids: Set<String>), progress: (Double) -> Void, visit: (Int, Int) -> Void) {
        var doiBlocks: [String: [Int]] = [:]
        var pmidBlocks: [String: [Int]] = [:]
        var authorBlocks: [String: [Int]] = [:]
        for (index, record) in features.enumerated() {
            if let doi = record.doi, !untrusted.dois.contains(doi) { doiBlocks[doi, default: []].append(index) }
            if let pmid = record.pmid, !untrusted.pmids.contains(pmid) { pmidBlocks[pmid, default: []].append(index) }
            if let key = CandidateBlocker.authorYearPageKey(record) { authorBlocks[key, default: []].append(index) }
        }
        for block in [doiBlocks, pmidBlocks, authorBlocks] {
            for members in block.values where members.count > 1 { visitBlock(members, visit) }
        }
        progress(0.2)
        var forward: [(key: [UInt8], index: Int)] = []
        forward.reserveCapacity(features.count)
        for (index, record) in features.enumerated() {
            for title in record.titles { forward.append((title, index)) }
        }
        sortedNeighbourhood(&forward, visit)
        progress(0.6)
        var backward = features.enumerated().compactMap { index, record in
            record.titles.first.map { (key: Array($0.reversed()), index: index) }
        }
        sortedNeighbourhood(&backward, visit)
        progress(1)
    }

    /// First author's surname, year and first page: finds duplicates whose titles differ at both
    /// ends (a translated title, a typo in the first and last word).
    static func authorYearPageKey(_ record: RecordFeatures) -> String? {
        guard let author = record.firstAuthor, let year = record.year, let page = record.pages?.first else { return nil }
        return "\(author.surname)|\(year)|\(page)"
    }

    /// All pairs of a block within `maxBlockSize`; larger blocks only within the window.
    private func visitBlock(_ members: [Int], _ visit: (Int, Int) -> Void) {
        let reach = members.count <= options.maxBlockSize ? members.count : options.window
        for (position, i) in members.enumerated() {
            for j in members[(position + 1)..<min(members.count, position + reach)] { visit(i, j) }
        }
    }

    private func sortedNeighbourhood(_ entries: inout [(key: [UInt8], index: Int)], _ visit: (Int, Int) -> Void) {
        entries.sort { $0.key.lexicographicallyPrecedes($1.key) || $0.key == $1.key && $0.index < $1.index }
        let window = max(2, options.window)
        for position in entries.indices {
            let i = entries[position].index
            for other in entries[(position + 1)..<min(entries.count, position + window)] where other.index != i {
                visit(min(i, other.index), max(i, other.index))
            }
        }
    }
}
