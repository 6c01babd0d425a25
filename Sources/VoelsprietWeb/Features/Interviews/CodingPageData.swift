import Foundation
import VoelsprietQDA
import VoelsprietServices

/// The JSON the coding script reads from the page (`<script type="application/json"
/// id="coding-data">`) and gets back from the coding routes. Positions are UTF-16 units.
enum CodingPageData {
    static func json(view: InterviewService.CodingView, index: PositionIndex, book: Codebook, texts: InterviewText) -> String {
        let codes = book.outline().map { code($0.code, path: book.path(of: $0.code.id).joined(separator: " › ")) }
        var coders: [String: String] = [:]
        for c in view.coders { coders[c.coder.id.uuidString] = c.coder.name }
        let object: [String: Any] = [
            "length": index.utf16Count, "coders": coders,
            "codes": codes,
            "codings": view.codings.map { coding($0.coding, own: $0.coding.coderID == view.ownCoderID, index: index) },
            "turns": view.source.turns.compactMap { turn -> [String: Any]? in
                guard let start = index.utf16Offset(ofScalar: turn.range.start) else { return nil }
                var out: [String: Any] = ["start": start]
                if let time = turn.time { out["time"] = time.startLabel }
                if let speaker = turn.speaker { out["speaker"] = speaker }
                return out
            },
            "texts": [
                "apply": texts["apply"], "filter": texts["filter"], "undo": texts["undo"], "nothingToUndo": texts["nothingToUndo"],
                "memo": texts["memo"], "delete": texts["delete"], "failed": texts["failed"], "newCode": texts["newCode"],
                "create": texts["create"], "save": texts["save"],
            ],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        // Inside <script>: "</" and "<!--" must not appear; escape "<" as \u003c (still valid JSON).
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }

    static func code(_ code: Code, path: String) -> [String: Any] {
        ["id": code.id.uuidString, "name": code.name, "path": path, "colour": code.colour ?? "#dddddd", "codable": code.isCodable]
    }

    static func coding(_ c: Coding, own: Bool, index: PositionIndex) -> [String: Any] {
        let range = index.utf16Range(of: c.range) ?? 0..<0
        return [
            "id": c.id.uuidString, "code": c.codeID.uuidString, "start": range.lowerBound, "end": range.upperBound,
            "coder": c.coderID.uuidString, "own": own, "memo": c.memo ?? NSNull(),
        ]
    }
}
