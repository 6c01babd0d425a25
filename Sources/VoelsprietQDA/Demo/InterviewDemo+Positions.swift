// Where the demo codings lie in the transcript text as the import stores it.
import Foundation

extension InterviewDemo {
    /// The transcript as `TranscriptReader` reads the source's bytes (what an import stores
    /// when no pseudonym list is given).
    public static func transcript(of source: DemoSource) throws(InterviewDemoError) -> Transcript {
        do {
            return try TranscriptReader.read(source.data, fileName: source.fileName)
        } catch {
            throw .unreadableTranscript(file: source.fileName, detail: error.description)
        }
    }

    /// Reads the source through `TranscriptReader` and finds every coding's phrase in the
    /// resulting text. Throws `phraseNotUnique` naming the source and phrase when a phrase does
    /// not occur exactly once.
    public static func locatedCodings(
        in source: DemoSource
    ) throws(InterviewDemoError) -> (transcript: Transcript, codings: [DemoLocatedCoding]) {
        let transcript = try transcript(of: source)
        let scalars = Array(transcript.text.unicodeScalars)
        var located: [DemoLocatedCoding] = []
        for coding in source.codings {
            let range = try range(of: coding.phrase, inScalars: scalars, sourceName: source.fileName)
            located.append(DemoLocatedCoding(coding: coding, range: range))
        }
        return (transcript, located)
    }

    /// The range of `phrase` in `text`, compared scalar by scalar (no normalisation, no case
    /// folding). Throws when the phrase is empty or does not occur exactly once.
    public static func range(of phrase: String, in text: String, sourceName: String) throws(InterviewDemoError) -> ScalarRange {
        try range(of: phrase, inScalars: Array(text.unicodeScalars), sourceName: sourceName)
    }

    static func range(
        of phrase: String, inScalars text: [Unicode.Scalar], sourceName: String
    ) throws(InterviewDemoError) -> ScalarRange {
        let needle = Array(phrase.unicodeScalars)
        guard !needle.isEmpty else { throw .emptyPhrase(source: sourceName) }
        let starts = occurrences(of: needle, in: text)
        guard starts.count == 1, let start = starts.first else {
            throw .phraseNotUnique(source: sourceName, phrase: phrase, occurrences: starts.count)
        }
        return ScalarRange(start: start, end: start + needle.count)
    }

    /// Start offsets of every (possibly overlapping) occurrence of `needle` in `text`.
    static func occurrences(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Int] {
        guard needle.count <= text.count, let first = needle.first else { return [] }
        var out: [Int] = []
        for i in 0...(text.count - needle.count) where text[i] == first {
            if text[i..<(i + needle.count)].elementsEqual(needle) { out.append(i) }
        }
        return out
    }
}
