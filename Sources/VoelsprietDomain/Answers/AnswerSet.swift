/// The answers of one response, keyed by item id.
///
/// Its wire form (API bodies, storage) is a flat JSON object: single codes as strings,
/// multiple choices as arrays, texts as strings, and the specify text of option `o` of item
/// `i` under the key `"i.o"`.
public struct AnswerSet: Sendable, Hashable {
    public private(set) var answers: [String: Answer]

    public init(_ answers: [String: Answer] = [:]) {
        self.answers = answers
    }

    /// An empty set with room for `minimumCapacity` answers.
    public init(minimumCapacity: Int) {
        self.answers = Dictionary(minimumCapacity: minimumCapacity)
    }

    public subscript(itemID: String) -> Answer? {
        get { answers[itemID] }
        set { answers[itemID] = newValue }
    }

    public var isEmpty: Bool { answers.isEmpty }
    public var count: Int { answers.count }

    /// The wire form: one entry per answered item and per specify text.
    public var rawAnswers: RawAnswers {
        var raw: [String: RawValue] = [:]
        for (id, answer) in answers {
            switch answer.value {
            case .code(let code): raw[id] = .string(code)
            case .codes(let codes): raw[id] = .list(codes)
            case .text(let text): raw[id] = .string(text)
            }
            for (option, text) in answer.specified { raw["\(id).\(option)"] = .string(text) }
        }
        return RawAnswers(raw)
    }
}
