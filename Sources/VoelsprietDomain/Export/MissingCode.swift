/// Why a coded cell of the answers export has no answer, as distinct codes: SPSS declares them
/// user-missing with a label, R turns them into NA with the reason kept beside them.
///
/// - `notShown` (−99): the item's condition did not hold for this respondent, so it was never
///   asked (a branch they were not in);
/// - `skipped` (−98): the item was shown and left unanswered (only optional items can be).
///
/// Only coded columns (single, scale and yes/no items, and each option column of a multiple
/// item) carry them; free-text and specify columns stay blank.
public enum MissingCode: String, Sendable, CaseIterable {
    case notShown = "-99"
    case skipped = "-98"

    public var value: Double { self == .notShown ? -99 : -98 }

    public func label(_ language: String) -> String {
        switch self {
        case .notShown: language == "en" ? "not shown (not asked in this branch)" : "niet getoond (niet gevraagd in deze route)"
        case .skipped: language == "en" ? "skipped (shown, not answered)" : "overgeslagen (getoond, niet beantwoord)"
        }
    }
}
