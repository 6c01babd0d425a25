import Foundation
import Testing
import VoelsprietDocument

@Suite struct DocxStructureTests {
    /// Written once for all tests of the suite.
    static let written = Result { try TestSupport.entries(try DocxWriter().write(SampleDocuments.dutch)) }
    let parts: [String: Data]

    init() throws {
        parts = try Self.written.get()
    }

    func xml(_ path: String) -> String { String(decoding: parts[path] ?? Data(), as: UTF8.self) }

    @Test func everyPartIsPresentAndWellFormed() {
        for path in [
            "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
            "word/styles.xml",
            "word/numbering.xml", "word/settings.xml", "docProps/core.xml", "docProps/app.xml", "word/media/chart1.png",
            "word/media/chart1.svg", "word/media/chart2.png", "word/media/chart2.svg",
        ] {
            #expect(parts[path] != nil, Comment(rawValue: String(describing: path)))
        }
        for (path, data) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") || path.hasSuffix(".svg") {
            #expect(TestSupport.xmlProblem(data) == nil, Comment(rawValue: String(describing: path)))
        }
        for (path, data) in parts where path.hasSuffix(".png") {
            #expect(
                Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
                Comment(rawValue: String(describing: path)))
        }
    }

    @Test func relationshipsResolve() throws {
        let package = TestSupport.elements(parts["_rels/.rels"]!).filter { $0.name == "Relationship" }
        #expect(package.count == 3)
        for relationship in package { #expect(parts[relationship.attributes["Target"] ?? ""] != nil) }
        let relationships = TestSupport.elements(parts["word/_rels/document.xml.rels"]!).filter {
            $0.name == "Relationship"
        }
        var ids: Set<String> = []
        for relationship in relationships {
            let id = relationship.attributes["Id"] ?? ""
            let note4 = "duplicate \(id)"
            #expect(ids.insert(id).inserted, Comment(rawValue: note4))
            let target = relationship.attributes["Target"] ?? ""
            if relationship.attributes["TargetMode"] == "External" {
                #expect(target.hasPrefix("https://") || target.hasPrefix("http://") || target.hasPrefix("mailto:"))
            } else {
                #expect(parts["word/" + target] != nil, Comment(rawValue: String(describing: target)))
            }
        }
        // Every r:id and r:embed used in the body names a relationship.
        for element in TestSupport.elements(parts["word/document.xml"]!) {
            for key in ["r:id", "r:embed"] {
                if let id = element.attributes[key] {
                    let note6 = "\(element.name) \(id)"
                    #expect(ids.contains(id), Comment(rawValue: note6))
                }
            }
        }
    }

    @Test func contentTypesCoverEveryPart() {
        let types = TestSupport.elements(parts["[Content_Types].xml"]!)
        let defaults = Set(types.filter { $0.name == "Default" }.compactMap { $0.attributes["Extension"] })
        let overrides = Set(types.filter { $0.name == "Override" }.compactMap { $0.attributes["PartName"] })
        for path in parts.keys where path != "[Content_Types].xml" {
            let covered =
                overrides.contains("/" + path) || defaults.contains(String(path.split(separator: ".").last ?? ""))
            #expect(covered, Comment(rawValue: String(describing: path)))
        }
        for part in overrides {
            #expect(parts[String(part.dropFirst())] != nil, Comment(rawValue: String(describing: part)))
        }
        #expect(overrides.contains("/word/document.xml"))
    }

    @Test func stylesGiveOutlineLevelsAndLanguage() {
        let styles = TestSupport.elements(parts["word/styles.xml"]!)
        let ids = Set(styles.filter { $0.name == "w:style" }.compactMap { $0.attributes["w:styleId"] })
        for id in [
            "Normal", "Title", "Heading1", "Heading2", "Heading3", "Caption", "Quote", "TableGrid", "ListBullet",
            "ListNumber", "Hyperlink", "TOC1",
        ] {
            #expect(ids.contains(id), Comment(rawValue: String(describing: id)))
        }
        let styleXML = xml("word/styles.xml")
        for level in 1...3 {
            let expected10 = "w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/>"
            #expect(styleXML.contains(expected10))
            let expected11 = "<w:outlineLvl w:val=\"\(level - 1)\"/></w:pPr><w:rPr><w:b/>"
            #expect(styleXML.contains(expected11))
        }
        let expected12 = "<w:lang w:val=\"nl-NL\""
        #expect(styleXML.contains(expected12))
        let expected13 = "<w:updateFields w:val=\"true\"/>"
        #expect(xml("word/settings.xml").contains(expected13))
        let expected14 = "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-05-01T00:00:00Z</dcterms:created>"
        #expect(xml("docProps/core.xml").contains(expected14))
    }

    @Test func bodyHasFieldsTablesDrawingsAndBreaks() {
        let body = xml("word/document.xml")
        let expected15 = "<w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText>"
        #expect(body.contains(expected15))
        let expected16 = "<w:instrText xml:space=\"preserve\"> SEQ Tabel \\* ARABIC </w:instrText>"
        #expect(body.contains(expected16))
        let expected17 = "<w:instrText xml:space=\"preserve\"> SEQ Figuur \\* ARABIC </w:instrText>"
        #expect(body.contains(expected17))
        #expect(body.contains("<w:tblHeader/>"))
        let expected18 = "<w:tblStyle w:val=\"TableGrid\"/>"
        #expect(body.contains(expected18))
        let expected19 = "<w:br w:type=\"page\"/>"
        #expect(body.contains(expected19))
        #expect(body.contains("<asvg:svgBlip"))
        // Only the second level-1 heading breaks (the first follows an explicit page break).
        #expect(body.components(separatedBy: "<w:pageBreakBefore/>").count == 2)
        // TOC entries are already there, linked to the headings' bookmarks.
        let elements = TestSupport.elements(parts["word/document.xml"]!)
        let bookmarks = Set(elements.filter { $0.name == "w:bookmarkStart" }.compactMap { $0.attributes["w:name"] })
        let anchors = elements.filter { $0.name == "w:hyperlink" }.compactMap { $0.attributes["w:anchor"] }
        #expect(anchors.count >= 5)
        for anchor in anchors {
            #expect(bookmarks.contains(anchor), Comment(rawValue: String(describing: anchor)))
        }
        // Drawings: unique ids, within the text width, aspect kept.
        let docPr = elements.filter { $0.name == "wp:docPr" }.compactMap { $0.attributes["id"] }
        #expect(docPr == ["1", "2"])
        for extent in elements.filter({ $0.name == "wp:extent" }) {
            let cx = Int(extent.attributes["cx"] ?? "") ?? 0
            #expect(cx > 0 && cx <= 9026 * 635)
        }
        // Two numbered lists: two w:num, each restarting.
        let numbering = xml("word/numbering.xml")
        let expected21 = "<w:num w:numId=\"2\">"
        let expected22 = "<w:num w:numId=\"3\">"
        #expect(numbering.contains(expected21) && numbering.contains(expected22))
        let expected23 = "<w:numId w:val=\"3\"/>"
        #expect(body.contains(expected23))
    }

    @Test func textMatchesTheOtherWriters() {
        let text = WordTextCollector.text(parts["word/document.xml"]!)
        let html = HTMLDocumentWriter().write(SampleDocuments.dutch)
        let markdown = MarkdownDocumentWriter().write(SampleDocuments.dutch)
        for expected in [
            "42%", "Tabel 1", "Figuur 1", "Figuur 2", "(Prof8)", "Respondenten per groep", "Resultaten: één overzicht",
            "[?quickscan.T9.9.unknown]", "Het was heel fijn dat mijn leidinggevende daar open over was.", "46,6",
        ] {
            let note24 = "docx: \(expected)"
            #expect(text.contains(expected), Comment(rawValue: note24))
            let note25 = "html: \(expected)"
            #expect(html.contains(expected), Comment(rawValue: note25))
            let markdownForm = expected.replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(
                of: "]", with: "\\]")
            let note26 = "markdown: \(expected)"
            #expect(markdown.contains(markdownForm), Comment(rawValue: note26))
        }
        let expected27 = "Inhoud\nInleiding en aanpak\nMethode"
        #expect(text.contains(expected27))
        let highlighted = xml("word/document.xml").contains(
            "<w:rPr><w:b/><w:bCs/><w:color w:val=\"C00000\"/><w:highlight w:val=\"yellow\"/></w:rPr><w:t xml:space=\"preserve\">[?quickscan.T9.9.unknown]</w:t>"
        )
        #expect(highlighted)
    }

    @Test func outputIsDeterministic() throws {
        let first = try DocxWriter().write(SampleDocuments.dutch)
        let second = try DocxWriter().write(SampleDocuments.dutch)
        #expect(first == second)
    }

    @Test func withoutSVG() throws {
        let parts = try TestSupport.entries(try DocxWriter(embedSVG: false).write(SampleDocuments.dutch))
        #expect(parts["word/media/chart1.svg"] == nil)
        #expect(!String(decoding: parts["word/document.xml"]!, as: UTF8.self).contains("svgBlip"))
    }
}
