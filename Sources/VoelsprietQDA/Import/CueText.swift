// Cue payloads of WebVTT (W3C WebVTT, §4 "cue text") and SRT: markup tags removed, character
// references decoded, the voice of a `<v …>` span taken as the speaker, lines joined into one.

enum CueText {
    /// The cleaned one-line text and the voice annotation of the first `<v>` span, if any.
    /// Tags are removed before references are decoded, so `&lt;v&gt;` stays visible text.
    static func clean(_ lines: [Substring]) -> (text: String, voice: String?) {
        let raw = lines.joined(separator: " ")
        var voice: String?
        var out = ""
        var i = raw.startIndex
        while i < raw.endIndex {
            let ch = raw[i]
            if ch == "<", let close = raw[i...].firstIndex(of: ">") {
                if voice == nil { voice = voiceAnnotation(raw[raw.index(after: i)..<close]) }
                i = raw.index(after: close)
            } else if ch == "{", raw[i...].hasPrefix("{\\"), let close = raw[i...].firstIndex(of: "}") {
                // SSA/ASS override tags such as {\an8} that SRT writers leave in.
                i = raw.index(after: close)
            } else {
                out.append(ch)
                i = raw.index(after: i)
            }
        }
        return (collapseSpaces(decodeReferences(out)), voice.map(decodeReferences).map(collapseSpaces))
    }

    /// "v Jan de Vries" or "v.loud.first Jan" → the annotation; nil for other tags.
    private static func voiceAnnotation(_ tag: Substring) -> String? {
        guard tag.first == "v", let next = tag.dropFirst().first, next == "." || next == " " || next == "\t" else {
            return nil
        }
        guard let space = tag.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        let annotation = collapseSpaces(String(tag[space...]))
        return annotation.isEmpty ? nil : annotation
    }

    /// Runs of spaces and tabs as one space, trimmed at both ends.
    static func collapseSpaces(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Leading and trailing spaces and tabs removed.
    static func trimSpaces(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[first...last])
    }

    // MARK: Character references

    /// Named references WebVTT defines (amp, lt, gt, lrm, rlm, nbsp) and the HTML ones a
    /// transcription tool may write for Dutch text; numeric references `&#233;` / `&#xE9;`.
    /// Unknown names stay as written.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "nbsp": "\u{A0}", "lrm": "\u{200E}", "rlm": "\u{200F}",
        "quot": "\"", "apos": "'", "hellip": "…", "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’",
        "ldquo": "“", "rdquo": "”", "euro": "€", "copy": "©", "eacute": "é", "egrave": "è", "euml": "ë",
        "ecirc": "ê", "iuml": "ï", "ouml": "ö", "uuml": "ü", "auml": "ä", "aacute": "á", "agrave": "à",
        "oacute": "ó", "ccedil": "ç", "Eacute": "É", "Euml": "Ë", "Iuml": "Ï", "Ouml": "Ö", "Uuml": "Ü",
    ]

    static func decodeReferences(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].prefix(34).firstIndex(of: ";"),
                let decoded = reference(s[s.index(after: i)..<semi]) {
                out += decoded
                i = s.index(after: semi)
            } else {
                out.append(s[i])
                i = s.index(after: i)
            }
        }
        return out
    }

    private static func reference(_ name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
        return named[String(name)]
    }
}
