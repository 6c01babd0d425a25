import Foundation

/// Multinomial naive Bayes over TF-IDF weights, as scikit-learn's `MultinomialNB(alpha)` fits
/// it with sample weights: per class c, `theta[c][j] = (F[c][j] + alpha) / (sum_j F[c][j] +
/// alpha * V)` where `F[c][j]` is the weighted sum of feature j over the class's records and V
/// the vocabulary size; the class prior is the class's share of the total weight. The log-odds
/// of relevance is linear in the features: `x · (ln theta1 - ln theta0) + ln(prior1 / prior0)`,
/// which is what we rank by (it orders records exactly as `predict_proba[:, 1]` does).
struct NaiveBayesModel: Sendable {
    /// Additive smoothing; 3.822 is ASReview's default.
    var alpha = 3.822
    /// Unweighted per-feature sums of the relevant and of the irrelevant training records.
    private(set) var relevantSums: [Double]
    private(set) var irrelevantSums: [Double]
    private(set) var relevantCount = 0
    private(set) var irrelevantCount = 0

    init(featureCount: Int, alpha: Double = 3.822) {
        self.alpha = alpha
        relevantSums = [Double](repeating: 0, count: featureCount)
        irrelevantSums = [Double](repeating: 0, count: featureCount)
    }

    /// Adds one labelled record (incremental: the sums are all the model keeps).
    mutating func add(row: Int, relevant: Bool, features: SparseMatrix) {
        if relevant {
            features.add(row: row, times: 1, to: &relevantSums)
            relevantCount += 1
        } else {
            features.add(row: row, times: 1, to: &irrelevantSums)
            irrelevantCount += 1
        }
    }

    /// Weights and bias of the log-odds, with ASReview 1.x's double balance as class weights.
    func linearModel() -> (weights: [Double], bias: Double) {
        let balance = ClassBalance.double(relevant: relevantCount, irrelevant: irrelevantCount)
        return linearModel(relevantWeight: balance.relevant, irrelevantWeight: balance.irrelevant)
    }

    func linearModel(relevantWeight w1: Double, irrelevantWeight w0: Double) -> (weights: [Double], bias: Double) {
        let v = Double(relevantSums.count)
        var total1 = 0.0, total0 = 0.0
        for j in relevantSums.indices {
            total1 += relevantSums[j]
            total0 += irrelevantSums[j]
        }
        let norm1 = log(w1 * total1 + alpha * v)
        let norm0 = log(w0 * total0 + alpha * v)
        var weights = [Double](repeating: 0, count: relevantSums.count)
        for j in weights.indices {
            weights[j] = (log(w1 * relevantSums[j] + alpha) - norm1) - (log(w0 * irrelevantSums[j] + alpha) - norm0)
        }
        let bias = relevantCount > 0 && irrelevantCount > 0
            ? log(w1 * Double(relevantCount)) - log(w0 * Double(irrelevantCount)) : 0
        return (weights, bias)
    }
}
