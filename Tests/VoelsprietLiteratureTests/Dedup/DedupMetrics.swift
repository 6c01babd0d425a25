import VoelsprietLiterature

/// Sensitivity and specificity of deduplication as ASySD computes them.
///
/// ASySD's validation (`validation/calculate_performance_function.R` in camaradesuk/ASySD, the
/// code behind Hair et al. 2023, BMC Biology 21:189, which follows McKeown & Mir 2021) labels
/// every record: the one record kept of each study is "Unique", all others "Duplicate". The tool
/// runs with `keep_label = "Unique"`, i.e. from each of its duplicate groups it keeps the
/// record labelled unique when there is one. Then per record:
/// - TP: labelled duplicate and removed; FN: labelled duplicate and kept;
/// - TN: labelled unique and kept; FP: labelled unique and removed;
/// - sensitivity = TP / (TP + FN), specificity = TN / (TN + FP).
/// Here one record is kept per cluster, chosen the same way: a member labelled unique if any
/// (the first such), else the representative. So a cluster holding k unique-labelled records
/// counts k − 1 false positives, and a cluster without one keeps a duplicate (one false negative).
struct DedupMetrics: Equatable, CustomStringConvertible {
    var truePositives = 0, falsePositives = 0, trueNegatives = 0, falseNegatives = 0

    init(_ result: DeduplicationResult, truth: [String]) {
        for cluster in result.clusters {
            let unique = cluster.members.filter { truth[$0] == "unique" }.count
            let duplicates = cluster.members.count - unique
            if unique > 0 {
                trueNegatives += 1
                falsePositives += unique - 1
                truePositives += duplicates
            } else {
                falseNegatives += 1
                truePositives += duplicates - 1
            }
        }
    }

    var sensitivity: Double { Double(truePositives) / Double(truePositives + falseNegatives) }
    var specificity: Double { Double(trueNegatives) / Double(trueNegatives + falsePositives) }
    var description: String {
        "TP \(truePositives) FP \(falsePositives) TN \(trueNegatives) FN \(falseNegatives), sensitivity \(sensitivity), specificity \(specificity)"
    }
}
