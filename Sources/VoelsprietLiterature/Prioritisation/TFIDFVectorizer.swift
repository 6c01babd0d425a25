import Foundation

/// Settings of the TF-IDF features, named after scikit-learn's `TfidfVectorizer` parameters
/// they mirror (`ngram_range=(1, ngramMax)`, `sublinear_tf`, `min_df` as a count, `max_df` as
/// a fraction, `stop_words` as a list; `lowercase=True`, the default token pattern,
/// `norm="l2"`, `use_idf=True`, `smooth_idf=True` are fixed).
public struct TFIDFOptions: Sendable, Hashable {
    /// 1: unigrams; 2: unigrams and bigrams (of consecutive tokens left after stop words).
    public var ngramMax: Int
    /// Use `1 + ln(tf)` instead of the raw count `tf`.
    public var sublinearTF: Bool
    /// Drop terms found in fewer documents than this.
    public var minDocumentCount: Int
    /// Drop terms found in more than this share of the documents.
    public var maxDocumentFraction: Double
    /// Tokens dropped before n-grams are formed.
    public var stopWords: Set<String>

    public init(ngramMax: Int = 1, sublinearTF: Bool = false, minDocumentCount: Int = 1,
                maxDocumentFraction: Double = 1.0, stopWords: Set<String> = []) {
        precondition(ngramMax == 1 || ngramMax == 2, "only unigrams or uni- and bigrams")
        self.ngramMax = ngramMax
        self.sublinearTF = sublinearTF
        self.minDocumentCount = minDocumentCount
        self.maxDocumentFraction = maxDocumentFraction
        self.stopWords = stopWords
    }

    /// ASReview 1.x's default features: unigrams without English stop words.
    public static let unigramsWithoutStopWords = TFIDFOptions(stopWords: EnglishStopWords.words)
    /// ASReview 2.x ELAS u4's features: uni- and bigrams, sublinear tf, `max_df=0.95`.
    public static let unigramsAndBigrams = TFIDFOptions(ngramMax: 2, sublinearTF: true, maxDocumentFraction: 0.95)
}

/// A document-term matrix of TF-IDF weights, one row per text, rows of unit length.
public struct TFIDFFeatures: Sendable {
    public let matrix: SparseMatrix
    /// Inverse document frequency per column: `ln((1 + n) / (1 + df)) + 1`.
    public let idf: [Double]
    let unigrams: [String]
    /// Per column: the unigram index, or two of them for a bigram (second is -1 for unigrams).
    let columnTerms: [(Int32, Int32)]

    /// The term of a column (a bigram as its two tokens joined by one space, as scikit-learn
    /// writes them).
    public func term(column: Int) -> String {
        let (a, b) = columnTerms[column]
        return b < 0 ? unigrams[Int(a)] : unigrams[Int(a)] + " " + unigrams[Int(b)]
    }
}

/// Builds TF-IDF features once for a whole data set (the vocabulary is that of all texts, as
/// ASReview fits its vectoriser on all records, screened or not).
public enum TFIDFVectorizer {
    public static func fit(texts: [String], options: TFIDFOptions) -> TFIDFFeatures {
        var interner = TermInterner()
        let documents = texts.map { interner.countedTerms(of: $0, options: options) }
        // Document frequency of every term, then the columns kept by min_df / max_df.
        var documentFrequency = [Int](repeating: 0, count: interner.termCount)
        for document in documents { for (term, _) in document { documentFrequency[Int(term)] += 1 } }
        let maxCount = options.maxDocumentFraction * Double(texts.count)
        var column = [Int32](repeating: -1, count: interner.termCount)
        var columnTerms: [(Int32, Int32)] = []
        var idf: [Double] = []
        let n = Double(texts.count)
        for term in 0..<interner.termCount {
            let df = documentFrequency[term]
            guard df >= options.minDocumentCount, Double(df) <= maxCount else { continue }
            column[term] = Int32(columnTerms.count)
            columnTerms.append(interner.terms[term])
            idf.append(log((1 + n) / (1 + Double(df))) + 1)
        }
        let matrix = weightedMatrix(documents, column: column, idf: idf, sublinear: options.sublinearTF)
        return TFIDFFeatures(matrix: matrix, idf: idf, unigrams: interner.unigramStrings, columnTerms: columnTerms)
    }

    /// tf × idf per kept term, each row scaled to unit Euclidean length; columns ascending.
    private static func weightedMatrix(_ documents: [[(Int32, Int)]], column: [Int32], idf: [Double],
                                       sublinear: Bool) -> SparseMatrix {
        var rowStart = [0]
        var columns: [Int32] = []
        var values: [Float] = []
        rowStart.reserveCapacity(documents.count + 1)
        for document in documents {
            var entries: [(Int32, Double)] = []
            entries.reserveCapacity(document.count)
            for (term, count) in document {
                let c = column[Int(term)]
                guard c >= 0 else { continue }
                let tf = sublinear ? 1 + log(Double(count)) : Double(count)
                entries.append((c, tf * idf[Int(c)]))
            }
            entries.sort { $0.0 < $1.0 }
            let norm = sqrt(entries.reduce(0) { $0 + $1.1 * $1.1 })
            for (c, v) in entries {
                columns.append(c)
                values.append(Float(norm > 0 ? v / norm : 0))
            }
            rowStart.append(columns.count)
        }
        return SparseMatrix(rowStart: rowStart, columns: columns, values: values, columnCount: idf.count)
    }
}

/// Gives every distinct unigram and bigram an integer id while texts are read.
private struct TermInterner {
    var unigramIDs: [String: Int32] = [:]
    var unigramStrings: [String] = []
    var unigramTerm: [Int32] = []        // unigram index → term id
    var bigramIDs: [UInt64: Int32] = [:]
    var terms: [(Int32, Int32)] = []     // term id → (unigram, unigram or -1)

    var termCount: Int { terms.count }

    mutating func unigram(_ token: String) -> Int32 {
        if let u = unigramIDs[token] { return u }
        let u = Int32(unigramStrings.count)
        unigramIDs[token] = u
        unigramStrings.append(token)
        unigramTerm.append(Int32(terms.count))
        terms.append((u, -1))
        return u
    }

    mutating func bigram(_ a: Int32, _ b: Int32) -> Int32 {
        let key = UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))
        if let t = bigramIDs[key] { return t }
        let t = Int32(terms.count)
        bigramIDs[key] = t
        terms.append((a, b))
        return t
    }

    /// The distinct terms of one text with their counts, sorted by term id.
    mutating func countedTerms(of text: String, options: TFIDFOptions) -> [(Int32, Int)] {
        var tokens = WordTokenizer.tokens(text)
        if !options.stopWords.isEmpty { tokens.removeAll { options.stopWords.contains($0) } }
        let unigrams = tokens.map { unigram($0) }
        var ids = unigrams.map { unigramTerm[Int($0)] }
        if options.ngramMax >= 2, unigrams.count >= 2 {
            for i in 1..<unigrams.count { ids.append(bigram(unigrams[i - 1], unigrams[i])) }
        }
        ids.sort()
        var counted: [(Int32, Int)] = []
        for id in ids {
            if let last = counted.last, last.0 == id { counted[counted.count - 1].1 += 1 } else { counted.append((id, 1)) }
        }
        return counted
    }
}
