// One agreement figure: a value, or the reason it has none. Never NaN.
import VoelsprietStatistics

/// Why one agreement figure (percent agreement, Cohen's kappa, Krippendorff's alpha) has no value.
///
/// Other tools return NaN here (scikit-learn's `cohen_kappa_score` for pₑ = 1) or stop with an
/// error (the `krippendorff` package raises "There has to be more than one value in the domain"
/// when every value is the same); a report shows this reason instead.
public enum AgreementUndefined: Error, Sendable, Hashable, CustomStringConvertible {
    /// There are no units (no characters or no paragraphs in the compared sources).
    case noUnits
    /// Every coder gave every unit the same status (all coded, or — the usual case — nobody
    /// coded the code at all). Chance agreement pₑ is 1 and kappa is 0/0; alpha's expected
    /// disagreement Dₑ is 0 and alpha is 0/0. Agreement is total but says nothing beyond chance.
    case allUnitsAlike
    /// The single Cohen's kappa is defined for exactly two coders; with more, see the pairs.
    case notTwoCoders(count: Int)
    /// The kappa arithmetic refused the table for another reason (not expected for the 2×2
    /// tables built here; kept so that no error is lost).
    case kappa(AgreementNotComputable)

    /// A stable machine-readable code.
    public var code: String {
        switch self {
        case .noUnits: "no_units"
        case .allUnitsAlike: "all_in_one_category"
        case .notTwoCoders: "not_two_coders"
        case .kappa(let reason): reason.code
        }
    }

    public var description: String {
        switch self {
        case .noUnits: "there are no units to compare"
        case .allUnitsAlike:
            "every coder gave every unit the same status, so chance agreement is 1 and the coefficient is 0/0 (undefined)"
        case .notTwoCoders(let count):
            "Cohen's kappa compares two coders; \(count) were compared, see the pairwise values"
        case .kappa(let reason): reason.description
        }
    }

    /// The reason for a kappa the statistics library refused.
    init(_ reason: AgreementNotComputable) {
        switch reason {
        case .noRatings: self = .noUnits
        case .allRatingsInOneCategory: self = .allUnitsAlike
        default: self = .kappa(reason)
        }
    }
}

/// A figure's value, or why it has none (exactly one of the two is set).
public struct AgreementFigure: Sendable, Hashable, CustomStringConvertible {
    public let value: Double?
    public let undefinedReason: AgreementUndefined?

    public static func defined(_ value: Double) -> AgreementFigure {
        AgreementFigure(value: value, undefinedReason: nil)
    }

    public static func undefined(_ reason: AgreementUndefined) -> AgreementFigure {
        AgreementFigure(value: nil, undefinedReason: reason)
    }

    public var description: String {
        if let value { return "\(value)" }
        return "undefined (\(undefinedReason?.code ?? "unknown"))"
    }
}
