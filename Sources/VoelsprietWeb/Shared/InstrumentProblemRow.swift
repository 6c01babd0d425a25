import VoelsprietDomain

/// An instrument problem as a page shows it: where (by id, with line and column when known) and
/// what, in the page's language. Stored properties, because Mustache reads no computed ones.
struct InstrumentProblemRow: Sendable {
    let location: String
    let message: String
    /// The item, section or scale it belongs to, for placing it inline.
    let id: String

    init(_ problem: InstrumentProblem, language: String) {
        location = problem.location(in: language)
        message = problem.message(in: language)
        id = problem.id ?? ""
    }

    static func rows(_ problems: [InstrumentProblem], language: String) -> [InstrumentProblemRow] {
        problems.map { InstrumentProblemRow($0, language: language) }
    }
}
