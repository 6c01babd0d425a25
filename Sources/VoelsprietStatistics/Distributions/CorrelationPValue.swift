/// The p value of a Pearson correlation r with `degreesOfFreedom` = n − 2, under the null
/// hypothesis ρ = 0: the t test with t = r·√(df / (1 − r²)) and df degrees of freedom.
///
/// Since x = df / (df + t²) = 1 − r², the two-sided p value is I_{1−r²}(df/2, ½), computed here with
/// 1 − r² = (1 − |r|)(1 + |r|) and r² passed separately, so that r close to ±1 loses no precision.
public enum CorrelationPValue {
    /// P(|T| ≥ |t|) for the t of `r`; `r` in [−1, 1] and `degreesOfFreedom` > 0 (else NaN).
    public static func twoSided(r: Double, degreesOfFreedom: Double) -> Double {
        guard r.isFinite, abs(r) <= 1, degreesOfFreedom > 0, degreesOfFreedom.isFinite else { return .nan }
        if abs(r) == 1 { return 0 }
        if r == 0 { return 1 }
        let x = (1 - abs(r)) * (1 + abs(r))
        return IncompleteBeta.regularized(degreesOfFreedom / 2, 0.5, x: x, y: r * r)
    }

    /// The one-sided p value in the direction of the observed sign: half the two-sided value.
    public static func oneSided(r: Double, degreesOfFreedom: Double) -> Double {
        twoSided(r: r, degreesOfFreedom: degreesOfFreedom) / 2
    }

    /// t = r·√(df / (1 − r²)); ±infinity for r = ±1.
    public static func tStatistic(r: Double, degreesOfFreedom: Double) -> Double {
        let oneMinusR2 = (1 - abs(r)) * (1 + abs(r))
        if oneMinusR2 <= 0 { return r > 0 ? .infinity : -.infinity }
        return r * (degreesOfFreedom / oneMinusR2).squareRoot()
    }
}
