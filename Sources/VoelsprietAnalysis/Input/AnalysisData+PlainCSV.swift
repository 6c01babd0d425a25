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
        // Numeric columns: a column stays a candidate while every distinct value is a number;
        // when it overflows the category limit its values so far are taken from the tally and
        // it is followed value by value from then on, until a value is not a number.
        var state = [NumericState](repeating: .candidate, count: names.count)
        var tracked: [NumericColumn] = []
        var pending: [(column: Int, value: Double)] = []
        while true {
            let line: Int?
            var count = 0
            do { line = try scanner.nextRow(into: buffer, capacity: width + 1, count: &count) } catch { throw .csv(error) }
            guard let line else { break }
            if count != width { throw .csv(.raggedRow(line: line, expected: width, found: count)) }
            for (column, cell) in cells.enumerated() {
                row[column] = CodedRow.blank
                if cell.isEmpty { continue }
                if overflow[column] {
                    guard case .tracking(let index) = state[column] else { continue }
                    if missing.contains(where: { scanner.cell(cell, equals: $0) }) { continue }
                    guard let text = scanner.string(cell) else { throw .csv(.notUTF8(line: line, column: names[column])) }
                    if let number = NumericColumn.parse(Substring(text)) {
                        pending.append((index, number.value))
                        tracked[index].noteSeparator(number)
                    } else {
                        state[column] = .stopped(value: text, line: line)
                        tracked[index] = NumericColumn(variable: column)
                    }
                    continue
                }
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
                        if case .candidate = state[column], let number = NumericColumn.parse(Substring(text)) {
                            var numeric = NumericColumn(variable: column)
                            numeric.absorb(tally: tally, values: values[column])
                            numeric.noteSeparator(number)
                            state[column] = .tracking(tracked.count)
                            pending.append((tracked.count, number.value))
                            tracked.append(numeric)
                        } else {
                            state[column] = .categorical
                        }
                        continue
                    } else {
                        position = values[column].count
                        values[column].append(bytes)
                        if case .candidate = state[column], NumericColumn.parse(Substring(text)) == nil {
                            state[column] = .categorical
                        }
                    }
                }
                row[column] = Int64(position)
            }
            row.withUnsafeBufferPointer { tally.add($0) { _ in "" } }
            if !pending.isEmpty {
                let cell = row.withUnsafeBufferPointer { tally.cell(of: $0) }
                for (index, value) in pending { tracked[index].append(value, cell: cell) }
                pending.removeAll(keepingCapacity: true)
            }
        }
        // Categories in numeric order when every value is a number (decimal point or comma),
        // else in order of first appearance (a file has no codebook; its own order is the
        // closest thing, and an alphabetical one would put "Oneens" before "Eens").
        var variables: [AnalysisVariable] = []
        for (column, name) in names.enumerated() {
            let texts = values[column].map { String(decoding: $0, as: UTF8.self) }
            let numbers = texts.map { NumericColumn.parse(Substring($0))?.value }
            let order: [Int]
            if numbers.allSatisfy({ $0 != nil }) {
                order = texts.indices.sorted { numbers[$0]! < numbers[$1]! }
            } else {
                order = Array(texts.indices)
            }
            var categories = (0..<capacity).map { AnalysisCategory(code: "#\($0)") }
            for (index, text) in texts.enumerated() { categories[index] = AnalysisCategory(code: text) }
            categoryOrder[column] = order
            variables.append(
                AnalysisVariable(id: name, kind: .single, question: LocalizedText(["nl": name]), categories: categories))
            if overflow[column] {
                excluded[column] = DataMessage(
                    en: "more than \(limit) distinct values: not categorical",
                    nl: "meer dan \(limit) verschillende waarden: geen categorieën")
            } else if texts.isEmpty {
                excluded[column] = DataMessage(en: "no values", nl: "geen waarden")
            }
        }
        schema = AnalysisSchema(variables: variables)
        for split in tally.splits where overflow[split.variable] {
            throw .splitNotCategorical(
                name: names[split.variable], reason: "it has more than \(limit) distinct values")
        }
        numeric = tracked.filter { !$0.values.isEmpty }.sorted { $0.variable < $1.variable }
        // A run of distinct whole numbers (1, 2, 3 …) numbers the rows: a respondent id, not a measure.
        for column in numeric where column.isIdentifier {
            excluded[column.variable] = DataMessage(
                en: "an identifier (distinct whole numbers in a run): not a measure",
                nl: "een volgnummer (opeenvolgende verschillende gehele getallen): geen meting")
        }
        numeric.removeAll { $0.isIdentifier }
        for column in numeric { excluded[column.variable] = nil }
        let described = numeric.map { names[$0.variable] }
        if !described.isEmpty {
            let list = described.joined(separator: ", ")
            notes.append(
                DataMessage(
                    en: "numeric (more than \(limit) distinct numbers), described as numbers: \(list)",
                    nl: "getallen (meer dan \(limit) verschillende), beschreven als getallen: \(list)"))
        }
        let mixed = numeric.filter { $0.decimalComma && $0.decimalPoint }.map { names[$0.variable] }
        if !mixed.isEmpty {
            let list = mixed.joined(separator: ", ")
            notes.append(
                DataMessage(
                    en: "both decimal points and decimal commas in \(list): each is read as a decimal separator ('1.250' as 1.25); check the numbers",
                    nl: "zowel decimale punten als komma's in \(list): beide gelezen als decimaalteken ('1.250' als 1,25); controleer de getallen"))
        }
        let numericColumns = Set(numeric.map(\.variable))
        let skipped = names.indices.filter { overflow[$0] && !numericColumns.contains($0) }
        for column in skipped {
            if case .stopped(let value, let line) = state[column] {
                excluded[column] = DataMessage(
                    en: "more than \(limit) distinct values and not all numbers ('\(value)' on line \(line))",
                    nl: "meer dan \(limit) verschillende waarden en niet alle getallen ('\(value)' op regel \(line))")
            }
        }
        if !skipped.isEmpty {
            let list = skipped.map { names[$0] }.joined(separator: ", ")
            notes.append(
                DataMessage(
                    en: "not categorical (more than \(limit) distinct values), left out: \(list)",
                    nl: "geen categorieën (meer dan \(limit) verschillende waarden), weggelaten: \(list)"))
        }
        resolveSplits()
    }
}

/// Where a plain-CSV column stands on the way to being numeric.
enum NumericState {
    /// Every distinct value so far is a number.
    case candidate
    /// A value is not a number: the column is categorical (or left out when it overflows).
    case categorical
    /// Overflowed with numbers only: followed as `tracked[index]`.
    case tracking(Int)
    /// Was followed, until this value on this line was not a number.
    case stopped(value: String, line: Int)
}
