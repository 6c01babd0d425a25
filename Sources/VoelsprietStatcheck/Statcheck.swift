// Statistics check of a report, in the spirit of R's statcheck (Nuijten & Epskamp), for Dutch and
// English texts, together with a consistency check of frequency tables (see `TableChecker`).
import VoelsprietStatistics

/// The statistics check: test results and frequency tables of a text, checked for consistency.
///
/// A *statement* is a reported χ², t, F, r or z test with its p value, in APA or Dutch notation
/// (`χ²(2, N = 131) = 8.44, p = .015`, `$X^2(4) = 11,08$; $p = 0,03$`, `t(28) = 2,10; p = 0,045`,
/// `F(2, 57) = 3.4, p < .05`, `r(48) = .32, p = .02`, `z = 1.96, p = .05`; `p = n.s.` is ignored);
/// its p is recomputed from the statistic and df — two-sided for t, z and r (halved when a mark
/// such as "eenzijdig", "1-zijdig" or "one-tailed" stands with it), the upper tail for χ² and F.
/// Rounding is allowed for as in statcheck: a statistic printed with d decimals stands for every
/// value within ±0.5·10⁻ᵈ, giving computed p values in [p_low, p_high], and a reported `p = v`
/// with d decimals stands for [v − 0.5·10⁻ᵈ, v + 0.5·10⁻ᵈ]; the statement is *inconsistent* when
/// the two ranges do not meet (`p < v`: even p_low is not below v; `p > v`: even p_high is not
/// above v). A *decision error* is an inconsistency where reported and computed p fall on
/// different sides of alpha (a reported `p = .05` counts as significant, as statcheck's default
/// does; a computed p is significant when it is below alpha). A *claim* is the clause around the
/// statement presenting it as a difference or as significant ("verschil", "verschilden",
/// "significant", "vaker", "hoger", "meer … dan", "difference", "differed", "higher", …) unless
/// negated or hedged ("geen verschil", "niet significant", "no difference", "marginally
/// significant"); with several statements in a sentence each takes the nearest claim word before it
/// in its own clause (clauses end at `;` and at "maar", "terwijl", "but", "whereas", …). A
/// *significance claim error* is a claim while the computed p ≥ alpha. Numbers: a single `.` or `,`
/// is the decimal point (so `χ²(1) = 1.234` reads 1.234); with both, the last one is (`1.234,5` =
/// 1234.5). A statement broken over two lines of one paragraph (`F(2, 40) = 3.50,` / `p = .04`) is
/// found too, and reported at its first line (see `LineJoin`). At most `StatcheckOptions.maxStatements` statements (20,000) are checked per text.
public enum Statcheck {
    /// Checks `lines` (from `StatcheckInput.lines(data:fileName:)`) at significance level `alpha`.
    public static func check(lines: [SourceLine], alpha: Double = 0.05) -> StatcheckReport {
        var options = StatcheckOptions.standard
        options.alpha = alpha
        return check(lines: lines, options: options)
    }

    /// Checks `lines` with the given options. Never fails: what cannot be read is listed as skipped.
    public static func check(lines: [SourceLine], options: StatcheckOptions) -> StatcheckReport {
        var notes: [String] = []
        var alpha = options.alpha
        if !(alpha > 0 && alpha < 1) {
            notes.append("alpha \(alpha) is not between 0 and 1; 0.05 was used")
            alpha = 0.05
        }
        var statements: [StatcheckStatement] = []
        var skipped: [SkippedStatement] = []
        var notSignificant = 0
        var truncated = false
        for (index, line) in lines.enumerated() {
            // Passages that could not be checked count towards the cap too.
            let room = options.maxStatements - statements.count - skipped.count
            var output = LineStatements.check(line, alpha: alpha, limit: max(0, room) + 1)
            if index + 1 < lines.count, let across = LineJoin.statements(across: line, lines[index + 1], alpha: alpha) {
                output.statements.append(contentsOf: across.statements)
                output.skipped.append(contentsOf: across.skipped)
            }
            notSignificant += output.notSignificantMarks
            if output.statements.count + output.skipped.count > room {
                statements.append(contentsOf: output.statements.prefix(max(0, room)))
                skipped.append(contentsOf: output.skipped.prefix(max(0, room - output.statements.count)))
                truncated = true
                notes.append("stopped after \(options.maxStatements) statements (line \(line.number)); the rest of the text was not checked")
                break
            }
            statements.append(contentsOf: output.statements)
            skipped.append(contentsOf: output.skipped)
        }
        if notSignificant > 0 {
            notes.append("\(notSignificant) result(s) reported as p = n.s. were not checked")
        }
        let tables = TableFinder.tables(in: lines, options: options)
        return StatcheckReport(
            alpha: alpha, statements: statements, tables: tables.checked, skippedStatements: skipped,
            skippedTables: tables.skipped, truncated: truncated, ignoredNotSignificant: notSignificant, notes: notes)
    }
}
