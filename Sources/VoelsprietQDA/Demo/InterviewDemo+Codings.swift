// The demo codings, one JSON file per transcript in Resources/demo/codings/<stem>.json:
// an array of {"code": [path], "phrase": "…", "coder": "admin", "memo": "…"?}.
import Foundation

extension InterviewDemo {
    /// One coding as stored in the JSON file.
    struct StoredCoding: Decodable {
        let code: [String]
        let phrase: String
        let coder: String
        let memo: String?
    }

    /// The codings of the transcript `stem`, in file order.
    static func codings(stem: String) throws(InterviewDemoError) -> [DemoCoding] {
        let data = try resource(stem, extension: "json", folder: "codings")
        let stored: [StoredCoding]
        do {
            stored = try JSONDecoder().decode([StoredCoding].self, from: data)
        } catch {
            throw .unreadableCodings(file: "codings/\(stem).json", detail: String(describing: error))
        }
        return stored.map { DemoCoding(codePath: $0.code, phrase: $0.phrase, coder: $0.coder, memo: $0.memo) }
    }

    /// The id of the code at `path` (names from the top down) in `codebook`, or nil. Names are
    /// compared exactly, as `Codebook.path(of:)` gives them.
    public static func codeID(for path: [String], in codebook: Codebook) -> UUID? {
        codebook.codes.first { codebook.path(of: $0.id) == path }?.id
    }
}
