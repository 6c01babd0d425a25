import VoelsprietStatistics

/// Recomputes the p value of a statement and judges the reported one (see `Statcheck`).
enum StatementEvaluator {
    struct Evaluation {
        var computedP: Double
        var lowestP: Double
        var highestP: Double
        var inconsistent: Bool
        var decisionError: Bool
        var computedSignificant: Bool
    }

    /// The evaluation, or the reason the statement cannot be checked.
    static func evaluate(_ raw: RawStatement, p: ReportedNumber, oneSided: Bool, alpha: Double) -> Result<Evaluation, Invalid> {
        if let problem = validate(raw, p: p) { return .failure(Invalid(reason: problem)) }
        let x = abs(raw.statistic.value), h = raw.statistic.halfUnit
        let scale = oneSided ? 0.5 : 1
        var upper = x + h
        if raw.test == .r { upper = min(upper, 1) }
        let point = scale * pValue(raw.test, raw.df, x)
        let lowest = scale * pValue(raw.test, raw.df, upper)
        let highest = scale * pValue(raw.test, raw.df, max(0, x - h))
        guard point.isFinite, lowest.isFinite, highest.isFinite else {
            return .failure(Invalid(reason: "the p value could not be computed"))
        }
        let inconsistent = !consistent(raw.comparison, p, lowest: lowest, highest: highest)
        let computedSignificant = point < alpha
        let reported = reportedSignificance(raw.comparison, p.value, alpha: alpha)
        let decisionError = inconsistent && reported != nil && reported != computedSignificant
        return .success(Evaluation(
            computedP: point, lowestP: lowest, highestP: highest, inconsistent: inconsistent,
            decisionError: decisionError, computedSignificant: computedSignificant))
    }

    struct Invalid: Error { let reason: String }

    /// The two-sided p value (upper tail for χ² and F) of statistic x ≥ 0.
    static func pValue(_ test: StatcheckStatement.Test, _ df: [Double], _ x: Double) -> Double {
        switch test {
        case .chi2: return ChiSquareDistribution(degreesOfFreedom: df[0]).survival(x)
        case .F: return FDistribution(numerator: df[0], denominator: df[1]).survival(x)
        case .t: return StudentTDistribution(degreesOfFreedom: df[0]).twoSidedPValue(x)
        case .z: return NormalDistribution().twoSidedPValue(x)
        case .r: return CorrelationPValue.twoSided(r: min(x, 1), degreesOfFreedom: df[0])
        }
    }

    /// The reported p can come from some statistic within the rounding interval.
    static func consistent(_ comparison: StatcheckStatement.Comparison, _ p: ReportedNumber, lowest: Double, highest: Double) -> Bool {
        let tolerance = 1e-10 * max(p.value, p.halfUnit)
        switch comparison {
        case .equal: return highest >= p.value - p.halfUnit - tolerance && lowest <= p.value + p.halfUnit + tolerance
        case .less: return lowest < p.value
        case .lessOrEqual: return lowest <= p.value + tolerance
        case .greater: return highest > p.value
        case .greaterOrEqual: return highest >= p.value - tolerance
        }
    }

    /// Whether the text reports the result as significant at alpha; nil when it does not say
    /// (`p > .01`). As in statcheck, `p = .05` counts as reported significant at .05.
    static func reportedSignificance(_ comparison: StatcheckStatement.Comparison, _ p: Double, alpha: Double) -> Bool? {
        let atAlpha = abs(p - alpha) <= 1e-12
        switch comparison {
        case .equal, .lessOrEqual, .less: return p < alpha || atAlpha
        case .greater, .greaterOrEqual: return p >= alpha || atAlpha ? false : nil
        }
    }

    /// Why a statement cannot be checked, or nil.
    private static func validate(_ raw: RawStatement, p: ReportedNumber) -> String? {
        let maxDF = 1e9
        for df in raw.df where !(df > 0 && df <= maxDF) {
            return "degrees of freedom \(format(df)) are not between 0 and \(Int(maxDF))"
        }
        let x = raw.statistic.value
        guard x.isFinite else { return "the statistic is not a finite number" }
        switch raw.test {
        case .chi2 where x < 0, .F where x < 0: return "a \(raw.test == .F ? "F" : "χ²") value cannot be negative"
        case .r where abs(x) > 1: return "a correlation must lie between -1 and 1"
        default: break
        }
        if p.value < 0 || p.value > 1 { return "a p value must lie between 0 and 1" }
        if p.value == 0, raw.comparison == .less || raw.comparison == .lessOrEqual { return "p < 0 is impossible" }
        return nil
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
