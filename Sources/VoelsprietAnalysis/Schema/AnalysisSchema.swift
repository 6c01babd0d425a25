import VoelsprietDomain

/// The variables of an analysis, in questionnaire (or column) order.
public struct AnalysisSchema: Sendable {
    public private(set) var variables: [AnalysisVariable]
    private var indexByID: [String: Int]
    /// The instrument the schema came from, if any.
    public let instrumentID: String?
    /// Numeric and date items of the instrument: read like text, but neither tabulated nor listed.
    public var typedItems: Set<String> = []
    /// The numeric ones among them: every answer is kept (not only the first `textLimit`), to be
    /// described as numbers.
    public var numericItems: Set<String> = []
    /// Numeric items whose export writes -98/-99 for no answer (`ExportLayout.usesMissingCodes`):
    /// those cells are no answer, not the number -98.
    public var missingCodedNumericItems: Set<String> = []

    public init(variables: [AnalysisVariable], instrumentID: String? = nil) {
        self.variables = variables
        self.instrumentID = instrumentID
        indexByID = Dictionary(variables.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The index of the variable with `id`.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// The variable with `id`.
    public subscript(id: String) -> AnalysisVariable? { indexByID[id].map { variables[$0] } }

    /// The schema of an instrument: every item, with "other, namely" texts as text variables
    /// right after their item; an item's condition includes its section's.
    public init(instrument: Instrument) {
        var variables: [AnalysisVariable] = []
        for section in instrument.sections {
            for item in section.items {
                let condition = section.condition(of: item)
                let options = instrument.options(of: item)
                let kind: AnalysisVariable.Kind =
                    switch item.type {
                    case .multiple: .multiple
                    // Typed numbers and dates are not tabulated (yet): listed like free text.
                    case .text, .numeric, .date: .text
                    case .single, .dropdown, .scale, .yesno: .single
                    }
                variables.append(
                    AnalysisVariable(
                        id: item.id, kind: kind, question: item.text,
                        categories: options.map { AnalysisCategory(code: $0.code, label: $0.label, short: $0.short) },
                        reference: item.reference, scale: item.scale, condition: condition,
                        section: (section.id, section.description ?? section.title)))
                for option in options where option.specify {
                    variables.append(
                        AnalysisVariable(
                            id: "\(item.id)_\(option.code)_text", kind: .text,
                            question: LocalizedText(
                                Dictionary(
                                    uniqueKeysWithValues: item.text.values.map { language, text in
                                        (language, "\(text) — \(option.label.text(in: language))")
                                    })),
                            categories: [], condition: .equals(item: item.id, value: option.code),
                            specifies: (item.id, option.code), section: (section.id, section.description ?? section.title)))
                }
            }
        }
        self.init(variables: variables, instrumentID: instrument.id)
        typedItems = Set(instrument.orderedItems.map(\.item).filter { $0.type == .numeric || $0.type == .date }.map(\.id))
        numericItems = Set(instrument.orderedItems.map(\.item).filter { $0.type == .numeric }.map(\.id))
        missingCodedNumericItems = Set(
            instrument.orderedItems.map(\.item).filter { $0.type == .numeric && ExportLayout.usesMissingCodes($0) }.map(\.id))
    }
}
