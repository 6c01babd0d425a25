import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element (tests only): name as written (with prefix), attributes, children, text.
final class Element {
    let name: String
    let attributes: [String: String]
    var children: [Element] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The first direct child with the name.
    func child(_ name: String) -> Element? { children.first { $0.name == name } }

    /// Every descendant with the name, in document order.
    func all(_ name: String) -> [Element] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
    }

    /// The text of this element and its descendants.
    var allText: String { text + children.map(\.allText).joined() }

    subscript(attribute: String) -> String? { attributes[attribute] }
}

/// Parses XML with Foundation's XMLParser; throws with the parser's error when not well formed.
enum XMLTree {
    struct NotWellFormed: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ data: Data) throws -> Element {
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw NotWellFormed(description: "\(parser.parserError.map { "\($0)" } ?? "no root") at line \(parser.lineNumber)")
        }
        return root
    }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: Element?
    var stack: [Element] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let element = Element(name: elementName, attributes: attributes)
        if let parent = stack.last { parent.children.append(element) } else { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }
}
