// The lines of a WordprocessingML main document part (ECMA-376 Part 1 §17): one per paragraph
// (w:p) outside tables, one per table row (w:tr) with its cells (w:tc) joined by tabs.
import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// SAX reader of word/document.xml for the statistics check.
///
/// Text comes from `w:t`; `w:tab` gives a tab outside tables (a space inside a cell); `w:br` and
/// `w:cr` a space (the paragraph stays one line); `w:noBreakHyphen` "-"; `w:sym` its character.
/// Deleted text (`w:del`, `w:moveFrom`, `w:delText`), field codes (`w:instrText`), alternate
/// content fallbacks (`mc:Fallback`) and text boxes are skipped. The paragraphs of a cell are
/// joined by a space; a table nested in a cell is flattened into that cell.
final class DocxLineParser: NSObject, XMLParserDelegate {
    static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let skipped: Set<String> = ["del", "moveFrom", "delText", "instrText", "txbxContent"]

    private(set) var lines: [String] = []
    private(set) var failure: (String, Int, Int)?

    private var paragraph = ""
    private var cellParagraphs: [String] = []
    private var rowCells: [String] = []
    private var tableDepth = 0
    private var skipDepth = 0
    private var inText = false
    /// Local names of the open elements (tab stops, `w:tabs/w:tab`, are no tab characters).
    private var stack: [String] = []

    func parse(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        let ok = parser.parse()
        if !ok, failure == nil {
            failure = (parser.parserError.map { String(describing: $0) } ?? "the XML could not be parsed", parser.lineNumber, parser.columnNumber)
        }
        return ok && failure == nil
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        if skipDepth > 0 || startsSkip(elementName, namespaceURI) {
            skipDepth += 1
            return
        }
        let parent = stack.last ?? ""
        stack.append(elementName)
        guard Self.wordNamespaces.contains(namespaceURI ?? "") else { return }
        switch elementName {
        case "p": paragraph = ""
        case "t": inText = true
        case "tab" where parent == "r", "ptab": paragraph += tableDepth > 0 ? " " : "\t"
        case "br", "cr": paragraph += " "
        case "noBreakHyphen": paragraph += "-"
        case "sym": paragraph += symbol(attributeDict)
        case "tbl": tableDepth += 1
        case "tr" where tableDepth == 1: rowCells = []
        case "tc" where tableDepth == 1: cellParagraphs = []
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        _ = stack.popLast()
        guard Self.wordNamespaces.contains(namespaceURI ?? "") else { return }
        switch elementName {
        case "p":
            let text = paragraph
            paragraph = ""
            if tableDepth > 0 { cellParagraphs.append(text.trimmingSpaces()) } else { lines.append(text) }
        case "t": inText = false
        case "tbl": tableDepth = max(0, tableDepth - 1)
        case "tc" where tableDepth == 1: rowCells.append(cellParagraphs.filter { !$0.isEmpty }.joined(separator: " "))
        case "tr" where tableDepth == 1: lines.append(rowCells.joined(separator: "\t"))
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText && skipDepth == 0 { paragraph += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if failure == nil { failure = (String(describing: parseError), parser.lineNumber, parser.columnNumber) }
    }

    private func startsSkip(_ name: String, _ namespace: String?) -> Bool {
        if namespace == Self.markupCompatibility { return name == "Fallback" }
        return Self.wordNamespaces.contains(namespace ?? "") && Self.skipped.contains(name)
    }

    /// The character of a `w:sym` (private-use symbol-font characters become U+FFFD).
    private func symbol(_ attributes: [String: String]) -> String {
        let code = attributes["w:char"] ?? attributes["char"] ?? attributes.first(where: { $0.key.hasSuffix(":char") })?.value
        guard let code, var value = UInt32(code, radix: 16) else { return "" }
        if (0xF000...0xF0FF).contains(value) { value = 0xFFFD }
        return Unicode.Scalar(value).map { String($0) } ?? ""
    }
}
