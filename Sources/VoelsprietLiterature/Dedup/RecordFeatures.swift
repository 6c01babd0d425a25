// Everything deduplication compares about one record, normalised once up front.

import Foundation

struct RecordFeatures: Sendable {
    var doi: String?
    var pmid: String?
    /// Compact (space-free) normalised title variants as bytes; the first is the whole title.
    var titles: [[UInt8]]
    /// Sorted distinct FNV-1a hashes of the whole title's words (for word overlap).
    var titleWords: [UInt32]
    var numbers: [String]
    var notice: TitleNotice?
    var authors: [AuthorKey]
    var year: Int?
    var journal: [String]
    var issns: Set<String>
    var volume: String?
    var pages: PageRange?
    /// Published in a supplement or as a meeting abstract (page "S12", issue "Suppl 1", ...).
    var supplement: Bool
    /// First 100 bytes of the compact normalised abstract; nil for none or one under 30 letters
    /// (placeholders such as "No abstract available").
    var abstractStart: [UInt8]?
    /// How many fields the record fills (representative choice).
    var completeness: Int

    init(_ record: LiteratureRecord) {
        doi = record.doi.flatMap(DOI.normalise)
        pmid = record.pmid.flatMap(RecordFeatures.digits)
        let title = record.title ?? ""
        let variants = TitleNormaliser.variants(title)
        titles = variants.map { Array($0.utf8.filter { $0 != UInt8(ascii: " ") }) }.filter { !$0.isEmpty }
        let whole = variants.first ?? ""
        titleWords = Array(Set(whole.split(separator: " ").map(RecordFeatures.fnv))).sorted()
        numbers = TitleNormaliser.numbers(whole)
        notice = TitleNormaliser.notice(whole)
        authors = Array(AuthorKey.keys(Array(record.authors.prefix(12))))
        year = record.year
        journal = record.journal.map(JournalName.words) ?? []
        issns = record.issn.map(JournalName.issns) ?? []
        volume = record.volume.flatMap(RecordFeatures.leadingNumber)
        pages = record.pages.flatMap(PageRange.init)
        let extra = [record.volume, record.issue, record.journal].compactMap { $0?.lowercased() }
        supplement = pages?.prefix == "s"
            || extra.contains { field in
                ["suppl", "conference", "meeting", "congress"].contains { TextFolding.contains(field, $0) }
            }
        if let abstract = record.abstract {
            // Only the start is compared, so only the start is folded (400 characters leave
            // well over 100 letters after markup and spaces are gone).
            let compact = TextFolding.fold(String(abstract.prefix(400))).utf8.filter { $0 != UInt8(ascii: " ") }
            abstractStart = compact.count >= 30 ? Array(compact.prefix(100)) : nil
        }
        completeness = RecordFeatures.completeness(record)
    }

    var firstAuthor: AuthorKey? { authors.first }

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
