// Everything deduplication compares about one record, normalised once up front.

import Foundation

/// A final class, not a struct: the candidate loop hands the same record to many comparisons,
/// and passing one reference costs one retain where copying the fields would cost one per array.
final class RecordFeatures: Sendable {
    let doi: String?
    let pmid: String?
    /// Compact (space-free) normalised title variants as bytes; the first is the whole title.
    let titles: [[UInt8]]
    /// Byte counts of each of `titles` in 32 buckets (byte mod 32), for `EditDistance.lowerBound`.
    let titleProfiles: [SIMD32<UInt16>]
    /// Sorted distinct FNV-1a hashes of the whole title's words (for word overlap).
    let titleWords: [UInt32]
    let numbers: [String]
    let notice: TitleNotice?
    /// Keys of the first three authors (of the first 12 names, placeholders left out): only
    /// the first author and the first three are ever compared.
    let authors: [AuthorKey]
    let year: Int?
    let journal: [String]
    let issns: Set<String>
    let volume: String?
    let pages: PageRange?
    /// Published in a supplement or as a meeting abstract (page "S12", issue "Suppl 1", ...).
    let supplement: Bool
    /// First 100 bytes of the compact normalised abstract; nil for none or one under 30 letters
    /// (placeholders such as "No abstract available").
    let abstractStart: [UInt8]?
    /// How many fields the record fills (representative choice).
    let completeness: Int

    init(_ record: LiteratureRecord) {
        doi = record.doi.flatMap(DOI.normalise)
        pmid = record.pmid.flatMap(RecordFeatures.digits)
        let variants = TitleNormaliser.variantBytes(record.title ?? "")
        titles = variants.map { $0.filter { $0 != 0x20 } }.filter { !$0.isEmpty }
        titleProfiles = titles.map(EditDistance.profile)
        let whole = variants.first ?? []
        titleWords = RecordFeatures.wordHashes(whole)
        numbers = TitleNormaliser.numbers(bytes: whole)
        notice = TitleNormaliser.notice(bytes: whole)
        authors = AuthorKey.leadingKeys(record.authors, names: 12, keys: 3)
        year = record.year
        journal = record.journal.map(JournalName.words) ?? []
        issns = record.issn.map(JournalName.issns) ?? []
        volume = record.volume.flatMap(RecordFeatures.leadingNumber)
        let pages = record.pages.flatMap(PageRange.init)
        self.pages = pages
        let extra = [record.volume, record.issue, record.journal].compactMap { $0?.lowercased() }
        supplement = pages?.prefix == "s"
            || extra.contains { field in
                ["suppl", "conference", "meeting", "congress"].contains { TextFolding.contains(field, $0) }
            }
        abstractStart = record.abstract.flatMap(RecordFeatures.abstractStart)
        completeness = RecordFeatures.completeness(record)
    }

    var firstAuthor: AuthorKey? { authors.first }

    /// Features of every record, in input order. The records are split into one contiguous
    /// chunk per core and extracted concurrently; each feature depends on its record alone,
    /// so the result is the same as a sequential `records.map(RecordFeatures.init)`.
    static func extract(_ records: [LiteratureRecord]) -> [RecordFeatures] {
        let chunks = records.count >= 2_000 ? min(8, max(1, ProcessInfo.processInfo.activeProcessorCount)) : 1
        guard chunks > 1 else { return records.map(RecordFeatures.init) }
        var parts = [[RecordFeatures]](repeating: [], count: chunks)
        parts.withUnsafeMutableBufferPointer { buffer in
            let output = ChunkOutput(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lower = records.count * chunk / chunks, upper = records.count * (chunk + 1) / chunks
                output.store(records[lower..<upper].map(RecordFeatures.init), at: chunk)
            }
        }
        return Array(parts.joined())
    }

    /// Fields filled, counting the abstract double (it matters most for screening).
    static func completeness(_ r: LiteratureRecord) -> Int {
        let optionals: [String?] = [r.title, r.abstract, r.abstract, r.journal, r.volume, r.issue, r.pages, r.doi, r.pmid, r.issn, r.url, r.language]
        let filled = optionals.filter { $0.map(hasContent) ?? false }.count
        return filled + (r.authors.isEmpty ? 0 : 1) + (r.year == nil ? 0 : 1) + (r.keywords.isEmpty ? 0 : 1)
    }

    /// Whether a field holds anything besides whitespace (cheap: scans bytes, stops early).
    static func hasContent(_ text: String) -> Bool {
        text.utf8.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }

    private static func digits(_ text: String) -> String? {
        let d = text.filter { $0.isASCII && $0.isNumber }
        let trimmed = d.drop { $0 == "0" }
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    private static func leadingNumber(_ text: String) -> String? {
        let d = TextFolding.trimmed(text).prefix { $0.isASCII && $0.isNumber }.drop { $0 == "0" }
        return d.isEmpty ? nil : String(d)
    }

    /// Sorted distinct FNV-1a hashes of the space-separated words of a normalised title.
    static func wordHashes(_ normalised: [UInt8]) -> [UInt32] {
        var hashes: [UInt32] = []
        var hash: UInt32 = 2_166_136_261, inWord = false
        for byte in normalised {
            if byte == 0x20 {
                if inWord { hashes.append(hash) }
                hash = 2_166_136_261; inWord = false
            } else {
                hash = (hash ^ UInt32(byte)) &* 16_777_619; inWord = true
            }
        }
        if inWord { hashes.append(hash) }
        hashes.sort()
        var distinct: [UInt32] = []
        distinct.reserveCapacity(hashes.count)
        for value in hashes where distinct.last != value { distinct.append(value) }
        return distinct
    }

    /// First 100 bytes of the compact folded abstract, nil under 30. Only the start is compared,
    /// so only the start is folded: 400 characters leave well over 100 letters after markup
    /// and spaces are gone.
    static func abstractStart(_ abstract: String) -> [UInt8]? {
        let fast = abstract.utf8.withContiguousStorageIfAvailable { bytes -> [UInt8]? in
            guard let end = headEnd(bytes, characters: 400) else { return nil }
            return TextFolding.foldFast(UnsafeBufferPointer(rebasing: bytes[..<end]))
        }
        let folded: [UInt8]
        if let fast, let fast { folded = fast } else { folded = TextFolding.foldedBytes(String(abstract.prefix(400))) }
        var compact: [UInt8] = []
        compact.reserveCapacity(100)
        var letters = 0
        for byte in folded where byte != 0x20 {
            letters += 1
            if compact.count < 100 { compact.append(byte) }
        }
        return letters >= 30 ? compact : nil
    }

    /// Byte length of the first `characters` characters of `bytes`, when that equals its first
    /// `characters` scalars: no CR (CR LF is one character) and the scalar after the head ASCII
    /// or one `ScalarFolds` knows (so not a combining mark belonging to the last character).
    /// Scalars inside the head that could join others are rejected by `foldFast` itself.
    private static func headEnd(_ bytes: UnsafeBufferPointer<UInt8>, characters: Int) -> Int? {
        var scalars = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 || byte >= 0xC0 {
                if scalars == characters { break }
                scalars += 1
            }
            if byte == 0x0D { return nil }
            index += 1
        }
        guard index < bytes.count, bytes[index] >= 0x80 else { return index }
        let lead = bytes[index]
        guard lead >= 0xC0 && lead < 0xF0 else { return nil }
        let length = lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return nil }
        var value = UInt32(lead & (length == 3 ? 0x0F : 0x1F))
        for k in 1..<length { value = value << 6 | UInt32(bytes[index + k] & 0x3F) }
        if case .unknown = ScalarFolds.shared.action(value) { return nil }
        return index
    }

    /// 32-bit FNV-1a (stable across runs, unlike `Hasher`).
    static func fnv(_ word: Substring) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in word.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// Dice coefficient of the title word sets, 2|A∩B| / (|A|+|B|).
    func wordOverlap(_ other: RecordFeatures) -> Double {
        let a = titleWords, b = other.titleWords
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return 2 * Double(common) / Double(a.count + b.count)
    }
}

/// Where the concurrent chunks of `RecordFeatures.extract` put their results: each chunk
/// writes only its own slot, and the buffer outlives `concurrentPerform`, which returns only
/// after every chunk is done.
private struct ChunkOutput: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<[RecordFeatures]>
    func store(_ features: [RecordFeatures], at chunk: Int) { buffer[chunk] = features }
}
