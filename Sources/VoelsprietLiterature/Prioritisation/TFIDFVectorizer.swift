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

/// A document-term matrix of TF-IDF weights, one row per text, rows of unit length. Columns
/// are numbered by descending document frequency (ties: the term seen first comes first), so
/// the weights of frequent terms lie together in memory and the columns found in at least m
/// documents are the first `columnCount(inAtLeast: m)`.
public struct TFIDFFeatures: Sendable {
    public let matrix: SparseMatrix
    /// Inverse document frequency per column: `ln((1 + n) / (1 + df)) + 1`.
    public let idf: [Double]
    /// Number of documents each column's term occurs in (non-increasing by column).
    public let documentFrequency: [Int]
    let table: TermTable
    /// Per column: the unigram index, or two of them for a bigram (second is -1 for unigrams).
    let columnTerms: [(Int32, Int32)]

    /// The term of a column (a bigram as its two tokens joined by one space, as scikit-learn
    /// writes them).
    public func term(column: Int) -> String {
        let (a, b) = columnTerms[column]
        return b < 0 ? table.unigramString(a) : table.unigramString(a) + " " + table.unigramString(b)
    }

    /// How many columns occur in at least `documents` documents (they are the first ones).
    public func columnCount(inAtLeast documents: Int) -> Int {
        var low = 0, high = documentFrequency.count
        while low < high {
            let mid = (low + high) / 2
            if documentFrequency[mid] >= documents { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// Builds TF-IDF features once for a whole data set (the vocabulary is that of all texts, as
/// ASReview fits its vectoriser on all records, screened or not).
///
/// One pass over the texts: tokens come as bytes from `WordTokenizer.forEachToken`, get
/// integer ids from a `TermTable` (bigrams from their two unigram ids), and each text's
/// distinct terms are counted with a "last seen in text" mark per term (no sorting). Then the
/// kept terms are numbered by document frequency and each row is weighted, sorted by column
/// and scaled to unit length; the rows are split between two threads for that.
public enum TFIDFVectorizer {
    public static func fit(texts: [String], options: TFIDFOptions) -> TFIDFFeatures {
        var counted = countTerms(texts, options: options)
        let n = Double(texts.count)
        let maxCount = options.maxDocumentFraction * n
        // Kept terms ordered by descending df, ties by term id: a counting sort over df.
        let df = counted.documentFrequency
        let maxDF = df.max() ?? 0
        var perDF = [Int](repeating: 0, count: maxDF + 2)
        func kept(_ d: Int) -> Bool { d >= options.minDocumentCount && Double(d) <= maxCount }
        for d in df where kept(d) { perDF[d] += 1 }
        var next = [Int](repeating: 0, count: maxDF + 2)
        var running = 0
        for d in stride(from: maxDF, through: 0, by: -1) {
            next[d] = running
            running += perDF[d]
        }
        var column = [Int32](repeating: -1, count: df.count)
        var columnTerms = [(Int32, Int32)](repeating: (0, 0), count: running)
        var columnDF = [Int](repeating: 0, count: running)
        var idf = [Double](repeating: 0, count: running)
        for term in df.indices where kept(df[term]) {
            let c = next[df[term]]
            next[df[term]] += 1
            column[term] = Int32(c)
            columnTerms[c] = counted.table.terms[term]
            columnDF[c] = df[term]
            idf[c] = log((1 + n) / (1 + Double(df[term]))) + 1
        }
        counted.documentFrequency = []
        let matrix = TFIDFRows.weighted(counted, column: column, idf: idf, sublinear: options.sublinearTF)
        return TFIDFFeatures(matrix: matrix, idf: idf, documentFrequency: columnDF, table: counted.table,
                             columnTerms: columnTerms)
    }

    /// Every text's distinct term ids with their counts, and each term's document frequency.
    static func countTerms(_ texts: [String], options: TFIDFOptions) -> CountedTerms {
        var table = TermTable()
        var stop: [Bool] = []
        for word in options.stopWords {
            var word = word
            let u = word.withUTF8 { table.unigram($0) }
            if Int(u) >= stop.count { stop += [Bool](repeating: false, count: Int(u) + 1 - stop.count) }
            stop[Int(u)] = true
        }
        var result = CountedTerms(table: table)
        var tokens: [Int32] = []
        var ids: [Int32] = []
        var lastText: [Int32] = []      // per term: the last text it was seen in
        var slotInText: [Int32] = []    // per term: its index in that text's entries
        let bigrams = options.ngramMax >= 2
        for (t, text) in texts.enumerated() {
            tokens.removeAll(keepingCapacity: true)
            ids.removeAll(keepingCapacity: true)
            WordTokenizer.forEachToken(in: text) { bytes in
                let u = result.table.unigram(bytes)
                if Int(u) < stop.count, stop[Int(u)] { return }
                tokens.append(u)
            }
            for u in tokens { ids.append(result.table.unigramTermID(u)) }
            if bigrams, tokens.count >= 2 {
                for i in 1..<tokens.count { ids.append(result.table.bigramTermID(tokens[i - 1], tokens[i])) }
            }
            let grow = result.table.termCount - lastText.count
            if grow > 0 {
                lastText += [Int32](repeating: -1, count: grow)
                slotInText += [Int32](repeating: 0, count: grow)
                result.documentFrequency += [Int](repeating: 0, count: grow)
            }
            let first = result.terms.count
            for id in ids {
                let term = Int(id)
                if lastText[term] == Int32(t) {
                    result.counts[first + Int(slotInText[term])] += 1
                } else {
                    lastText[term] = Int32(t)
                    slotInText[term] = Int32(result.terms.count - first)
                    result.terms.append(id)
                    result.counts.append(1)
                    result.documentFrequency[term] += 1
                }
            }
            result.textStart.append(result.terms.count)
        }
        return result
    }
}

/// The distinct terms of every text (unsorted) with their counts, in flat arrays.
struct CountedTerms {
    var table: TermTable
    /// Text t's entries are `terms[textStart[t]..<textStart[t + 1]]` and the counts beside.
    var textStart: [Int] = [0]
    var terms: [Int32] = []
    var counts: [Int32] = []
    var documentFrequency: [Int] = []
}
