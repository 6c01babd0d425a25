import Testing
@testable import VoelsprietLiterature

/// TF-IDF weights against scikit-learn's `TfidfVectorizer` (fixture `tfidf.json`).
@Suite struct TFIDFVectorizerTests {
    let fixture: TFIDFFixture

    init() throws { fixture = try PrioritisationFixtures.decode(TFIDFFixture.self, "tfidf.json") }

    func check(_ options: TFIDFOptions, against reference: TFIDFCase) {
        let features = TFIDFVectorizer.fit(texts: fixture.texts, options: options)
        #expect(features.matrix.columnCount == reference.idf.count, "\(reference.name): vocabulary size")
        for column in 0..<features.matrix.columnCount {
            let term = features.term(column: column)
            let idf = reference.idf[term]
            #expect(idf != nil, "\(reference.name): term \(term) not in scikit-learn's vocabulary")
            if let idf { #expect(abs(features.idf[column] - idf) < 1e-12) }
        }
        #expect(features.matrix.rowCount == reference.rows.count)
        for (r, expected) in reference.rows.enumerated() {
            let row = features.matrix.row(r)
            #expect(row.count == expected.count, "\(reference.name) row \(r): non-zero count")
            for (column, value) in row {
                let ref = expected[features.term(column: column)] ?? .nan
                // Values are stored as Float: 1e-6 is well above its rounding error.
                #expect(abs(value - ref) < 1e-6, "\(reference.name) row \(r) \(features.term(column: column))")
            }
        }
    }

    @Test func unigramsWithStopWordsMatchScikitLearn() {
        check(TFIDFOptions(stopWords: Set(fixture.stop_words)), against: fixture.cases[0])
    }

    @Test func bigramsSublinearMaxDFMatchScikitLearn() {
        check(.unigramsAndBigrams, against: fixture.cases[1])
    }

    @Test func tokenizerFollowsPythonWordPattern() {
        let tokens = WordTokenizer.tokens("COVID-19, a_b x Zürich—naïve 3 33 ½")
        #expect(tokens == ["covid", "19", "a_b", "zürich", "naïve", "33"])
    }

    @Test func rowsHaveUnitLength() {
        let features = TFIDFVectorizer.fit(texts: fixture.texts, options: .unigramsWithoutStopWords)
        for r in 0..<features.matrix.rowCount {
            let norm = features.matrix.row(r).reduce(0) { $0 + $1.value * $1.value }
            #expect(abs(norm - 1) < 1e-6)
        }
    }

    /// The byte scanner against the plain definition: lower-case the whole text with
    /// `lowercased()`, then split it into runs of word characters (scalar by scalar), on random
    /// texts mixing ASCII, accented and other scripts, combining marks, digits and punctuation.
    @Test func byteTokenizerMatchesLowercaseThenSplit() {
        let pieces = ["a", "B", "z9", "_", " ", "-", ",", "É", "ß", "İ", "Σ", "ǅ", "\u{301}", "Ω", "日本", "½", "٣", "—", "x\u{308}", "ﬁ", "\u{1F600}", "Ⅻ"]
        var generator = SplitMix64(seed: 77)
        var mismatches: [String] = []
        for _ in 0..<2000 {
            let text = (0..<Int(generator.next() % 20)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            var reference: [String] = [], current = String.UnicodeScalarView()
            for scalar in text.lowercased().unicodeScalars {
                if WordTokenizer.isWordCharacter(scalar) { current.append(scalar); continue }
                if current.count >= 2 { reference.append(String(current)) }
                current = String.UnicodeScalarView()
            }
            if current.count >= 2 { reference.append(String(current)) }
            if WordTokenizer.tokens(text) != reference { mismatches.append(text.debugDescription) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }

    /// Columns come by descending document frequency, and `columnCount(inAtLeast:)` counts the
    /// leading ones; the document frequencies are those of the fixture's texts (counted here
    /// from the scikit-learn rows: a term's df is the number of rows that have it).
    @Test func columnsOrderedByDocumentFrequency() {
        let features = TFIDFVectorizer.fit(texts: fixture.texts, options: .unigramsAndBigrams)
        var df: [String: Int] = [:]
        for row in fixture.cases[1].rows { for term in row.keys { df[term, default: 0] += 1 } }
        let ours = (0..<features.matrix.columnCount).map { features.documentFrequency[$0] }
        #expect(ours == (0..<features.matrix.columnCount).map { df[features.term(column: $0)] ?? -1 })
        #expect(zip(ours, ours.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(features.columnCount(inAtLeast: 2) == ours.filter { $0 >= 2 }.count)
        #expect(features.columnCount(inAtLeast: 1) == ours.count && features.columnCount(inAtLeast: 10_000) == 0)
    }
}
