import VoelsprietDomain

extension AnalysisData {
    /// Counts answer sets (from the database or the demo generator) against `instrument`.
    ///
    /// Answers are consumed one at a time and never kept, so any number of them fits.
    public init<S: Sequence>(
        instrument: Instrument, answers: S, splitNames: [String], textLimit: Int = 1000
    ) throws(AnalysisError) where S.Element == AnswerSet {
        var accumulator = try AnswerAccumulator(instrument: instrument, splitNames: splitNames, textLimit: textLimit)
        for answerSet in answers { accumulator.add(answerSet) }
        self = accumulator.finish()
    }
}
