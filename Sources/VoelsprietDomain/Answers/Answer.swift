/// One answered item: its value and any "other, namely …" texts, keyed by option code.
public struct Answer: Sendable, Hashable {
    public var value: AnswerValue
    /// Free texts of options with `specify`, keyed by option code.
    public var specified: [String: String]

    public init(_ value: AnswerValue, specified: [String: String] = [:]) {
        self.value = value
        self.specified = specified
    }

    /// Whether `code` was chosen (without building the list of codes).
    public func contains(_ code: String) -> Bool {
        switch value {
        case .code(let chosen): return chosen == code
        case .codes(let chosen): return chosen.contains(code)
        case .text: return false
        }
    }

    /// The chosen codes (empty for free text).
    public var codes: [String] {
        switch value {
        case .code(let code): return [code]
        case .codes(let codes): return codes
        case .text: return []
        }
    }
}
