import VoelsprietDomain
import VoelsprietStorage

/// The list of a study's responses, real and test apart.
struct ResponsesViewModel {
    struct Row {
        let id: String
        let day: String
        let url: String
    }

    let frame: StudyFrame
    let csrf: String
    let x: [String: String]
    let responses: [Row]
    let tests: [Row]
    let hasResponses: Bool
    let hasTests: Bool
    let responseCount: Int
    let testCount: Int
    let previewURL: String?
    let notice: String?
    let error: String?
}

/// One response: each item the respondent answered, in questionnaire order, with its labels.
struct ResponseViewModel {
    struct Answer {
        let itemID: String
        let question: String
        let value: String
    }

    let frame: StudyFrame
    let csrf: String
    let x: [String: String]
    let id: String
    let day: String
    let test: Bool
    let answers: [Answer]
    let deleteURL: String
    let error: String?

    /// The answers as a researcher reads them: codes turned into their labels, specify texts
    /// after their option, free text as typed. Items without an answer are left out.
    static func answers(of response: StoredResponse, instrument: Instrument, language: String) -> [Answer] {
        instrument.orderedItems.compactMap { _, item in
            guard let answer = response.answers[item.id] else { return nil }
            let options = instrument.options(of: item)
            func label(_ code: String) -> String {
                let text = options.first { $0.code == code }?.label.text(in: language) ?? code
                return answer.specified[code].map { "\(text): \($0)" } ?? text
            }
            let value: String
            switch answer.value {
            case .code(let code): value = label(code)
            case .codes(let codes): value = codes.map(label).joined(separator: "; ")
            case .text(let text): value = text
            }
            return Answer(itemID: item.id, question: item.text.text(in: language), value: value)
        }
    }
}
