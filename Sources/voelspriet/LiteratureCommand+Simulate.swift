import ArgumentParser
import Foundation
import VoelsprietLiterature
import VoelsprietServices

/// `voelspriet lit simulate`: prioritised screening simulated on a labelled set.
extension LiteratureCommand {
    struct Simulate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "simulate",
            abstract: "Simulate prioritised screening on a labelled set: WSS@95, RRF@10 and the recall curve as asreview-insights defines them.",
            discussion: """
                voelspriet lit simulate FILE.csv --label-column label_included --seed N --format json
                The file needs a title and/or abstract column and the label column (1 = relevant). As in ASReview,
                1 relevant and 1 irrelevant record chosen with the seed are the prior knowledge; the model then
                ranks the rest and the top record is 'screened' next, until all are.
                """)

        @Argument(help: "A labelled CSV/TSV file (delimiter detected).") var file: String
        @Option(help: "The column with the labels (1 = relevant, 0 = not).") var labelColumn = "label_included"
        @Option(help: "Seed for the prior records (and tie breaks).") var seed: UInt64 = 0
        @Option(help: "Model: svm (default), nb or nb+svm.") var model = "svm"
        @Option(help: "Output format: json or text.") var format = "json"

        func validate() throws {
            guard PrioritisationModel(rawValue: model) != nil else { throw ValidationError("--model must be svm, nb or nb+svm") }
            guard ["json", "text"].contains(format) else { throw ValidationError("--format must be json or text") }
        }

        func run() async throws {
            let name = URL(fileURLWithPath: file).lastPathComponent
            let (texts, labels) = try Self.read(try LiteratureCommand.readFile(file), name: name, labelColumn: labelColumn)
            guard labels.contains(true), labels.contains(false) else {
                throw CLIError("\(name): the column \(labelColumn) needs both relevant (1) and irrelevant (0) records")
            }
            let result = ScreeningSimulation.run(
                texts: texts, labels: labels, options: SimulationOptions(seed: seed, model: PrioritisationModel(rawValue: model)!))
            if format == "text" {
                print("\(name): \(result.records) records, \(result.relevant) relevant; WSS@95 \(result.wss95), RRF@10 \(result.rrf10), \(result.seconds) s")
                return
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
        }

        /// Title + abstract per row, and the label; a row whose label is not 0 or 1 stops with its line.
        static func read(_ data: Data, name: String, labelColumn: String) throws -> ([String], [Bool]) {
            let text: String
            do { text = try LiteratureImporter.decodedText(data, fileName: name).text } catch { throw CLIError("\(error)") }
            let firstLine = text.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
            let delimiter: Unicode.Scalar = [",", ";", "\t", "|"].max { a, b in
                firstLine.unicodeScalars.filter { $0 == a }.count < firstLine.unicodeScalars.filter { $0 == b }.count
            } ?? ","
            let rows: [DelimitedRow]
            do { rows = try DelimitedText.rows(text, delimiter: delimiter) } catch { throw CLIError("\(name): \(error)") }
            guard let header = rows.first else { throw CLIError("\(name): the file is empty") }
            let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            let title = names.firstIndex { ["title", "primary_title", "ti"].contains($0) }
            let abstract = names.firstIndex { ["abstract", "notes_abstract", "ab"].contains($0) }
            guard title != nil || abstract != nil else { throw CLIError("\(name), line \(header.line): no title or abstract column") }
            guard let label = names.firstIndex(of: labelColumn.lowercased()) else {
                throw CLIError("\(name), line \(header.line): no column \(labelColumn) (columns: \(header.fields.joined(separator: ", ")))")
            }
            var texts: [String] = []
            var labels: [Bool] = []
            for row in rows.dropFirst() {
                let cell = { (index: Int?) -> String in index.flatMap { $0 < row.fields.count ? row.fields[$0] : nil } ?? "" }
                switch cell(label).trimmingCharacters(in: .whitespaces) {
                case "1", "1.0": labels.append(true)
                case "0", "0.0": labels.append(false)
                case let other: throw CLIError("\(name), line \(row.line): label '\(other)' is not 0 or 1")
                }
                texts.append(cell(title) + " " + cell(abstract))
            }
            return (texts, labels)
        }
    }
}
