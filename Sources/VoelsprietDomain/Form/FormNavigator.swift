/// Cuts an instrument into pages so that branching can be applied on the server, without
/// JavaScript, and no respondent ever sees an item that does not apply to them.
///
/// A step holds the visible items of one section, up to (not including) the first item whose
/// condition depends on an answer given on the same step; that item starts the next step,
/// when its condition can be evaluated.
public struct FormNavigator: Sendable {
    public let instrument: Instrument
    private let positions: [(section: InstrumentSection, item: InstrumentItem)]

    public init(instrument: Instrument) {
        self.instrument = instrument
        self.positions = instrument.orderedItems
    }

    /// Number of item positions in the instrument.
    public var positionCount: Int { positions.count }

    /// The step that begins at `start`, given the answers to earlier items, or nil when no
    /// visible item remains (the questionnaire is complete).
    public func step(from start: Int, answers: AnswerSet) -> FormStep? {
        var index = max(0, start)
        var items: [String] = []
        var sectionID: String?
        var stepStart = index
        while index < positions.count {
            let (section, item) = positions[index]
            if let current = sectionID, current != section.id { break }
            let dependencies = Set(
                ((section.showIf?.references ?? []) + (item.showIf?.references ?? [])).map(\.item))
            if !dependencies.isDisjoint(with: items) { break }
            if ResponseValidator.isVisible(item, in: section, given: answers) {
                if items.isEmpty { stepStart = index }
                items.append(item.id)
                sectionID = section.id
            }
            index += 1
        }
        guard let sectionID else { return nil }
        return FormStep(start: stepStart, end: index, itemIDs: items, sectionID: sectionID)
    }

    /// All steps a respondent with these answers walks through, in order.
    public func steps(answers: AnswerSet) -> [FormStep] {
        var steps: [FormStep] = []
        var position = 0
        while let step = step(from: position, answers: answers.restricted(before: position, in: instrument)) {
            steps.append(step)
            position = step.end
        }
        return steps
    }
}

extension AnswerSet {
    /// The answers to items before position `position` of the instrument's ordered items.
    public func restricted(before position: Int, in instrument: Instrument) -> AnswerSet {
        var kept = AnswerSet()
        for (index, entry) in instrument.orderedItems.enumerated() where index < position {
            if let answer = self[entry.item.id] { kept[entry.item.id] = answer }
        }
        return kept
    }
}
