import Testing

@testable import VoelsprietLiterature

@Suite("Keyword highlighting")
struct KeywordHighlighterTests {
    private func marked(_ text: String, include: [String], exclude: [String] = []) -> [String] {
        KeywordHighlighter(include: include, exclude: exclude).highlights(in: text).map {
            "\($0.kind == .include ? "+" : "-")\(text[$0.range])"
        }
    }

    @Test("case-insensitive, whole words only")
    func wholeWords() {
        let text = "Peer Support for peers; PEER support-workers. Unsupported."
        #expect(marked(text, include: ["peer support"]) == ["+Peer Support", "+PEER support"])
        #expect(marked(text, include: ["support"]) == ["+Support", "+support"])
    }

    @Test("truncation with *")
    func truncation() {
        let text = "Abuse, abusive parents and abused children; disabuse is not it."
        #expect(marked(text, include: ["abus*"]) == ["+Abuse", "+abusive", "+abused"])
        #expect(marked("lived experiences and lived-experience work", include: ["lived experience*"]) == ["+lived experiences", "+lived-experience"])
    }

    @Test("diacritics-insensitive both ways; ranges point into the original text")
    func diacritics() {
        let text = "De cliënt en de client; naïeve coöperatie."
        #expect(marked(text, include: ["client"]) == ["+cliënt", "+client"])
        #expect(marked(text, include: ["coöperatie", "naieve"]) == ["+naïeve", "+coöperatie"])
    }

    @Test("overlaps: longer first, exclude wins a tie, results in text order")
    func overlaps() {
        let text = "Animal study of child abuse in rats"
        let result = marked(text, include: ["child abuse", "abuse", "rats"], exclude: ["animal study", "rats"])
        #expect(result == ["-Animal study", "+child abuse", "-rats"])
        #expect(marked("", include: ["x"]).isEmpty)
        #expect(marked("text", include: ["***", ""]).isEmpty)
    }
}
