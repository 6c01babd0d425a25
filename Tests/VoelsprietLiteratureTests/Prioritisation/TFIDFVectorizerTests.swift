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
}
