import Foundation
import Yams

/// Turns instrument files — JSON or YAML — into instruments, reporting every problem with its
/// place (by id), its line and column where the file gives them, in Dutch and English.
public enum InstrumentParser {
    /// The syntax an instrument file is written in.
    public enum Format: String, Sendable, CaseIterable {
        case json, yaml

        /// JSON when the text starts with `{`, otherwise YAML.
        public static func guess(_ data: Data) -> Format {
            let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
            return first == UInt8(ascii: "{") ? .json : .yaml
        }

        /// From a file name's extension (`.yaml`, `.yml`, `.json`), nil when it says neither.
        public init?(fileName: String) {
            let lower = fileName.lowercased()
            if lower.hasSuffix(".json") { self = .json } else if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { self = .yaml } else { return nil }
        }
    }

    /// The outcome of parsing: the instrument when it could be decoded, and all problems.
    public struct Result: Sendable {
        public var instrument: Instrument?
        public var problems: [InstrumentProblem]
    }

    /// Files larger than this are refused before parsing (an instrument of a thousand items is ~1 MB).
    public static let maximumSize = 4 << 20

    /// Decodes and checks an instrument; the format is guessed when not given.
    public static func parse(_ data: Data, format: Format? = nil) -> Result {
        if data.count > maximumSize {
            return failure(en: "the file is larger than 4 MB", nl: "het bestand is groter dan 4 MB")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return failure(en: "the file is not UTF-8 text", nl: "het bestand is geen UTF-8-tekst")
        }
        switch format ?? Format.guess(data) {
        case .json: return parseJSON(data, text: text)
        case .yaml: return parseYAML(text)
        }
    }

    /// Decodes an instrument and throws when it has any problem.
    public static func load(_ data: Data, format: Format? = nil) throws -> Instrument {
        let result = parse(data, format: format)
        guard let instrument = result.instrument, result.problems.isEmpty else {
            throw InstrumentError(problems: result.problems)
        }
        return instrument
    }

    static func failure(en: String, nl: String, line: Int? = nil, column: Int? = nil) -> Result {
        Result(instrument: nil, problems: [InstrumentProblem(place: .instrument, english: en, dutch: nl, line: line, column: column)])
    }

    static func parseJSON(_ data: Data, text: String) -> Result {
        let tree: Any
        do {
            tree = try JSONSerialization.jsonObject(with: data)
        } catch {
            // Foundation names the byte offset ("around character 23"); turn it into a line and column.
            let detail = (error as NSError).userInfo["NSDebugDescription"] as? String ?? ""
            let offset = detail.split(separator: " ").last.flatMap { Int($0.trimmingCharacters(in: .punctuationCharacters)) }
            let position = offset.map { lineAndColumn(ofByte: $0, in: data) }
            return failure(
                en: "not valid JSON\(detail.isEmpty ? "" : ": \(detail)")", nl: "geen geldige JSON",
                line: position?.line, column: position?.column)
        }
        let source = InstrumentSource(json: tree)
        do {
            let instrument = try JSONDecoder().decode(Instrument.self, from: data)
            return Result(instrument: instrument, problems: InstrumentChecker.check(instrument))
        } catch let error as DecodingError {
            return Result(instrument: nil, problems: [problem(from: error, source: source)])
        } catch {
            return failure(en: "\(error)", nl: "\(error)")
        }
    }

    static func parseYAML(_ text: String) -> Result {
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                return failure(en: "the file is empty", nl: "het bestand is leeg")
            }
            node = composed
        } catch let error as YamlError {
            return yamlFailure(error)
        } catch {
            return failure(en: "not valid YAML: \(error)", nl: "geen geldige YAML: \(error)")
        }
        // Aliases share nodes: a few lines of `&a [*a, *a, …]` stand for billions of them, and
        // decoding walks every one. Count with a budget before walking anything.
        var budget = maximumNodes
        guard fits(node, budget: &budget) else {
            return failure(
                en: "the file has more than \(maximumNodes) values (aliases repeating parts count every time)",
                nl: "het bestand heeft meer dan \(maximumNodes) waarden (aliassen die delen herhalen tellen elke keer mee)")
        }
        let source = InstrumentSource(yaml: node)
        do {
            let instrument = try YAMLDecoder().decode(Instrument.self, from: node)
            return Result(instrument: instrument, problems: InstrumentChecker.check(instrument))
        } catch let error as DecodingError {
            return Result(instrument: nil, problems: [problem(from: error, source: source)])
        } catch let error as YamlError {
            return yamlFailure(error)
        } catch {
            return failure(en: "\(error)", nl: "\(error)")
        }
    }

    /// The most values (scalars, lists, mappings) a YAML instrument may expand to.
    public static let maximumNodes = 200_000

    static func fits(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping where !fits(key, budget: &budget) || !fits(value, budget: &budget) { return false }
        case .sequence(let sequence):
            for element in sequence where !fits(element, budget: &budget) { return false }
        case .scalar, .alias:
            break
        }
        return true
    }

    static func yamlFailure(_ error: YamlError) -> Result {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return failure(en: "not valid YAML: \(what)", nl: "geen geldige YAML: \(what)", line: mark.line, column: mark.column)
        case .composer(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return failure(en: "not valid YAML: \(what)", nl: "geen geldige YAML: \(what)", line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.joined(separator: ", ")
            return failure(
                en: "a key appears twice in one mapping: \(keys)", nl: "een sleutel staat twee keer in hetzelfde blok: \(keys)",
                line: context.mark.line, column: context.mark.column)
        default:
            return failure(en: "not valid YAML: \(error)", nl: "geen geldige YAML: \(error)")
        }
    }

    /// 1-based line and column (in characters) of byte `offset`.
    static func lineAndColumn(ofByte offset: Int, in data: Data) -> (line: Int, column: Int) {
        let prefix = data.prefix(max(0, min(offset, data.count)))
        let line = prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lastLine = prefix.split(separator: 0x0A, omittingEmptySubsequences: false).last ?? []
        return (line, String(decoding: lastLine, as: UTF8.self).count + 1)
    }

    static func problem(from error: DecodingError, source: InstrumentSource) -> InstrumentProblem {
        func path(_ codingPath: [any CodingKey]) -> String {
            var text = "$"
            for key in codingPath {
                if let index = key.intValue { text += "[\(index)]" } else { text += ".\(key.stringValue)" }
            }
            return text
        }
        func make(_ codingPath: [any CodingKey], en: String, nl: String) -> InstrumentProblem {
            let (place, field, mark) = source.locate(codingPath)
            return InstrumentProblem(place: place, field: field, english: en, dutch: nl, path: path(codingPath), line: mark?.line, column: mark?.column)
        }
        switch error {
        case .dataCorrupted(let context):
            if let key = context.codingPath.last?.stringValue, key == "type" || key == "format" || key == "layout",
                let value = valueAt(context.codingPath, in: source)
            {
                let allowed = allowedValues(key)
                return make(context.codingPath, en: "'\(value)' is not a known \(key); use one of \(allowed)",
                    nl: "'\(value)' is geen bekend \(key); kies uit \(allowed)")
            }
            return make(context.codingPath, en: context.debugDescription, nl: context.debugDescription)
        case .keyNotFound(let key, let context):
            return make(context.codingPath, en: "missing required field '\(key.stringValue)'", nl: "verplicht veld '\(key.stringValue)' ontbreekt")
        case .typeMismatch(let type, let context):
            let (en, nl) = describe(type)
            return make(context.codingPath, en: "expected \(en)", nl: "verwacht: \(nl)")
        case .valueNotFound(let type, let context):
            let (en, nl) = describe(type)
            return make(context.codingPath, en: "expected \(en), found null", nl: "verwacht: \(nl), maar het veld is leeg")
        @unknown default:
            return InstrumentProblem(place: .instrument, english: "\(error)", dutch: "\(error)")
        }
    }

    static func valueAt(_ codingPath: [any CodingKey], in source: InstrumentSource) -> String? {
        var node: InstrumentSource? = source
        for key in codingPath { node = key.intValue.map { node?[$0] } ?? node?[key.stringValue] }
        return node?.string
    }

    static func allowedValues(_ key: String) -> String {
        switch key {
        case "type": ItemType.allCases.map(\.rawValue).joined(separator: ", ")
        case "format": "integer, decimal"
        default: "list, matrix"
        }
    }

    private static func describe(_ type: Any.Type) -> (String, String) {
        switch type {
        case is String.Type: return ("a text", "een tekst")
        case is Bool.Type: return ("true or false", "true of false")
        case is Int.Type: return ("a whole number", "een heel getal")
        case is Double.Type: return ("a number", "een getal")
        case is [Any].Type: return ("a list", "een lijst")
        case is [String: Any].Type, is [String: String].Type: return ("an object (key: value)", "een object (sleutel: waarde)")
        default: return ("\(type)", "\(type)")
        }
    }
}

/// Thrown when an instrument has problems.
public struct InstrumentError: Error, Sendable, CustomStringConvertible {
    public var problems: [InstrumentProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
