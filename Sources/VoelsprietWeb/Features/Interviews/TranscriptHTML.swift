import Foundation
import VoelsprietQDA

/// The transcript as HTML for reading without JavaScript: the text escaped per Unicode scalar,
/// coded stretches in `<mark>` (one per run of the same set of codings), empty time markers at
/// each timed turn (their time is drawn by CSS, so the marks and markers add no characters to
/// the element's text: positions counted over `textContent` are the source's).
enum TranscriptHTML {
    struct Mark {
        let range: ScalarRange
        let id: String
        let title: String
    }

    static func render(text: String, marks: [Mark], turns: [SpeakerTurn]) -> String {
        let scalars = Array(text.unicodeScalars)
        var boundaries = Set<Int>([0, scalars.count])
        for m in marks {
            boundaries.insert(max(0, min(m.range.start, scalars.count)))
            boundaries.insert(max(0, min(m.range.end, scalars.count)))
        }
        var times: [Int: String] = [:]
        for turn in turns {
            guard let time = turn.time, turn.range.start >= 0, turn.range.start <= scalars.count else { continue }
            times[turn.range.start] = time.startLabel
            boundaries.insert(turn.range.start)
        }
        let cuts = boundaries.sorted()
        var out = ""
        out.reserveCapacity(scalars.count + marks.count * 60)
        for (a, b) in zip(cuts, cuts.dropFirst()) {
            if let time = times[a] { out += "<span class=\"turn-time\" data-time=\"\(time)\"></span>" }
            let covering = marks.filter { $0.range.start <= a && b <= $0.range.end }
            let piece = escape(scalars[a..<b])
            if covering.isEmpty {
                out += piece
            } else {
                let ids = covering.map(\.id).joined(separator: " ")
                let title = covering.map(\.title).joined(separator: ", ")
                let overlap = covering.count > 1 ? " overlap" : ""
                out += "<mark class=\"coded\(overlap)\" data-codings=\"\(ids)\" title=\"\(escape(title))\">\(piece)</mark>"
            }
        }
        return out
    }

    /// Unlike `MarkupEscape.html`, which drops control characters, this keeps every scalar:
    /// the element's text must be the source's, character for character, or positions shift.
    static func escape(_ s: String) -> String { escape(s.unicodeScalars[...]) }

    static func escape<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var out = String.UnicodeScalarView()
        for u in scalars {
            switch u {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: out.append(u)
            }
        }
        return String(out)
    }
}
