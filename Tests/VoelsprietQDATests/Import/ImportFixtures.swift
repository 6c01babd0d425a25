// Fixture access for the import tests. The fixtures and their reference values are made by
// Fixtures/Import/make_fixtures.py (Python codecs, python-docx, LibreOffice, webvtt-py, srt,
// markdown-it-py); the tests read them by path, relative to this file.
import Foundation
@testable import VoelsprietQDA

enum ImportFixture {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("Import")

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    static func json<T: Decodable>(_ type: T.Type, _ path: String) throws -> T {
        try JSONDecoder().decode(T.self, from: data(path))
    }

    /// Reads a fixture, turning a thrown import error into a value for `#expect`.
    static func read(
        _ path: String, encoding: TranscriptEncoding? = nil, format: TranscriptFormat? = nil
    ) throws -> Result<Transcript, TranscriptImportError> {
        let bytes = try data(path)
        let name = String(path.split(separator: "/").last ?? "")
        do {
            return .success(try TranscriptReader.read(bytes, fileName: name, encoding: encoding, format: format))
        } catch {
            return .failure(error)
        }
    }
}

/// A speaker turn as the Python reference computes it (offsets in Unicode scalars).
struct ImportExpectedTurn: Decodable, Sendable {
    var speaker: String
    var start: Int
    var end: Int
    var text: String
}

/// One cue as webvtt-py / srt read it.
struct ImportExpectedCue: Decodable, Sendable {
    var start: Double
    var end: Double
    var speaker: String?
    var text: String
}

extension ImportFixture {
    /// The text of a turn's range.
    static func text(of turn: SpeakerTurn, in transcript: Transcript) -> String {
        PositionIndex(transcript.text).substring(turn.range)
    }

    static func value(_ r: Result<Transcript, TranscriptImportError>) -> Transcript? {
        if case .success(let v) = r { v } else { nil }
    }

    static func error(_ r: Result<Transcript, TranscriptImportError>) -> TranscriptImportError? {
        if case .failure(let e) = r { e } else { nil }
    }

    /// Compares turns with the reference: speaker, range and the range's text.
    static func turnsMatch(_ transcript: Transcript, _ expected: [ImportExpectedTurn]) -> Bool {
        guard transcript.turns.count == expected.count else { return false }
        for (turn, e) in zip(transcript.turns, expected) {
            guard turn.speaker == e.speaker, turn.range == ScalarRange(start: e.start, end: e.end),
                text(of: turn, in: transcript) == e.text
            else { return false }
        }
        return true
    }
}
