// SubRip (.srt): cues separated by blank lines, each a sequence number, a timing line
// "00:01:02,500 --> 00:01:04,000" and text lines. Files from transcription tools and editors
// deviate: missing or wrong numbers, extra blank lines, "." instead of ",", position suffixes
// ("X1:… Y1:…"), CRLF and a BOM (both already removed by normalisation). All of those are read.

import Foundation

enum SRTParser {
    private static let separators: Set<Character> = [",", "."]

    /// The (start, end) of an SRT timing line, or nil.
    static func timing<S: StringProtocol>(_ line: S) -> (Double, Double)? {
        CueTimestamp.timing(Substring(line), separators: separators, hoursOptional: false)
    }

    /// The cues of a normalised (LF, no BOM) SRT text.
    ///
    /// Every line with "-->" starts a cue (a number line just before it is dropped); text lines
    /// belong to the cue before them. Text after a blank line that is neither a number nor a
    /// timing line is kept with the cue before it, with a warning. Errors: a timing line that
    /// cannot be read, a number line not followed by a timing line, text before the first cue.
    static func cues(in text: String, fileName: String) throws(TranscriptImportError) -> CueList {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var list = CueList()
        var current: (line: Int, start: Double, end: Double, payload: [Substring])?
        var afterBlank = true
        func flush() {
            guard let c = current else { return }
            let (cleaned, _) = CueText.clean(c.payload)
            let (speaker, body) = CueTranscript.speakerAndText(cleaned: cleaned, voice: nil)
            if c.end < c.start { list.warnings.append("line \(c.line): the cue ends before it starts") }
            if !body.isEmpty { list.cues.append(Cue(line: c.line, start: c.start, end: c.end, speaker: speaker, text: body)) }
            current = nil
        }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if WebVTTParser.isBlank(line) { afterBlank = true; continue }
            defer { afterBlank = false }
            if line.contains("-->") || (afterBlank && looksLikeTimeCode(line)) {
                guard let t = timing(line) else { throw badTiming(line, number, fileName) }
                flush()
                current = (number, t.0, t.1, [])
            } else if afterBlank, isNumber(line) {
                guard index + 1 < lines.count, timing(lines[index + 1]) != nil else {
                    let next = index + 1 < lines.count ? "\"\(lines[index + 1])\"" : "the end of the file"
                    throw TranscriptImportError(
                        .malformedTimestamp, fileName: fileName, line: number + 1,
                        detail: "expected the time codes of cue \(line.trimmingCharacters(in: .whitespaces)) (hh:mm:ss,ttt --> hh:mm:ss,ttt), found \(next).")
                }
            } else if current != nil {
                if afterBlank { list.warnings.append("line \(number): text after a blank line was added to the cue before it") }
                current?.payload.append(line)
            } else {
                throw TranscriptImportError(
                    .malformedCue, fileName: fileName, line: number,
                    detail: "expected a cue number or time codes (hh:mm:ss,ttt --> hh:mm:ss,ttt) before any text.")
            }
        }
        flush()
        return list
    }

    private static func isNumber(_ line: Substring) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        return !t.isEmpty && t.count <= 9 && t.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A line starting like "00:01:02" (a timing line with a broken arrow, for instance).
    private static func looksLikeTimeCode(_ line: Substring) -> Bool {
        let t = line.drop(while: { $0 == " " || $0 == "\t" })
        let digits = t.prefix(while: { $0.isASCII && $0.isNumber })
        return !digits.isEmpty && t.dropFirst(digits.count).first == ":"
    }

    private static func badTiming(_ line: Substring, _ number: Int, _ fileName: String) -> TranscriptImportError {
        TranscriptImportError(
            .malformedTimestamp, fileName: fileName, line: number,
            detail: "cannot read the time codes \"\(line)\" (expected hh:mm:ss,ttt --> hh:mm:ss,ttt).")
    }
}
