// Agreement between coders, per code and over all reported codes.
import Foundation

/// The agreement figures of one code.
public struct CodeAgreement: Sendable, Hashable {
    public let codeID: UUID
    public let figures: AgreementFigures
}

/// Agreement of a set of coders, per code and overall, counted in one unit.
public struct AgreementReport: Sendable, Hashable {
    /// The unit counted (a page states it).
    public let unit: AgreementUnit
    /// The compared coders, in order.
    public let coders: [UUID]
    /// One entry per reported code, in the order asked for.
    public let codes: [CodeAgreement]
    /// All reported codes pooled (see `CoderAgreement.compute`).
    public let overall: AgreementFigures
}

/// Coder agreement arithmetic: pure, interval-based (cost grows with the number of codings and,
/// for paragraphs, with the paragraphs they touch — never with the number of characters).
public enum CoderAgreement {
    /// Agreement of `coders` (at least two, at most 64, in the order reports list them) on each of
    /// `codes` over `sources`, counted per `unit` (see `AgreementUnit`).
    ///
    /// Units are pooled across all listed sources: for a code, the character unit has
    /// Σ source lengths units and the paragraph unit Σ paragraph counts. Every coder rates every
    /// unit as coded or not coded with the code, so there are no missing values.
    ///
    /// `overall` pools all (code, unit) pairs of all reported codes: each unit counts once per
    /// code, and the figures are computed over these |codes| × units binary ratings as if they were
    /// one long list (the "all codes" figure of NVivo-style reports). A code nobody used adds
    /// agreeing not-coded units, which raises percent agreement; kappa and alpha correct for that
    /// chance agreement.
    ///
    /// Codings by other coders, with other codes or in sources not listed are ignored. A
    /// relevant coding whose range is reversed or reaches past its text, duplicate coders, codes
    /// or sources, invalid paragraphs and fewer than two coders throw `AgreementInputError`.
    public static func compute(
        unit: AgreementUnit, sources: [AgreementSource], codings: [Coding], coders: [UUID], codes: [UUID]
    ) throws(AgreementInputError) -> AgreementReport {
        let input = try PreparedAgreementInput(sources: sources, codings: codings, coders: coders, codes: codes)
        let totalUnits = input.sources.values.reduce(0) { total, source in
            total + (unit == .character ? source.length : source.paragraphs.count)
        }
        var pooled = StatusTally(coderCount: coders.count)
        var perCode: [CodeAgreement] = []
        perCode.reserveCapacity(codes.count)
        for code in codes {
            let tally = tally(code: code, unit: unit, input: input, totalUnits: totalUnits)
            pooled.add(tally)
            perCode.append(CodeAgreement(codeID: code, figures: AgreementFigures(coders: coders, tally: tally)))
        }
        return AgreementReport(
            unit: unit, coders: coders, codes: perCode, overall: AgreementFigures(coders: coders, tally: pooled))
    }

    /// Units per coder set for one code: the coded runs (or touched paragraphs) of each source
    /// with codings, and every remaining unit as coded by nobody.
    private static func tally(
        code: UUID, unit: AgreementUnit, input: PreparedAgreementInput, totalUnits: Int
    ) -> StatusTally {
        var tally = StatusTally(coderCount: input.coders.count)
        var touched = 0
        for (sourceID, perCoder) in input.ranges[code] ?? [:] {
            switch unit {
            case .character:
                for run in CoverageSweep.coveredRuns(perCoder) {
                    tally.add(run.mask, count: run.range.length)
                    touched += run.range.length
                }
            case .paragraph:
                let paragraphs = input.sources[sourceID]?.paragraphs ?? []
                for mask in CoverageSweep.paragraphMasks(perCoder, paragraphs: paragraphs).values {
                    tally.add(mask, count: 1)
                    touched += 1
                }
            }
        }
        tally.add(0, count: totalUnits - touched)
        return tally
    }
}
