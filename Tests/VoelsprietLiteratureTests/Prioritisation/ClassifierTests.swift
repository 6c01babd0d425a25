import Foundation
import Testing
@testable import VoelsprietLiterature

/// The classifiers on tiny hand-made data whose answers are worked out by hand.
@Suite struct ClassifierTests {
    /// Two orthonormal features: record 0 = (1, 0) relevant, record 1 = (0, 1) irrelevant,
    /// record 2 = (1, 0) and record 3 = (0, 1) unlabelled.
    static let features = SparseMatrix(rowStart: [0, 1, 2, 3, 4], columns: [0, 1, 0, 1], values: [1, 1, 1, 1], columnCount: 2)

    @Test func naiveBayesLogOddsByHand() {
        var model = NaiveBayesModel(featureCount: 2, alpha: 1)
        model.add(row: 0, relevant: true, features: Self.features)
        model.add(row: 1, relevant: false, features: Self.features)
        // theta1 = ((1 + 1) / (1 + 2), (0 + 1) / 3) = (2/3, 1/3); theta0 = (1/3, 2/3).
        // Log-odds weights: ln(2/3) - ln(1/3) = ln 2 and -ln 2; equal priors: bias 0.
        let (weights, bias) = model.linearModel(relevantWeight: 1, irrelevantWeight: 1)
        #expect(abs(weights[0] - log(2.0)) < 1e-12)
        #expect(abs(weights[1] + log(2.0)) < 1e-12)
        #expect(abs(bias) < 1e-12)
        // Weighting the relevant record 3×: theta1 = ((3 + 1) / (3 + 2), 1 / 5), prior 3 : 1.
        let (weighted, weightedBias) = model.linearModel(relevantWeight: 3, irrelevantWeight: 1)
        #expect(abs(weighted[0] - (log(4.0 / 5) - log(1.0 / 3))) < 1e-12)
        #expect(abs(weightedBias - log(3.0)) < 1e-12)
    }

    @Test func svmSolvesSymmetricProblemByHand() {
        // Primal: ½(w1² + w2² + b²) + C[(1 - w1 - b)² + (1 + w2 + b)²] (both margins < 1).
        // By symmetry b = 0, w2 = -w1 = -a, and 2a - 4C(1 - a) = 0 gives a = 2C / (1 + 2C).
        var model = LinearSVMModel(featureCount: 2, recordCount: 4)
        model.c = 1
        model.tolerance = 1e-12
        model.maxEpochs = 10_000
        var generator = SplitMix64(seed: 7)
        model.train(rows: [0, 1], relevant: [true, false], relevantWeight: 1, irrelevantWeight: 1,
                    features: Self.features, generator: &generator)
        #expect(abs(model.weights[0] - 2.0 / 3) < 1e-9)
        #expect(abs(model.weights[1] + 2.0 / 3) < 1e-9)
        #expect(abs(model.bias) < 1e-9)
    }

    @Test func svmClassWeightMovesTheBias() {
        // Weighting the relevant record more pulls the solution toward it: b > 0, and
        // w1 > |w2| (worked out: the stationarity equations are no longer symmetric).
        var model = LinearSVMModel(featureCount: 2, recordCount: 4)
        model.tolerance = 1e-12
        model.maxEpochs = 10_000
        var generator = SplitMix64(seed: 1)
        model.train(rows: [0, 1], relevant: [true, false], relevantWeight: 10, irrelevantWeight: 1,
                    features: Self.features, generator: &generator)
        #expect(model.bias > 0)
        #expect(model.weights[0] > -model.weights[1])
    }

    @Test func balancedWeightsFollowASReviewRatio() {
        // ASReview 2.x Balanced(ratio): weights sum to n, relevant total = ratio × irrelevant total.
        let w = ClassBalance.balanced(relevant: 2, irrelevant: 8, ratio: 9.8)
        #expect(abs(2 * w.relevant + 8 * w.irrelevant - 10) < 1e-12)
        #expect(abs((2 * w.relevant) / (8 * w.irrelevant) - 9.8) < 1e-12)
    }

    @Test func doubleBalanceByHand() {
        // n1 = 5, n0 = 95, n = 100: w1 = 2.155 (5/95)^-0.94, w0 = 1 - 0.211 / (1 + ln 100);
        // relevant rows = 100 w1 5 / (5 w1 + 95 w0).
        let w1 = 2.155 * pow(5.0 / 95, -0.94), w0 = 1 - 0.211 / (1 + log(100.0))
        let rows = 100 * w1 * 5 / (5 * w1 + 95 * w0)
        let weights = ClassBalance.double(relevant: 5, irrelevant: 95)
        #expect(abs(weights.relevant - rows / 5) < 1e-12)
        #expect(abs(weights.irrelevant - (100 - rows) / 95) < 1e-12)
        // Two records: ASReview keeps max(1, min(n - 2, ·)) = 1 relevant row.
        let two = ClassBalance.double(relevant: 1, irrelevant: 1)
        #expect(two.relevant == 1 && two.irrelevant == 1)
    }
}
