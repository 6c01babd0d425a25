import Foundation

/// Turns instrument files into instruments, reporting every problem with its location.
public enum InstrumentParser {
    /// The outcome of parsing: the instrument when it could be decoded, and all problems.
    public struct Result: Sendable {
        public var instrument: Instrument?
        public var problems: [InstrumentProblem]
    }

    /// Decodes and checks an instrument from JSON.
    public static func parse(_ data: Data) -> Result {
        do {
            let instrument = try JSONDecoder().decode(Instrument.self, from: data)
            return Result(instrument: instrument, problems: InstrumentChecker.check(instrument))
        } catch let error as DecodingError {
            return Result(instrument: nil, problems: [problem(from: error)])
        } catch {
            return Result(instrument: nil, problems: [InstrumentProblem(location: "$", message: "\(error)")])
        }
    }

    /// Decodes an instrument and throws when it has any problem.
    public static func load(_ data: Data) throws -> Instrument {
        let result = parse(data)
        guard let instrument = result.instrument, result.problems.isEmpty else {
            throw InstrumentError(problems: result.problems)
        }
        return instrument
    }

    static func problem(from error: DecodingError) -> InstrumentProblem {
        func path(_ codingPath: [any CodingKey]) -> String {
            var text = "$"
            for key in codingPath {
                if let index = key.intValue { text += "[\(index)]" } else { text += ".\(key.stringValue)" }
            }
            return text
        }
        switch error {
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo["NSDebugDescription"] as? String
            return InstrumentProblem(
                location: path(context.codingPath),
                message: underlying.map { "not valid JSON: \($0)" } ?? context.debugDescription)
        case .keyNotFound(let key, let context):
            return InstrumentProblem(
                location: path(context.codingPath), message: "missing required field '\(key.stringValue)'")
        case .typeMismatch(let type, let context):
            return InstrumentProblem(
                location: path(context.codingPath), message: "expected \(describe(type)): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            return InstrumentProblem(location: path(context.codingPath), message: "expected \(describe(type)), found null")
        @unknown default:
            return InstrumentProblem(location: "$", message: "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Int.Type: return "a whole number"
        default: return "\(type)"
        }
    }
}

/// Thrown when an instrument has problems.
public struct InstrumentError: Error, Sendable, CustomStringConvertible {
    public var problems: [InstrumentProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
