import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import VoelsprietLiterature

enum PrismaFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/Prisma")

    /// The study's published figures completed with invented ones (see the file's `_note`).
    static func studyExample() throws -> PrismaCounts {
        try JSONDecoder().decode(PrismaCounts.self, from: Data(contentsOf: directory.appendingPathComponent("study-example.json")))
    }

    /// For looking at a diagram: `VOELSPRIET_PRISMA_OUT=/tmp/x swift test --filter Prisma` writes
    /// the rendered SVGs into that folder (convert with `rsvg-convert -o x.png x.svg`).
    static func writeIfRequested(_ svg: String, name: String) {
        guard let folder = ProcessInfo.processInfo.environment["VOELSPRIET_PRISMA_OUT"] else { return }
        try? svg.write(toFile: folder + "/" + name + ".svg", atomically: true, encoding: .utf8)
    }
}

/// Parses XML with Foundation's XMLParser and collects text content and elements.
final class XMLCollector: NSObject, XMLParserDelegate {
    var texts: [String] = []
    var elements: [String] = []
    var attributes: [[String: String]] = []
    private var current = ""

    /// nil when the document is not well-formed.
    static func parse(_ xml: String) -> XMLCollector? {
        let collector = XMLCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        elements.append(elementName)
        attributes.append(attributeDict)
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { texts.append(trimmed) }
        current = ""
    }
}
