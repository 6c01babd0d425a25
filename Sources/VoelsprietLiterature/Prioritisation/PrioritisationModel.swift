/// Which classifier ranks the records. The default is `.svm`: on the three shared screening
/// sets it matched or beat both ASReview defaults (median WSS@95 over seeds 1–5), while naive
/// Bayes fell far behind on Nagtegaal 2019 and the ensemble was pulled down with it.
public enum PrioritisationModel: String, Sendable, Codable, CaseIterable {
    /// ASReview 1.x's default: multinomial naive Bayes (alpha 3.822) over unigram TF-IDF
    /// without English stop words, "double" class balance.
    case naiveBayes = "nb"
    /// ASReview 2.x's default (ELAS u4): linear SVM (squared hinge, C = 0.11) over uni- and
    /// bigram TF-IDF with sublinear tf and max_df 0.95, relevant records weighted 9.8 times
    /// the irrelevant ones in total.
    case svm = "svm"
    /// Both of the above; records ranked by the mean of the two models' standardised scores
    /// (each model's scores over the unscreened records scaled to mean 0, SD 1).
    case ensemble = "nb+svm"
}
