import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reading back what the writers produce.
enum TestSupport {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Every entry of a zip by path.
    static func entries(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var out: [String: Data] = [:]
        for entry in archive {
            var content = Data()
            _ = try archive.extract(entry, skipCRC32: false) { content.append($0) }
            out[entry.path] = content
        }
        return out
    }

    /// Nil when `data` is well-formed XML, else the parser's error.
    static func xmlProblem(_ data: Data) -> String? {
        let parser = XMLParser(data: data)
        let collector = ElementCollector()
        parser.delegate = collector
        return parser.parse() ? nil : String(describing: parser.parserError)
    }

    /// The elements of an XML document with their attributes (qualified names), in order.
    static func elements(_ data: Data) -> [(name: String, attributes: [String: String])] {
        let parser = XMLParser(data: data)
        let collector = ElementCollector()
        parser.delegate = collector
        _ = parser.parse()
        return collector.elements
    }

    /// The concatenated character data of an XML document.
    static func characters(_ data: Data) -> String {
        let parser = XMLParser(data: data)
        let collector = ElementCollector()
        parser.delegate = collector
        _ = parser.parse()
        return collector.text
    }

    /// Runs a program with its output discarded; its exit status, or nil after `timeout`.
    /// Waits with `Task.sleep`, so that no thread of the cooperative pool is held meanwhile.
    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval) async throws -> Int32? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { try await Task.sleep(for: .milliseconds(100)) }
        guard !process.isRunning else {
            process.terminate()
            return nil
        }
        return process.terminationStatus
    }
}

final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text = ""

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append((qualifiedName ?? elementName, attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

/// The text of a WordprocessingML part: the content of `w:t` elements, a line per paragraph.
final class WordTextCollector: NSObject, XMLParserDelegate {
    var text = ""
    var inText = false

    static func text(_ data: Data) -> String {
        let parser = XMLParser(data: data)
        let collector = WordTextCollector()
        parser.delegate = collector
        _ = parser.parse()
        return collector.text
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let name = qualifiedName ?? elementName
        if name == "w:t" { inText = true }
        if name == "w:p" { text += "\n" }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if (qualifiedName ?? elementName) == "w:t" { inText = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { text += string } }
}
