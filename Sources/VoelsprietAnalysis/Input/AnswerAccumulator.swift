import VoelsprietDomain

/// Adds answer sets to an analysis one by one, for callers that stream them (database pages).
public struct AnswerAccumulator: Sendable {
    var data: AnalysisData
    let lookup: [[String: Int64]]
    var row: [Int64]
    var texts: [String] = []
    let decoder: StoredAnswerDecoder
    /// Open answers of the document being added, as positions in its bytes.
    var textTokens: [StoredAnswerDecoder.Token] = []
    /// Stored documents that could not be read at all.
    public private(set) var unreadable = 0

    public init(instrument: Instrument, splitNames: [String], textLimit: Int = 1000) throws(AnalysisError) {
        let schema = AnalysisSchema(instrument: instrument)
        data = try AnalysisData(schema: schema, splitNames: splitNames, textLimit: textLimit)
        lookup = schema.variables.map { variable in
            Dictionary(
                variable.categories.enumerated().map { ($1.code, Int64($0)) }, uniquingKeysWith: { first, _ in first })
        }
        row = [Int64](repeating: CodedRow.blank, count: schema.variables.count)
        decoder = StoredAnswerDecoder(schema: schema)
    }

    /// Counts one stored answer document (the intake body format, as the database keeps it)
    /// without building an answer set: the fast path for reports from the database.
    public mutating func add(storedJSON bytes: UnsafeRawBufferPointer) {
        textTokens.removeAll(keepingCapacity: true)
        let problems = row.withUnsafeMutableBufferPointer { row in decoder.decode(bytes, into: row, texts: &textTokens) }
        for problem in problems {
            switch problem {
            case .malformed:
                unreadable += 1
                data.warn(ImportWarning(line: nil, column: nil, message: .notJSON))
                return
            case .unknownKey(let key):
                data.warn(ImportWarning(line: nil, column: key, message: .notAnItem))
            case .unknownCode(let variable, let code):
                data.warn(ImportWarning(line: nil, column: data.schema.variables[variable].id, message: .notACode(code)))
            }
        }
        let tokens = textTokens
        let reader = StoredAnswerDecoder.Reader(bytes: bytes)
        row.withUnsafeBufferPointer { row in
            data.tally.add(row) { String(decoding: reader.content(tokens[Int($0)]), as: UTF8.self) }
        }
    }

    /// Counts one stored answer document given as a string.
    public mutating func add(storedJSON text: String) {
        var text = text
        text.withUTF8 { add(storedJSON: UnsafeRawBufferPointer($0)) }
    }

    /// Counts one response. Codes the instrument does not know are skipped with a warning.
    public mutating func add(_ answers: AnswerSet) {
        texts.removeAll(keepingCapacity: true)
        let variables = data.schema.variables
        for (index, variable) in variables.enumerated() {
            row[index] = CodedRow.blank
            if let specifies = variable.specifies {
                if let text = answers[specifies.item]?.specified[specifies.option], !text.isEmpty {
                    row[index] = Int64(texts.count)
                    texts.append(text)
                }
                continue
            }
            guard let answer = answers[variable.id] else { continue }
            switch (variable.kind, answer.value) {
            case (.single, .code(let code)):
                if let value = lookup[index][code] {
                    row[index] = value
                } else {
                    data.warn(ImportWarning(line: nil, column: variable.id, message: .notACode(code)))
                }
            case (.multiple, .codes(let codes)):
                var mask: Int64 = 0
                for code in codes {
                    if let value = lookup[index][code], value < 63 {
                        mask |= 1 << value
                    } else {
                        data.warn(ImportWarning(line: nil, column: variable.id, message: .notACode(code)))
                    }
                }
                if mask != 0 { row[index] = mask }
            case (.text, .text(let text)):
                if !text.isEmpty {
                    row[index] = Int64(texts.count)
                    texts.append(text)
                }
            default:
                data.warn(ImportWarning(line: nil, column: variable.id, message: .wrongShape))
            }
        }
        let texts = self.texts
        row.withUnsafeBufferPointer { row in
            data.tally.add(row) { texts[Int($0)] }
        }
    }

    /// The finished analysis.
    public func finish() -> AnalysisData {
        var data = data
        data.resolveSplits()
        return data
    }
}

extension DataMessage {
    static let notJSON = DataMessage(
        en: "a stored response is not valid JSON; skipped", nl: "een opgeslagen antwoord is geen geldige JSON; overgeslagen")
    static let notAnItem = DataMessage(
        en: "not an item of this instrument; skipped", nl: "geen vraag van deze vragenlijst; overgeslagen")
    static let wrongShape = DataMessage(en: "answer of the wrong shape; skipped", nl: "antwoord van de verkeerde vorm; overgeslagen")

    static func notACode(_ code: String) -> DataMessage {
        DataMessage(en: "'\(code)' is not one of its codes; skipped", nl: "'\(code)' is geen van de codes; overgeslagen")
    }
}
