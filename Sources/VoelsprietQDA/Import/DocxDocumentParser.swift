// The text of a WordprocessingML main document part (word/document.xml, ECMA-376 Part 1 §17):
// one string per paragraph (w:p), in document order, table cells included.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// SAX-style reader of `word/document.xml`.
///
/// Text comes from `w:t` inside runs; `w:tab`/`w:ptab` give a tab, `w:br` (a text-wrapping break)
/// and `w:cr` give "\n" within the paragraph, page and column breaks give nothing, as python-docx
/// reads them; `w:noBreakHyphen` gives "-", `w:softHyphen` nothing, `w:sym` its character (or
/// U+FFFD for symbol-font private-use characters). Tracked changes: deletions (`w:del`,
/// `w:moveFrom`) are skipped, insertions (`w:ins`, `w:moveTo`) kept. Fallback copies of
/// alternate content (`mc:Fallback`) and text boxes (`w:txbxContent`) are skipped, the latter with
/// a warning. Both the transitional and the strict WordprocessingML namespaces are accepted.
final class DocxDocumentParser: NSObject, XMLParserDelegate {
    static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    private(set) var paragraphs: [String] = []
    private(set) var warnings: [String] = []
    /// (message, line, column) of the first XML error.
    private(set) var failure: (String, Int, Int)?

    /// Open paragraphs (a stack, for robustness against nested ones).
    private var open: [String] = []
    /// Word-namespace local names of the open elements ("" for other namespaces).
    private var stack: [String] = []
    /// > 0 while inside content that is not part of the text.
    private var skipDepth = 0
    private var inText = false
    private var skippedTextBoxes = 0
    private var symbolsReplaced = 0

    /// Parses the XML; returns false on a well-formedness error (then `failure` is set).
    func parse(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        let ok = parser.parse()
        if !ok, failure == nil {
            let message = parser.parserError.map { String(describing: $0) } ?? "the XML could not be parsed"
            failure = (message, parser.lineNumber, parser.columnNumber)
        }
        if skippedTextBoxes > 0 { warnings.append("\(skippedTextBoxes) text box(es) were not imported") }
        if symbolsReplaced > 0 {
            warnings.append("\(symbolsReplaced) symbol-font character(s) (w:sym) were replaced by U+FFFD")
        }
        return ok && failure == nil
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        let name = Self.wordNamespaces.contains(namespaceURI ?? "") ? elementName : ""
        stack.append(name)
        if skipDepth > 0 || startsSkip(name, namespaceURI: namespaceURI, localName: elementName) {
            skipDepth += 1
            return
        }
        let parent = stack.count >= 2 ? stack[stack.count - 2] : ""
        switch name {
        case "p": open.append("")
        case "t": inText = true
        case "tab" where parent == "r", "ptab": append("\t")
        case "cr": append("\n")
        case "br":
            let type = Self.attribute("type", in: attributeDict)
            if type != "page" && type != "column" { append("\n") }
        case "noBreakHyphen": append("-")
        case "sym": appendSymbol(Self.attribute("char", in: attributeDict))
        default: break
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        let name = stack.popLast() ?? ""
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        switch name {
        case "p": if let text = open.popLast() { paragraphs.append(text) }
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText && skipDepth == 0 { append(string) }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if inText && skipDepth == 0 { append(String(decoding: CDATABlock, as: UTF8.self)) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if failure == nil {
            failure = (Self.describe(parseError), parser.lineNumber, parser.columnNumber)
        }
    }

    // MARK: Helpers

    private func startsSkip(_ name: String, namespaceURI: String?, localName: String) -> Bool {
        switch name {
        case "del", "moveFrom":
            // w:del inside w:rPr / w:pPr only marks a deleted mark; it holds no text either way.
            return true
        case "txbxContent":
            skippedTextBoxes += 1
            return true
        default:
            return namespaceURI == Self.markupCompatibility && localName == "Fallback"
        }
    }

    private func append(_ s: String) {
        guard !open.isEmpty else { return }
        open[open.count - 1] += s
    }

    /// `w:char` is a hexadecimal code; codes F000–F0FF address a symbol font's own glyphs (ECMA-376
    /// §17.3.3.30) and have no Unicode meaning, so they become U+FFFD.
    private func appendSymbol(_ code: String?) {
        guard let code, let value = UInt32(code, radix: 16), let scalar = Unicode.Scalar(value) else { return }
        if (0xE000...0xF8FF).contains(value) {
            symbolsReplaced += 1
            append("\u{FFFD}")
        } else {
            append(String(Character(scalar)))
        }
    }

    /// An attribute by local name, whatever prefix the parser reports it with.
    private static func attribute(_ local: String, in dict: [String: String]) -> String? {
        if let v = dict[local] { return v }
        return dict.first { $0.key.hasSuffix(":" + local) }?.value
    }

    /// Messages for the commonest well-formedness errors. XMLParser's error codes are libxml2's
    /// `xmlParserErrors` (libxml/xmlerror.h); on Linux the NSError carries no description.
    private static let messages: [Int: String] = [
        4: "the document is empty", 5: "extra content at the end of the document", 9: "an invalid character",
        23: "an entity reference lacks its ';'", 26: "an undeclared entity", 31: "an unknown encoding",
        32: "an unsupported encoding", 38: "a '<' inside an attribute value", 39: "an attribute value without quotes",
        40: "an unfinished attribute value", 41: "an attribute without a value", 42: "an attribute given twice",
        45: "an unfinished comment", 63: "an unfinished CDATA section", 65: "a space is required",
        68: "a name is required", 73: "'>' expected", 74: "'</' expected", 75: "'=' expected",
        76: "the closing tag does not match the opening tag", 77: "an unfinished tag (the document ends too early?)",
        81: "bytes that are invalid in the declared encoding", 85: "elements are not well balanced",
        86: "extra content at the end of the document", 201: "an undefined namespace prefix",
    ]

    private static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        if let message = messages[ns.code] { return "\(message) (XML error \(ns.code))" }
        if let reason = ns.userInfo[NSLocalizedDescriptionKey] as? String, !reason.isEmpty { return reason }
        return "XML error \(ns.code)"
    }
}
