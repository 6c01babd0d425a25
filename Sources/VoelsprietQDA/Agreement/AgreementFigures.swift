// The agreement figures of one code (or of all codes pooled) over binary coded / not-coded units.
import Foundation
import VoelsprietStatistics

/// Agreement between two coders over the same units.
///
/// - percent agreement = 100 · (both coded + neither coded) / units;
/// - Cohen's kappa (Cohen 1960) from the 2×2 table of coded / not coded: with pₒ the share of
///   agreeing units and pₑ = p₁(A) p₁(B) + p₀(A) p₀(B) the agreement expected from each coder's
///   own shares of coded (p₁) and not-coded (p₀) units, κ = (pₒ − pₑ) / (1 − pₑ). Undefined when
///   pₑ = 1 (both coders gave every unit the same status). Computed by `CohenKappa` of
///   VoelsprietStatistics, whose standard error (Fleiss, Cohen & Everitt 1969) is kept in
///   `kappaDetail`.
public struct CoderPairAgreement: Sendable, Hashable {
    public let first: UUID
    public let second: UUID
    /// Units both coders coded.
    public let bothCoded: Int
    /// Units only the first coder coded.
    public let onlyFirst: Int
    /// Units only the second coder coded.
    public let onlySecond: Int
    /// Units neither coded.
    public let neither: Int
    /// Percent agreement, 0–100.
    public let percentAgreement: AgreementFigure
    public let cohensKappa: AgreementFigure
    /// κ with its standard errors and interval, when defined.
    public let kappaDetail: CohenKappa?

    public var units: Int { bothCoded + onlyFirst + onlySecond + neither }
}

/// Agreement of a set of m ≥ 2 coders over binary units (see `AgreementUnit`).
///
/// - `percentAgreement` = 100 · units on which all m coders agree (all coded or none coded) /
///   units. For two coders this is the usual percent agreement; for more it is the share of
///   unanimous units (the units a discussion does not need to visit); `pairs` holds each pair's.
/// - `cohensKappa`: for exactly two coders, the pair's κ (see `CoderPairAgreement`); for more,
///   undefined with reason `notTwoCoders` (use `pairs`).
/// - `krippendorffAlpha`: nominal alpha over all m coders (see `KrippendorffAlphaBinary`).
/// - `pairs`: every pair (i, j), i < j in the compared order.
public struct AgreementFigures: Sendable, Hashable {
    /// The compared coders, in order.
    public let coders: [UUID]
    /// Number of units; every coder rated each one.
    public let units: Int
    /// Units on which every coder gave the same status.
    public let unanimousUnits: Int
    /// Units each coder coded, in the order of `coders`.
    public let codedUnits: [Int]
    public let percentAgreement: AgreementFigure
    public let cohensKappa: AgreementFigure
    public let krippendorffAlpha: AgreementFigure
    public let pairs: [CoderPairAgreement]

    init(coders: [UUID], tally: StatusTally) {
        self.coders = coders
        units = tally.units
        unanimousUnits = tally.unanimousUnits
        codedUnits = coders.indices.map { tally.codedUnits(by: $0) }
        percentAgreement = Self.percent(unanimousUnits, of: units)
        var pairs: [CoderPairAgreement] = []
        for a in coders.indices {
            for b in coders.indices where b > a {
                pairs.append(Self.pair(coders[a], coders[b], table: tally.pairTable(a, b)))
            }
        }
        self.pairs = pairs
        if coders.count == 2, let only = pairs.first {
            cohensKappa = only.cohensKappa
        } else {
            cohensKappa = .undefined(.notTwoCoders(count: coders.count))
        }
        krippendorffAlpha = KrippendorffAlphaBinary.alpha(tally)
    }

    /// The pair of coders `first` and `second`, in either order.
    public func pair(_ first: UUID, _ second: UUID) -> CoderPairAgreement? {
        pairs.first { ($0.first == first && $0.second == second) || ($0.first == second && $0.second == first) }
    }

    static func percent(_ agreeing: Int, of units: Int) -> AgreementFigure {
        units > 0 ? .defined(100 * Double(agreeing) / Double(units)) : .undefined(.noUnits)
    }

    private static func pair(
        _ first: UUID, _ second: UUID, table: (both: Int, onlyFirst: Int, onlySecond: Int, neither: Int)
    ) -> CoderPairAgreement {
        let units = table.both + table.onlyFirst + table.onlySecond + table.neither
        // Rows: first coder coded / not coded; columns: the second coder.
        let counts = [[table.both, table.onlyFirst], [table.onlySecond, table.neither]]
        let kappa = Result { () throws(AgreementNotComputable) in try CohenKappa.compute(counts) }
        let figure: AgreementFigure
        switch kappa {
        case .success(let detail): figure = .defined(detail.kappa)
        case .failure(let reason): figure = .undefined(AgreementUndefined(reason))
        }
        return CoderPairAgreement(
            first: first, second: second, bothCoded: table.both, onlyFirst: table.onlyFirst,
            onlySecond: table.onlySecond, neither: table.neither,
            percentAgreement: percent(table.both + table.neither, of: units),
            cohensKappa: figure, kappaDetail: try? kappa.get())
    }
}
