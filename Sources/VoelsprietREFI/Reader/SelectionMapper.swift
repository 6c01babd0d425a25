// Maps a producer's `startPosition`/`endPosition` to a range in the stored text.
//
// REFI-QDA 1.5 §10.2: a text selection is given by code-point positions, the first code point
// being 0. In practice the end is exclusive (the selected text is text[start..<end]: ATLAS.ti's
// selection names, where not shortened, have exactly end − start characters) and positions count the text as the
// producer holds it: without the byte-order mark, with CRLF as two characters. NVivo counts
// UTF-16 code units instead of code points (checked on the NVivo 12.6 samples: every selection
// of the emoji-bearing source lands on word boundaries only with UTF-16 units over the text
// without BOM and with CRLF). The stored text drops CR of CRLF, so each position then goes
// through `NormalisedText`'s offset map.
import Foundation
import VoelsprietQDA

struct SelectionMapper {
    let unit: REFIPositionUnit
    private let index: PositionIndex
    private let normalised: NormalisedText

    /// `content` is the text as the producer counted it (BOM already removed, CRLF kept).
    init(content: String, unit: REFIPositionUnit) {
        self.unit = unit
        index = PositionIndex(content)
        normalised = NormalisedText(content)
    }

    /// The stored (normalised) text.
    var storedText: String { normalised.text }
    /// Length of the original in the producer's unit.
    var originalLength: Int { unit == .utf16 ? index.utf16Count : index.scalarCount }

    /// The unit for one source under `policy`: UTF-16 only for NVivo and only when the text has a
    /// character outside the BMP (otherwise both units agree and code points are used).
    static func unit(for policy: REFIPositionPolicy, origin: String?, content: String) -> REFIPositionUnit {
        switch policy {
        case .always(let unit): return unit
        case .automatic:
            let nvivo = origin?.lowercased().contains("nvivo") ?? false
            return nvivo && content.unicodeScalars.contains { $0.value > 0xFFFF } ? .utf16 : .codePoints
        }
    }

    /// The stored range, or why the positions cannot be placed.
    func storedRange(start: Int, end: Int) -> Result<ScalarRange, Failure> {
        guard start <= end else { return .failure(.reversed) }
        guard start >= 0, end <= originalLength else { return .failure(.outside(length: originalLength)) }
        let s: Int?, e: Int?
        switch unit {
        case .codePoints: (s, e) = (start, end)
        case .utf16: (s, e) = (index.scalarOffset(ofUTF16: start), index.scalarOffset(ofUTF16: end))
        }
        guard let s, let e else { return .failure(.splitsSurrogatePair) }
        guard let storedStart = normalised.storedOffset(ofOriginal: s), let storedEnd = normalised.storedOffset(ofOriginal: e) else {
            return .failure(.outside(length: originalLength))
        }
        return .success(ScalarRange(start: storedStart, end: storedEnd))
    }

    enum Failure: Error, Equatable {
        case reversed, outside(length: Int), splitsSurrogatePair

        func reason(start: Int, end: Int, unit: REFIPositionUnit) -> String {
            let units = unit == .utf16 ? "UTF-16 units" : "code points"
            switch self {
            case .reversed: return "startPosition \(start) is after endPosition \(end)"
            case .outside(let length): return "positions \(start)–\(end) lie outside the text (0–\(length) \(units))"
            case .splitsSurrogatePair: return "positions \(start)–\(end) (UTF-16 units) split a character in two"
            }
        }
    }
}
