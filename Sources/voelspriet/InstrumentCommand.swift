import ArgumentParser
import Foundation
import VoelsprietDomain

/// `voelspriet instrument check|show`.
struct InstrumentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instrument", abstract: "Check instrument files and show built-in instruments.",
        subcommands: [Check.self, Show.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate an instrument file and list every problem with its location.")
        @Argument(help: "The instrument file: JSON, or YAML (.yaml/.yml, or any file not starting with '{').") var file: String
        @Option(name: .customLong("lang"), help: "Language of the messages: en or nl.") var language = "en"

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError("cannot read \(file)")
            }
            let result = InstrumentParser.parse(data, format: InstrumentParser.Format(fileName: file))
            if result.problems.isEmpty, let instrument = result.instrument {
                print("\(file): OK — \(instrument.sections.count) sections, \(instrument.orderedItems.count) items, languages \(instrument.languages.joined(separator: ", "))")
                return
            }
            for problem in result.problems {
                let position = problem.line.map { line in ":\(line)" + (problem.column.map { ":\($0)" } ?? "") } ?? ""
                var where_ = problem.location(in: language)
                if problem.line != nil, let open = where_.range(of: " (") { where_ = String(where_[..<open.lowerBound]) }
                let place = where_.isEmpty || where_.hasPrefix("line") || where_.hasPrefix("regel") ? "" : " \(where_):"
                print("\(file)\(position):\(place) \(problem.message(in: language))")
            }
            print("\(result.problems.count) problem(s)")
            throw ExitCode(1)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a built-in instrument.")
        @Argument(help: "Name of the built-in instrument (\(BuiltInInstruments.names.joined(separator: ", "))).")
        var name: String
        @Flag(help: "Print the JSON instead of a readable outline.") var json = false
        @Option(help: "Language of the outline.") var language: String = "nl"

        func run() throws {
            guard let data = BuiltInInstruments.data(named: name) else {
                throw ValidationError("no built-in instrument '\(name)'; known: \(BuiltInInstruments.names.joined(separator: ", "))")
            }
            if json {
                print(String(decoding: data, as: UTF8.self))
                return
            }
            print(InstrumentOutline.render(try InstrumentParser.load(data), language: language), terminator: "")
        }
    }
}
