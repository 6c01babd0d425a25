// Markdown import: the stored plain text against a rendering of markdown-it-py's token stream
// (CommonMark + strikethrough), and the speaker turns over that plain text.
import Foundation
import Testing
@testable import VoelsprietQDA

@Suite("Markdown transcript import")
struct MarkdownImportTests {
    struct Expected: Decodable {
        var text: String
        var turns: [ImportExpectedTurn]
    }

    @Test("plain text and turns as the markdown-it-py reference")
    func againstReference() throws {
        let expected = try ImportFixture.json(Expected.self, "markdown/expected.json")
        let result = try ImportFixture.read("markdown/interview.md")
        let transcript = try #require(ImportFixture.value(result))
        #expect(transcript.format == .markdown)
        #expect(transcript.text == expected.text)
        #expect(ImportFixture.turnsMatch(transcript, expected.turns))
        #expect(transcript.speakers == ["Interviewer", "Stud6"])
    }

    static let inline: [(String, String)] = [
        ("**vet** en *schuin* en _ook_", "vet en schuin en ook"),
        ("snake_case_woord blijft", "snake_case_woord blijft"),
        ("2 * 3 * 4", "2 * 3 * 4"),
        ("[tekst](https://example.org/a_(b)) na", "tekst na"),
        ("![alt *tekst*](x.png)", "alt tekst"),
        ("`*geen nadruk*`", "*geen nadruk*"),
        ("\\*letterlijk\\*", "*letterlijk*"),
        ("<mailto:iemand@example.org>", "mailto:iemand@example.org"),
        ("~~weg~~ ~niet~", "weg ~niet~"),
        ("***beide***", "beide"),
        ("**open zonder sluiten", "**open zonder sluiten"),
    ]

    @Test("inline markup", arguments: inline)
    func inlineMarkup(_ markdown: String, _ plain: String) {
        #expect(MarkdownText.plainText(fromMarkdown: markdown) == plain)
    }

    static let blocks: [(String, String)] = [
        ("# Kop #\n## Tweede", "Kop\nTweede"),
        ("#geen kop", "#geen kop"),
        ("* een\n  - twee", "- een\n  - twee"),
        ("> > diep citaat", "diep citaat"),
        ("Kop\n===\ntekst", "Kop\n\ntekst"),
        ("~~~\n# geen kop\n~~~\nna", "# geen kop\nna"),
        ("[ref]: https://example.org\nTekst", "\nTekst"),
    ]

    @Test("block markup", arguments: blocks)
    func blockMarkup(_ markdown: String, _ plain: String) {
        #expect(MarkdownText.plainText(fromMarkdown: markdown) == plain)
    }
}
