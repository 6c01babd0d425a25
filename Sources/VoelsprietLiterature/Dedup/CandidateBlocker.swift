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
        var forward = SortedTitles()
        for (index, record) in features.enumerated() {
            for title in record.titles { forward.append(title, index: index) }
        }
        forward.visitNeighbours(window: options.window, visit)
        progress(0.6)
        var backward = SortedTitles()
        for (index, record) in features.enumerated() {
            if let title = record.titles.first { backward.append(Array(title.reversed()), index: index) }
        }
        backward.visitNeighbours(window: options.window, visit)
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

}

/// A sorted neighbourhood: titles (or reversed titles) ordered by their bytes and then by the
/// record's index; each is paired with the next `window − 1` of other records.
///
/// Sorting moves small entries only: the first eight bytes of the key packed big-endian into an
/// integer (zero-padded; no title byte is zero), which decides most comparisons, and the slot
/// of the full key.
struct SortedTitles {
    private var keys: [[UInt8]] = []
    private var indices: [Int] = []
    private var entries: [(prefix: UInt64, slot: Int32)] = []

    mutating func append(_ key: [UInt8], index: Int) {
        var prefix: UInt64 = 0
        for k in 0..<8 { prefix = prefix << 8 | UInt64(k < key.count ? key[k] : 0) }
        entries.append((prefix, Int32(keys.count)))
        keys.append(key)
        indices.append(index)
    }

    mutating func visitNeighbours(window: Int, _ visit: (Int, Int) -> Void) {
        keys.withUnsafeBufferPointer { keys in
            indices.withUnsafeBufferPointer { indices in
                entries.sort { x, y in
                    if x.prefix != y.prefix { return x.prefix < y.prefix }
                    let order = SortedTitles.compare(keys[Int(x.slot)], keys[Int(y.slot)])
                    return order != 0 ? order < 0 : indices[Int(x.slot)] < indices[Int(y.slot)]
                }
            }
        }
        let window = max(2, window)
        for position in entries.indices {
            let i = indices[Int(entries[position].slot)]
            for other in entries[(position + 1)..<min(entries.count, position + window)] {
                let j = indices[Int(other.slot)]
                if j != i { visit(min(i, j), max(i, j)) }
            }
        }
    }

    /// Lexicographic comparison of two keys whose first eight bytes are equal: −1, 0 or 1.
    private static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                let common = min(a.count, b.count)
                var k = 8
                while k < common {
                    if a[k] != b[k] { return a[k] < b[k] ? -1 : 1 }
                    k += 1
                }
                return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
            }
        }
    }
}
