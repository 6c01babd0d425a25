// Interval arithmetic behind the agreement counts: a coder's codings of one code in one source
// become sorted disjoint ranges, and a boundary sweep over all coders' ranges splits the text into
// runs in which the set of coders who coded is constant. Cost grows with the number of codings,
// never with the number of characters.

/// The set of coders who coded a unit: bit i is set when coder i (in the compared order) coded it.
typealias CoderMask = UInt64

enum CoverageSweep {
    /// The union of ranges as sorted, disjoint, non-touching, non-empty ranges (touching or
    /// overlapping ranges merge: a character is coded once however many codings cover it).
    static func union(_ ranges: [ScalarRange]) -> [ScalarRange] {
        let sorted = ranges.filter { !$0.isEmpty }.sorted()
        var merged: [ScalarRange] = []
        merged.reserveCapacity(sorted.count)
        for range in sorted {
            if let last = merged.last, range.start <= last.end {
                merged[merged.count - 1].end = max(last.end, range.end)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// Runs of constant coder set over the covered part of a text, in text order. `perCoder[i]`
    /// holds coder i's ranges as returned by `union`. Only runs that at least one coder coded are
    /// returned (the mask is never 0); consecutive runs differ in mask, so each run is maximal
    /// unless it is followed by a gap nobody coded.
    static func coveredRuns(_ perCoder: [[ScalarRange]]) -> [(range: ScalarRange, mask: CoderMask)] {
        var events: [(position: Int, bit: CoderMask, isStart: Bool)] = []
        events.reserveCapacity(perCoder.reduce(0) { $0 + 2 * $1.count })
        for (coder, ranges) in perCoder.enumerated() {
            let bit: CoderMask = 1 << CoderMask(coder)
            for range in ranges {
                events.append((range.start, bit, true))
                events.append((range.end, bit, false))
            }
        }
        events.sort { $0.position < $1.position }
        var runs: [(range: ScalarRange, mask: CoderMask)] = []
        var mask: CoderMask = 0
        var previous = 0
        var index = 0
        while index < events.count {
            let position = events[index].position
            if mask != 0 && position > previous {
                runs.append((ScalarRange(start: previous, end: position), mask))
            }
            // A coder's ranges never touch, so each coder has at most one event here.
            while index < events.count && events[index].position == position {
                let event = events[index]
                mask = event.isStart ? mask | event.bit : mask & ~event.bit
                index += 1
            }
            previous = position
        }
        return runs
    }

    /// The full partition of `0..<length` into maximal runs of constant coder set, gaps that no
    /// coder coded included (mask 0).
    static func partition(_ perCoder: [[ScalarRange]], length: Int) -> [(range: ScalarRange, mask: CoderMask)] {
        var result: [(range: ScalarRange, mask: CoderMask)] = []
        var position = 0
        for run in coveredRuns(perCoder) {
            if run.range.start > position {
                result.append((ScalarRange(start: position, end: run.range.start), 0))
            }
            result.append(run)
            position = run.range.end
        }
        if position < length { result.append((ScalarRange(start: position, end: length), 0)) }
        return result
    }

    /// The coder set of every paragraph that at least one coder's range overlaps, keyed by the
    /// paragraph's index in `paragraphs` (sorted by start, disjoint). Each range finds its first
    /// paragraph by binary search over the paragraph ends and walks on while paragraphs start
    /// before the range ends, so the cost is the number of touched paragraphs plus a logarithm.
    static func paragraphMasks(_ perCoder: [[ScalarRange]], paragraphs: [ScalarRange]) -> [Int: CoderMask] {
        var masks: [Int: CoderMask] = [:]
        for (coder, ranges) in perCoder.enumerated() {
            let bit: CoderMask = 1 << CoderMask(coder)
            for range in ranges {
                var index = firstParagraph(endingAfter: range.start, in: paragraphs)
                while index < paragraphs.count && paragraphs[index].start < range.end {
                    masks[index, default: 0] |= bit
                    index += 1
                }
            }
        }
        return masks
    }

    /// Index of the first paragraph whose end lies after `position` (paragraphs.count if none).
    private static func firstParagraph(endingAfter position: Int, in paragraphs: [ScalarRange]) -> Int {
        var low = 0
        var high = paragraphs.count
        while low < high {
            let middle = low + (high - low) / 2
            if paragraphs[middle].end <= position { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
