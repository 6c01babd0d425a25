/// The features and the trained state of one prioritisation model over one data set; labels
/// are added one at a time and each `scores` call retrains (incrementally) and scores.
struct RankingEngine: Sendable {
    let model: PrioritisationModel
    let recordCount: Int
    private let nbFeatures: SparseMatrix?
    private let svmFeatures: SparseMatrix?
    /// Scores with the SVM column by column, over the columns found in at least two records
    /// only (the leading ones: columns are ordered by document frequency). The SVM's weights
    /// are a combination of labelled rows, so a column found in one record alone has weight 0
    /// unless that record is labelled, and then it is not scored. For bigram features such
    /// columns hold most entries.
    private let svmScorer: ColumnScorer?
    private var nb: NaiveBayesModel?
    private var svm: LinearSVMModel?
    private var svmRows: [Int] = []
    private var svmLabels: [Bool] = []
    private var relevantCount = 0
    private var irrelevantCount = 0
    private var generator: SplitMix64
    /// ELAS u4's balance: relevant records weigh `ratio` times the irrelevant ones in total.
    static let svmBalanceRatio = 9.8

    /// - Parameter maxEpochs: passes of the SVM solver per training at most. Warm-started
    ///   training in a simulation converges in a few; a cold start on thousands of labels
    ///   may need hundreds, so live ranking caps it to stay fast (an approximate optimum).
    init(texts: [String], model: PrioritisationModel, seed: UInt64, maxEpochs: Int = 200) {
        self.model = model
        recordCount = texts.count
        generator = SplitMix64(seed: seed ^ 0x5EED_0F5F_1A11_0001)
        if model != .svm {
            let features = TFIDFVectorizer.fit(texts: texts, options: .unigramsWithoutStopWords).matrix
            nbFeatures = features
            nb = NaiveBayesModel(featureCount: features.columnCount)
        } else {
            nbFeatures = nil
        }
        if model != .naiveBayes {
            let tfidf = TFIDFVectorizer.fit(texts: texts, options: .unigramsAndBigrams)
            let features = tfidf.matrix
            svmFeatures = features
            svmScorer = ColumnScorer(features, columnLimit: tfidf.columnCount(inAtLeast: 2))
            svm = LinearSVMModel(featureCount: features.columnCount, recordCount: texts.count, maxEpochs: maxEpochs)
        } else {
            svmFeatures = nil
            svmScorer = nil
        }
    }

    /// Whether both classes have a labelled record (before that no model can be trained).
    var canTrain: Bool { relevantCount > 0 && irrelevantCount > 0 }

    mutating func add(row: Int, relevant: Bool) {
        if relevant { relevantCount += 1 } else { irrelevantCount += 1 }
        if let features = nbFeatures { nb!.add(row: row, relevant: relevant, features: features) }
        if svmFeatures != nil {
            svmRows.append(row)
            svmLabels.append(relevant)
        }
    }

    /// Retrains and returns a score per row of `rows` (higher: more likely relevant). Before
    /// both classes are labelled every score is 0.
    mutating func scores(rows: [Int]) -> [Double] {
        guard canTrain else { return [Double](repeating: 0, count: rows.count) }
        var nbScores: [Double]? = nil, svmScores: [Double]? = nil
        if let features = nbFeatures {
            let (weights, bias) = nb!.linearModel()
            nbScores = Self.linearScores(features, rows: rows, weights: weights, bias: bias)
        }
        if let features = svmFeatures {
            let balance = ClassBalance.balanced(relevant: relevantCount, irrelevant: irrelevantCount,
                                                ratio: Self.svmBalanceRatio)
            svm!.train(rows: svmRows, relevant: svmLabels, relevantWeight: balance.relevant,
                       irrelevantWeight: balance.irrelevant, features: features, generator: &generator)
            svmScores = svmScorer!.scores(records: rows, weights: svm!.weights, bias: svm!.bias)
        }
        switch (nbScores, svmScores) {
        case let (a?, b?): return Self.meanOfStandardised(a, b)
        case let (a?, nil): return a
        case let (nil, b?): return b
        default: return []
        }
    }

    private static func linearScores(_ features: SparseMatrix, rows: [Int], weights: [Double], bias: Double) -> [Double] {
        features.dot(rows: rows, weights: weights.map { Float($0) }, bias: bias)
    }

    /// (a - mean a) / sd a + (b - mean b) / sd b, halved.
    static func meanOfStandardised(_ a: [Double], _ b: [Double]) -> [Double] {
        func standardiser(_ x: [Double]) -> (Double, Double) {
            let mean = x.reduce(0, +) / Double(max(x.count, 1))
            let variance = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(x.count, 1))
            return (mean, variance > 0 ? 1 / variance.squareRoot() : 0)
        }
        let (ma, sa) = standardiser(a), (mb, sb) = standardiser(b)
        return zip(a, b).map { 0.5 * (($0 - ma) * sa + ($1 - mb) * sb) }
    }
}
