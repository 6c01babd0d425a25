// WebVTT (W3C WebVTT: The Web Video Text Tracks Format, §4 file structure): a "WEBVTT" line, an
// optional header, then blocks separated by blank lines: cues (optional identifier line, a timing
// line "start --> end [settings]", payload lines) and NOTE, STYLE and REGION blocks.

enum WebVTTParser {
    private static let separators: Set<Character> = ["."]

    /// The cues of a normalised (LF, no BOM) WebVTT text. NOTE/STYLE/REGION blocks are skipped,
    /// identifiers and cue settings ignored; a block without a timing line is skipped with a
    /// warning; a timing line that cannot be read is an error naming its line.
    static func cues(in text: String, fileName: String) throws(TranscriptImportError) -> CueList {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isHeader(first) else {
            throw TranscriptImportError(
                .malformedCue, fileName: fileName, line: 1,
                detail: "a WebVTT file must start with the line WEBVTT.")
        }
        var list = CueList()
        var i = 1
        // The header runs to the first blank line (tolerating a cue that follows it directly).
        while i < lines.count, !isBlank(lines[i]), !lines[i].contains("-->") { i += 1 }
        while i < lines.count {
            if isBlank(lines[i]) { i += 1; continue }
            var j = i
            while j < lines.count, !isBlank(lines[j]) { j += 1 }
            try parseBlock(lines[i..<j], fileName: fileName, into: &list)
            i = j
        }
        return list
    }

    private static func isHeader(_ line: Substring) -> Bool {
        guard line.hasPrefix("WEBVTT") else { return false }
        let rest = line.dropFirst(6)
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }

    static func isBlank(_ line: Substring) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" } }

    /// One block; `block` keeps the indices of `lines`, so index + 1 is the line number.
    private static func parseBlock(
        _ block: ArraySlice<Substring>, fileName: String, into list: inout CueList
    ) throws(TranscriptImportError) {
        guard let firstLine = block.first else { return }
        if !firstLine.contains("-->"), ["NOTE", "STYLE", "REGION"].contains(where: { keyword(firstLine, $0) }) { return }
        guard let timingIndex = block.firstIndex(where: { $0.contains("-->") }) else {
            list.warnings.append("line \(block.startIndex + 1): a block without a time code was skipped")
            return
        }
        if timingIndex - block.startIndex > 1 {
            list.warnings.append("line \(block.startIndex + 1): lines before the time code were ignored")
        }
        // Each line with "-->" starts a cue; its payload runs to the next such line.
        var k = timingIndex
        while k < block.endIndex {
            var end = k + 1
            while end < block.endIndex, !block[end].contains("-->") { end += 1 }
            if let cue = try cue(timing: block[k], payload: Array(block[(k + 1)..<end]), line: k + 1, fileName: fileName) {
                if cue.end < cue.start { list.warnings.append("line \(k + 1): the cue ends before it starts") }
                list.cues.append(cue)
            }
            k = end
        }
    }

    private static func keyword(_ line: Substring, _ word: String) -> Bool {
        guard line.hasPrefix(word) else { return false }
        let rest = line.dropFirst(word.count)
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }

    /// The cue of one timing line and its payload; nil when the payload has no text.
    private static func cue(
        timing: Substring, payload: [Substring], line: Int, fileName: String
    ) throws(TranscriptImportError) -> Cue? {
        guard let times = CueTimestamp.timing(timing, separators: separators, hoursOptional: true) else {
            throw TranscriptImportError(
                .malformedTimestamp, fileName: fileName, line: line,
                detail: "cannot read the time codes \"\(timing)\" (expected hh:mm:ss.ttt --> hh:mm:ss.ttt or mm:ss.ttt).")
        }
        let (cleaned, voice) = CueText.clean(payload)
        let (speaker, text) = CueTranscript.speakerAndText(cleaned: cleaned, voice: voice)
        guard !text.isEmpty else { return nil }
        return Cue(line: line, start: times.0, end: times.1, speaker: speaker, text: text)
    }
}
