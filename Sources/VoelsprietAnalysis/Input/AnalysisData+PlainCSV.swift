import Dispatch
import Foundation
import VoelsprietDomain

extension AnalysisData {
    init(
        plainCSV scanner: inout CSVScanner, header: [String], splitNames: [String], options: CSVImportOptions
    ) throws(AnalysisError) {
        let limit = options.maxCategories
        let capacity = limit + 1
        let names = header.enumerated().map { $1.isEmpty ? "column_\($0 + 1)" : $1 }
        let provisional = AnalysisSchema(
            variables: names.map { name in
                AnalysisVariable(
                    id: name, kind: .single, question: LocalizedText(["nl": name]),
                    categories: (0..<capacity).map { AnalysisCategory(code: "#\($0)") })
            })
        try self.init(
            schema: provisional, splitNames: splitNames, capacities: [Int](repeating: capacity, count: names.count),
            textLimit: options.textLimit)
        let missing = options.missingCodes.map { Array($0.utf8) }
        var values = [[[UInt8]]](repeating: [], count: names.count)
        var overflow = [Bool](repeating: false, count: names.count)
        var row = [Int64](repeating: CodedRow.blank, count: names.count)
        let width = header.count
        let buffer = UnsafeMutablePointer<CSVCell>.allocate(capacity: width + 1)
        defer { buffer.deallocate() }
        let cells = UnsafeBufferPointer(start: buffer, count: width)
        while true {
            let line: Int?
            var count = 0
            do { line = try scanner.nextRow(into: buffer, capacity: width + 1, count: &count) } catch { throw .csv(error) }
            guard let line else { break }
            if count != width { throw .csv(.raggedRow(line: line, expected: width, found: count)) }
            for (column, cell) in cells.enumerated() {
                row[column] = CodedRow.blank
                if cell.isEmpty || overflow[column] { continue }
                if missing.contains(where: { scanner.cell(cell, equals: $0) }) { continue }
                var position = -1
                for (index, known) in values[column].enumerated() where scanner.cell(cell, equals: known) {
                    position = index
                    break
                }
                if position < 0 {
                    guard let text = scanner.string(cell) else { throw .csv(.notUTF8(line: line, column: names[column])) }
                    // Store the unescaped text so that later cells compare by content; a
                    // quoted spelling of a known value is that value, not a new one.
                    let bytes = Array(text.utf8)
                    if let index = values[column].firstIndex(of: bytes) {
                        position = index
                    } else if values[column].count == limit {
                        overflow[column] = true
                        continue
                    } else {
                        position = values[column].count
                        values[column].append(bytes)
                    }
                }
                row[column] = Int64(position)
            }
            row.withUnsafeBufferPointer { tally.add($0) { _ in "" } }
        }
        // Categories in natural order: numerically when every value is a number, else by text.
        var variables: [AnalysisVariable] = []
        for (column, name) in names.enumerated() {
            let texts = values[column].map { String(decoding: $0, as: UTF8.self) }
            let numbers = texts.map { Double($0.trimmingCharacters(in: .whitespaces)) }
            let order: [Int]
            if numbers.allSatisfy({ $0 != nil }) {
                order = texts.indices.sorted { numbers[$0]! < numbers[$1]! }
            } else {
                order = texts.indices.sorted { texts[$0].localizedStandardCompare(texts[$1]) == .orderedAscending }
            }
            var categories = (0..<capacity).map { AnalysisCategory(code: "#\($0)") }
            for (index, text) in texts.enumerated() { categories[index] = AnalysisCategory(code: text) }
            categoryOrder[column] = order
            variables.append(
                AnalysisVariable(id: name, kind: .single, question: LocalizedText(["nl": name]), categories: categories))
            if overflow[column] {
                excluded[column] = "more than \(limit) distinct values: not categorical"
            } else if texts.isEmpty {
                excluded[column] = "no values"
            }
        }
        schema = AnalysisSchema(variables: variables)
        for split in tally.splits where overflow[split.variable] {
            throw .splitNotCategorical(
                name: names[split.variable], reason: "it has more than \(limit) distinct values")
        }
        let skipped = names.indices.filter { overflow[$0] }.map { names[$0] }
        if !skipped.isEmpty {
            notes.append("not categorical (more than \(limit) distinct values), left out: \(skipped.joined(separator: ", "))")
        }
        resolveSplits()
    }
}
