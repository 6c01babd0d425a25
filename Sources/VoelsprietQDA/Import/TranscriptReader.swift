// The entry point of transcript import: bytes and a file name in, a normalised transcript (LF, no
// BOM) with speaker turns out, or an error naming the file and the place.
import Foundation

/// Reads a transcript file of any supported format.
public enum TranscriptReader {
    /// 50 MiB: far above any interview transcript (a two-hour focus group is ~200 KB of text),
    /// low enough to refuse an accidental video or archive upload quickly.
    public static let defaultMaxTextBytes = 50 << 20

    /// Reads `data` as a transcript.
    /// - Parameters:
    ///   - fileName: used to pick the format (by extension) and in every error message.
    ///   - encoding: a declared text encoding; nil reads UTF-8 (or UTF-16 with a BOM). Ignored
    ///     for .docx, whose XML declares its own.
    ///   - format: forces the format; nil takes it from the extension, else from the content.
    ///   - maxTextBytes: the largest text file accepted (for .docx: the largest extracted text).
    public static func read(
        _ data: Data, fileName: String, encoding: TranscriptEncoding? = nil, format: TranscriptFormat? = nil,
        maxTextBytes: Int = defaultMaxTextBytes
    ) throws(TranscriptImportError) -> Transcript {
        let format = format ?? detectFormat(fileName: fileName, data: data)
        if format == .docx {
            return try DocxReader.read(data, fileName: fileName, limits: DocxReader.Limits(maxTextBytes: maxTextBytes))
        }
        guard data.count <= maxTextBytes else {
            throw TranscriptImportError(
                .tooLarge, fileName: fileName,
                detail: "the file is \(data.count) bytes, more than the limit of \(maxTextBytes) bytes for a transcript.")
        }
        let (decoded, warnings) = try TextDecoding.decode(data, declared: encoding, fileName: fileName)
        let text = NormalisedText(decoded).text
        var transcript: Transcript
        switch format {
        case .plainText, .docx:
            transcript = Transcript(text: text, turns: SpeakerTurns.turns(in: text), format: .plainText)
        case .markdown:
            let plain = MarkdownText.plainText(fromMarkdown: text)
            transcript = Transcript(text: plain, turns: SpeakerTurns.turns(in: plain), format: .markdown)
        case .webVTT:
            transcript = try CueTranscript.build(WebVTTParser.cues(in: text, fileName: fileName), format: .webVTT)
        case .srt:
            transcript = try CueTranscript.build(SRTParser.cues(in: text, fileName: fileName), format: .srt)
        }
        transcript.warnings = warnings + transcript.warnings
        try requireText(transcript, fileName: fileName)
        return transcript
    }

    /// Refuses a transcript without any visible text.
    static func requireText(_ transcript: Transcript, fileName: String) throws(TranscriptImportError) {
        guard transcript.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw TranscriptImportError(.empty, fileName: fileName, detail: "the file contains no text.")
        }
    }

    /// The format by extension (.txt, .md/.markdown, .docx, .vtt, .srt); otherwise by content: a
    /// ZIP header means .docx, a `WEBVTT` first line WebVTT, an SRT cue (number line, then
    /// `00:00:01,000 --> …`) SRT; anything else plain text.
    public static func detectFormat(fileName: String, data: Data) -> TranscriptFormat {
        let parts = fileName.split(separator: ".")
        switch parts.count > 1 ? parts.last?.lowercased() : nil {
        case "txt", "text": return .plainText
        case "md", "markdown": return .markdown
        case "docx": return .docx
        case "vtt", "webvtt": return .webVTT
        case "srt": return .srt
        default: return sniffFormat(data)
        }
    }

    /// The format judged from the first bytes alone.
    public static func sniffFormat(_ data: Data) -> TranscriptFormat {
        let head = [UInt8](data.prefix(512))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        let body = head.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(head.dropFirst(3)) : head
        let start = String(decoding: body, as: UTF8.self)
        if start.hasPrefix("WEBVTT") { return .webVTT }
        let lines = start.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let timing = lines.first.flatMap { Int($0) } != nil ? lines.dropFirst().first : lines.first
        if let timing, timing.contains("-->"), SRTParser.timing(timing) != nil { return .srt }
        return .plainText
    }
}
