// A small element tree built with Foundation's XMLParser. REFI files are matched by local element
// names, so a namespace prefix ("qda:Project"), the official namespace or none at all read alike.
#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation

/// One XML element: local name (prefix dropped), namespace URI, attributes by local name, child
/// elements, the character data directly inside it, and its line in the file.
final class XNode {
    let name: String
    let namespace: String?
    let attributes: [String: String]
    let line: Int
    fileprivate(set) var children: [XNode] = []
    fileprivate(set) var text = ""

    init(name: String, namespace: String?, attributes: [String: String], line: Int) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.line = line
    }

    func child(_ name: String) -> XNode? { children.first { $0.name == name } }
    func children(_ name: String) -> [XNode] { children.filter { $0.name == name } }
    func attribute(_ name: String) -> String? { attributes[name] }

    /// The text, or nil when it is empty or only white space.
    var nonBlankText: String? {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
    }
}

/// Parses XML into an `XNode` tree, refusing DTDs and nesting deeper than `maxDepth`.
enum XMLTree {
    /// REFI nests codes, never near this deep; the guard keeps recursion over the tree safe.
    static let maxDepth = 256

    static func parse(_ data: Data, file: String) throws(REFIError) -> XNode {
        if declaresDoctype(data) { throw .doctypeNotAllowed(file: file) }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let builder = TreeBuilder()
        parser.delegate = builder
        let ok = parser.parse()
        if let failure = builder.failure {
            throw .malformedXML(file: file, line: failure.line, column: failure.column, reason: failure.reason)
        }
        guard ok, let root = builder.root else {
            let reason = parser.parserError.map(describe) ?? "the document has no root element"
            throw .malformedXML(file: file, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1), reason: reason)
        }
        return root
    }

    /// XMLParser reports libxml2's error numbers (xmlerror.h `xmlParserErrors`); name the
    /// common ones.
    static func describe(_ error: Error) -> String {
        let code = (error as NSError).code
        let known: [Int: String] = [
            4: "the document is empty", 5: "content after the root element, or the document ends too early",
            9: "a character that XML does not allow", 23: "an entity reference lacks its ';'", 26: "an undefined entity",
            31: "an unknown encoding", 32: "an unsupported encoding", 38: "'<' inside an attribute value",
            39: "an attribute value is not quoted", 40: "an attribute value is not closed", 41: "an attribute has no value",
            42: "an attribute appears twice", 45: "a comment is not closed", 65: "a space is required here",
            68: "a name is required here", 73: "a tag is not closed with '>'", 76: "an end tag does not match its start tag",
            77: "the document ends inside a tag", 81: "bytes that are invalid in the declared encoding",
            85: "elements are not balanced", 86: "content after the root element",
        ]
        return known[code] ?? "XML parser error \(code)"
    }

    /// True when a `<!DOCTYPE` appears before the root element.
    static func declaresDoctype(_ data: Data) -> Bool {
        let marker = Array("<!DOCTYPE".utf8)
        var i = data.startIndex
        while i < data.endIndex {
            guard data[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            let next = i + 1 < data.endIndex ? data[i + 1] : 0
            if next != UInt8(ascii: "?") && next != UInt8(ascii: "!") { return false }  // the root element
            if data[i...].starts(with: marker) { return true }
            i += 1
        }
        return false
    }
}

/// Collects elements on a stack while XMLParser reports them.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    struct Failure {
        let line: Int, column: Int, reason: String
    }
    var root: XNode?
    var stack: [XNode] = []
    var failure: Failure?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        guard stack.count < XMLTree.maxDepth else {
            fail(parser, "elements nested deeper than \(XMLTree.maxDepth) levels")
            return
        }
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict {
            let local = key.split(separator: ":").last.map(String.init) ?? key
            if key.hasPrefix("xmlns") { continue }
            attributes[local] = value
        }
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        let node = XNode(
            name: local, namespace: namespaceURI.flatMap { $0.isEmpty ? nil : $0 }, attributes: attributes,
            line: max(parser.lineNumber, 1))
        if let parent = stack.last { parent.children.append(node) } else if root == nil { root = node }
        stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if failure == nil {
            failure = Failure(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1), reason: XMLTree.describe(parseError))
        }
    }

    private func fail(_ parser: XMLParser, _ reason: String) {
        if failure == nil { failure = Failure(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1), reason: reason) }
        parser.abortParsing()
    }
}
