/// Recognises and checks the statements of one line.
enum LineStatements {
    struct Output {
        var statements: [StatcheckStatement] = []
        var skipped: [SkippedStatement] = []
        /// `p = n.s.` passages (not checked).
        var notSignificantMarks = 0
    }

    /// True when the line can hold a statement at all (it has =, <, > or a non-ASCII character
    /// such as ≤ or ≥); lets most prose lines skip the scan.
    static func mayContainStatement(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x3D || $0 == 0x3C || $0 == 0x3E || $0 == 0xE2 }
    }

    /// The statements of `line`; at most `limit` are recognised (the caller's cap plus one).
    static func check(_ line: SourceLine, alpha: Double, limit: Int = .max) -> Output {
        var output = Output()
        guard mayContainStatement(line.text) else { return output }
        let scan = ScanText(line.text)
        let raws = StatementScanner.scan(scan, limit: limit)
        guard !raws.isEmpty else { return output }
        let ranges = raws.map(\.range)
        let bounds = SentenceBounds(scalars: scan.scalars, statements: ranges)
        let sentences = ranges.map { bounds.sentence(around: $0) }
        let words = WordTokens(scan.scalars, within: sentences, statements: ranges)
        for (k, raw) in raws.enumerated() {
            let text = scan.originalText(raw.range), column = scan.column(of: raw.range.lowerBound)
            guard let p = raw.p else {
                output.notSignificantMarks += 1
                continue
            }
            let clause = bounds.clause(around: raw.range, sentence: sentences[k], words: words)
            let oneSided = raw.test != .chi2 && raw.test != .F && oneSidedMark(k, raws: raws, sentences: sentences, count: scan.count, scan: scan, clause: clause)
            switch StatementEvaluator.evaluate(raw, p: p, oneSided: oneSided, alpha: alpha) {
            case .failure(let invalid):
                output.skipped.append(SkippedStatement(line: line.number, column: column, text: text, reason: invalid.reason))
            case .success(let evaluation):
                let claim = ClaimDetector.presentsAsSignificant(raw.range, clause: clause, words: words)
                output.statements.append(StatcheckStatement(
                    line: line.number, column: column, text: text, test: raw.test, df: raw.df,
                    statistic: raw.statistic.value, reportedComparison: raw.comparison, reportedP: p.value,
                    computedP: evaluation.computedP, computedPRange: [evaluation.lowestP, evaluation.highestP],
                    oneSided: oneSided, inconsistent: evaluation.inconsistent, decisionError: evaluation.decisionError,
                    presentedAsSignificant: claim, significanceClaimError: claim && !evaluation.computedSignificant))
            }
        }
        return output
    }

    /// A one-sided mark attached to statement `k` (in the 30 characters after it, before the next
    /// statement and the sentence end) or, failing that, in its clause before it — but after the
    /// characters attached to the previous statement.
    private static func oneSidedMark(
        _ k: Int, raws: [RawStatement], sentences: [Range<Int>], count: Int, scan: ScanText, clause: Range<Int>
    ) -> Bool {
        let range = raws[k].range
        let after = attachedWindow(k, raws: raws, sentences: sentences, count: count)
        var beforeStart = clause.lowerBound
        if k > 0 { beforeStart = max(beforeStart, attachedWindow(k - 1, raws: raws, sentences: sentences, count: count).upperBound) }
        let before = min(beforeStart, range.lowerBound)..<range.lowerBound
        return OneSidedMarks.isOneSided(scan.scalars, after: after, before: before)
    }

    private static func attachedWindow(_ k: Int, raws: [RawStatement], sentences: [Range<Int>], count: Int) -> Range<Int> {
        let range = raws[k].range
        var end = min(count, sentences[k].upperBound, range.upperBound + 30)
        if k + 1 < raws.count { end = min(end, raws[k + 1].range.lowerBound) }
        return range.upperBound..<max(range.upperBound, end)
    }
}
