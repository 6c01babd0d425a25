import Testing
@testable import VoelsprietLiterature

/// The byte-level fast paths of deduplication must give exactly what the general (String and
/// Foundation) paths give; these tests compare the two on hand-made hard strings, on random
/// text over every scalar the fast path knows, and on every field of the ASySD set.
@Suite("Deduplication fast paths agree with the general paths")
struct DedupFastPathTests {
    /// Markup, accents, Greek, combining marks, CR LF, emoji, tags near non-ASCII text, bare
    /// and entity ampersands, LaTeX, long pseudo-tags.
    static let hardStrings: [String] = [
        "Intestinal lipoprotein overproduction in insulin-resistant states.",
        "Café au lait: TNF-α & IL-6 in Müller cells", "Straße, Æsop, Øre, Łódź, İstanbul",
        "e\u{301}tude of the ce\u{301}le\u{301}bre", "line one\r\nline two\rthree\nfour",
        "<p>Background</p> <i>in vivo</i> < 3 children, a<b, x > y", "<sup>2</sup>H-labelled",
        "Smith &amp; Jones; a report", "Smith & Jones; a report", "Smith & Jones report",
        "{\\\"o}sterreich \\textit{et al.}", "Emoji 🧬 study", "≥ 65 years ± 2 °C — “quoted” ‘single’ don’t",
        "<" + String(repeating: "x", count: 45) + ">", "<" + String(repeating: "é", count: 45) + ">",
        "tag <b>é</b> mixed", "ǅemal ŉ ﬁ ligature ½ ²", "Ω Σ ς µ", "", "   ", "'''", "A",
        "Zero\u{200B}width", "Arabic \u{0600}1 number", "Ελληνικά κείμενα", "Русский текст",
    ]

    @Test func foldFastPathMatchesGeneralPathOnHardStrings() {
        for text in Self.hardStrings {
            let general = Array(TextFolding.foldGeneral(text).utf8)
            #expect(TextFolding.foldedBytes(text) == general, "\(text)")
            #expect(TextFolding.fold(text) == TextFolding.foldGeneral(text), "\(text)")
        }
        // Independent expectations for a few (what `fold` is documented to produce).
        #expect(TitleNormaliser.normalise("Café au lait: TNF-α & IL-6") == "cafe au lait tnf alpha and il 6")
        #expect(TitleNormaliser.normalise("<p>Background</p> <i>in vivo</i>") == "background in vivo")
        #expect(TitleNormaliser.normalise("x < 3 and y > 2") == "x 3 and y 2")
        #expect(TitleNormaliser.normalise("a<b, x > y") == "a y")   // "<b, x >" reads as a tag
    }

    /// Random text mixing ASCII and every scalar `ScalarFolds` learned (so also sequences the
    /// single-scalar learning never saw) folds the same on both paths.
    @Test func foldFastPathMatchesGeneralPathOnRandomText() {
        let known = (0x80..<0x2300).compactMap { value -> Unicode.Scalar? in
            if case .unknown = ScalarFolds.shared.action(UInt32(value)) { return nil }
            return Unicode.Scalar(UInt32(value))
        }
        #expect(known.count > 1500)
        let ascii = Array("abcXYZ019 -.,;:'`&()<>/[]".unicodeScalars)
        var generator = SplitMix(seed: 7)
        var mismatches: [String] = []
        for _ in 0..<3000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next() % 24) {
                let pick = generator.next()
                scalars.append(pick % 3 == 0 ? known[Int(pick / 3 % UInt64(known.count))] : ascii[Int(pick / 3 % UInt64(ascii.count))])
            }
            let text = String(scalars)
            if TextFolding.foldedBytes(text) != Array(TextFolding.foldGeneral(text).utf8) { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func authorFastPathMatchesGeneralParser() {
        let names = ["Smith, J. A.", "Smith JA", "J A Smith", "John A. Smith", "van der Berg, J.", "Kim-Mitsuyama S",
                     "de la Cruz Maria", "Anonymous", "et al.", " Müller, K. ", "O'Brien, P.", "van't Hoff J H",
                     "Smith & Wesson", "A. van-der Berg", "", "  ", ".", "-", "Li", "LI X.", "Abc, ", "\tTab\tName\n"]
        for name in names {
            #expect(AuthorKey.parse(name) == AuthorKey(name), "\(name)")
        }
    }

    @Test func numbersAndNoticesFromBytesMatchTheStringFunctions() {
        let titles = ["part i of ii", "phase i trial type 2", "glp 1 and glp 2", "guidelines 2016 007",
                      "erratum to a paper", "reply", "re", "re evaluation", "in reply to smith", "authors response",
                      "correction of errors", "comment", "retraction notice", "one two three ten eleven", "xviii xix x",
                      "stage i", "class iv", "i", "", "cafe mu 3", "étude 12"]
        for title in titles {
            let bytes = Array(title.utf8)
            #expect(TitleNormaliser.numbers(bytes: bytes) == TitleNormaliser.numbers(title), "\(title)")
            #expect(TitleNormaliser.notice(bytes: bytes) == TitleNormaliser.notice(title), "\(title)")
        }
    }

    @Test func abstractStartMatchesTheFoldedPrefixDefinition() {
        let long = String(repeating: "Aé b ", count: 90) + "e\u{301}nd"
        let cases = Self.hardStrings + [long, String(repeating: "x", count: 399) + "e\u{301}", String(repeating: "y", count: 399) + "\r\n"]
        for abstract in cases {
            #expect(RecordFeatures.abstractStart(abstract) == Self.referenceAbstractStart(abstract), "\(abstract.prefix(60))")
        }
    }

    /// The definition `abstractStart` had before its fast path: fold the first 400 characters,
    /// drop spaces, keep 100 bytes, nil under 30.
    static func referenceAbstractStart(_ abstract: String) -> [UInt8]? {
        let compact = TextFolding.foldGeneral(String(abstract.prefix(400))).utf8.filter { $0 != 0x20 }
        return compact.count >= 30 ? Array(compact.prefix(100)) : nil
    }

    @Test func editDistanceLowerBoundNeverExceedsTheDistance() {
        var generator = SplitMix(seed: 3)
        for _ in 0..<2000 {
            let a = (0..<Int(generator.next() % 30)).map { _ in UInt8(0x61 + generator.next() % 6) }
            let b = (0..<Int(generator.next() % 30)).map { _ in UInt8(0x61 + generator.next() % 6) }
            let distance = Self.levenshtein(a, b)
            #expect(EditDistance.lowerBound(EditDistance.profile(a), EditDistance.profile(b)) <= distance)
            #expect(EditDistance.bounded(a, b, limit: 30) == distance)
            #expect(EditDistance.bounded(a, b, limit: 4) == (distance <= 4 ? distance : nil))
        }
    }

    /// Textbook full-matrix Levenshtein distance (independent of the banded implementation).
    static func levenshtein(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var next = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                next[j] = min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            row = next
        }
        return a.isEmpty ? b.count : row[b.count]
    }

    @Test func sortedTitlesVisitTheNeighboursOfAPlainSort() {
        var generator = SplitMix(seed: 5)
        let keys = (0..<400).map { _ in (0..<Int(1 + generator.next() % 12)).map { _ in UInt8(0x61 + generator.next() % 3) } }
        var sorted = SortedTitles()
        for (index, key) in keys.enumerated() { sorted.append(key, index: index % 300) }
        var visited: [[Int]] = []
        sorted.visitNeighbours(window: 4) { visited.append([$0, $1]) }
        let order = keys.enumerated().map { (key: $0.element, index: $0.offset % 300) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) || $0.key == $1.key && $0.index < $1.index }
        var expected: [[Int]] = []
        for position in order.indices {
            for other in order[(position + 1)..<min(order.count, position + 4)] where other.index != order[position].index {
                expected.append([min(order[position].index, other.index), max(order[position].index, other.index)])
            }
        }
        #expect(visited == expected)
    }

    @Test(.enabled(if: SharedData.available)) func everyASySDFieldFoldsTheSameOnBothPaths() throws {
        let (records, _) = try DedupFixtures.asysd()
        var mismatches: [String] = []
        for record in records {
            let texts = [record.title, record.journal].compactMap { $0 } + record.authors
            for text in texts where TextFolding.foldedBytes(text) != Array(TextFolding.foldGeneral(text).utf8) {
                mismatches.append(text)
            }
            for name in record.authors where AuthorKey.parse(name) != AuthorKey(name) { mismatches.append(name) }
            if let abstract = record.abstract, RecordFeatures.abstractStart(abstract) != Self.referenceAbstractStart(abstract) {
                mismatches.append(String(abstract.prefix(80)))
            }
            let title = TitleNormaliser.normalise(record.title ?? "")
            if TitleNormaliser.numbers(bytes: Array(title.utf8)) != TitleNormaliser.numbers(title)
                || TitleNormaliser.notice(bytes: Array(title.utf8)) != TitleNormaliser.notice(title) {
                mismatches.append(title)
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func concurrentExtractionEqualsSequentialExtraction() {
        let records = (0..<5000).map { k in
            LiteratureRecord(id: "r\(k)", title: "Title number \(k % 700) on topic \(k % 13)", abstract: "Abstract \(k)",
                             authors: ["Author\(k % 50), A."], year: 2000 + k % 20, pages: "\(k % 90 + 1)-\(k % 90 + 9)")
        }
        let concurrent = RecordFeatures.extract(records)
        let sequential = records.map(RecordFeatures.init)
        #expect(concurrent.count == sequential.count)
        #expect(zip(concurrent, sequential).allSatisfy { $0.titles == $1.titles && $0.authors == $1.authors && $0.pages == $1.pages && $0.year == $1.year })
    }
}

/// SplitMix64, a small deterministic generator for the random cases.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
