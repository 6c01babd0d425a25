import Foundation
import VoelsprietDomain

extension AnalysisData {
    /// Reads a CSV file's bytes. With an instrument, the columns must follow the export layout
    /// (`role`, `sector_youth_care_parenting`, …); unknown columns and codes outside the
    /// codebook are skipped with a warning naming line and column. Without one, every column
    /// with at most `maxCategories` distinct values is a categorical item.
    public init(
        csv bytes: UnsafeRawBufferPointer, instrument: Instrument?, splitNames: [String],
        options: CSVImportOptions = CSVImportOptions()
    ) throws(AnalysisError) {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw .csv(.utf16)
        }
        let delimiter = options.delimiter ?? CSVScanner.guessDelimiter(bytes)
        var scanner = CSVScanner(bytes: bytes, delimiter: delimiter)
        var cells: [CSVCell] = []
        let headerLine: Int?
        do { headerLine = try scanner.nextRow(into: &cells) } catch { throw .csv(error) }
        guard headerLine != nil else { throw .csv(.empty) }
        if bytes.prefix(200).contains(0) { throw .csv(.utf16) }
        var header: [String] = []
        for (index, cell) in cells.enumerated() {
            guard let name = scanner.string(cell) else { throw .csv(.notUTF8(line: 1, column: "#\(index + 1)")) }
            header.append(name.trimmingCharacters(in: .whitespaces))
        }
        var seen: [String: [Int]] = [:]
        for (index, name) in header.enumerated() { seen[name, default: []].append(index + 1) }
        if let duplicate = seen.first(where: { $0.value.count > 1 && !$0.key.isEmpty }) {
            throw .csv(.duplicateColumn(name: duplicate.key, columns: duplicate.value))
        }
        // One column whose name holds another likely delimiter: the delimiter was wrong.
        if header.count == 1, header[0].contains(where: { [";", "\t", "|", ","].contains($0) }) {
            throw .csv(.singleColumn(delimiter: delimiter == 0x09 ? "\\t" : String(UnicodeScalar(delimiter))))
        }
        if let instrument {
            try self.init(instrumentCSV: &scanner, header: header, instrument: instrument, splitNames: splitNames, options: options)
        } else {
            try self.init(plainCSV: &scanner, header: header, splitNames: splitNames, options: options)
        }
        if delimiter != 0x2C {
            notes.append("delimiter: '\(delimiter == 0x09 ? "tab" : String(UnicodeScalar(delimiter)))'")
        }
    }

    /// What one column of an instrument-layout CSV feeds.
    private enum ColumnPlan {
        case ignore
        case single(variable: Int, codes: [[UInt8]])
        case option(variable: Int, bit: Int64)
        case text(variable: Int)
    }

    private init(
        instrumentCSV scanner: inout CSVScanner, header: [String], instrument: Instrument, splitNames: [String],
        options: CSVImportOptions
    ) throws(AnalysisError) {
        let schema = AnalysisSchema(instrument: instrument)
        try self.init(schema: schema, splitNames: splitNames, textLimit: options.textLimit)
        let layout = ExportLayout(instrument: instrument)
        let columnsByName = Dictionary(layout.columns.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var plans: [ColumnPlan] = []
        var covered = Set<Int>()
        for (index, name) in header.enumerated() {
            guard let column = columnsByName[name] else {
                plans.append(.ignore)
                if !name.isEmpty {
                    warn(ImportWarning(line: 1, column: name, message: "not a column of instrument '\(instrument.id)'; ignored (column \(index + 1))"))
                }
                continue
            }
            switch column.kind {
            case .responseID, .submittedOn:
                plans.append(.ignore)
            case .value:
                let variable = schema.index(of: column.itemID!)!
                covered.insert(variable)
                if schema.variables[variable].kind == .text {
                    plans.append(.text(variable: variable))
                } else {
                    plans.append(.single(variable: variable, codes: schema.variables[variable].categories.map { Array($0.code.utf8) }))
                }
            case .option(let code):
                let variable = schema.index(of: column.itemID!)!
                covered.insert(variable)
                let position = schema.variables[variable].categories.firstIndex { $0.code == code }!
                plans.append(.option(variable: variable, bit: position < 63 ? 1 << Int64(position) : 0))
            case .specify(let code):
                let variable = schema.index(of: "\(column.itemID!)_\(code)_text")!
                covered.insert(variable)
                plans.append(.text(variable: variable))
            }
        }
        if covered.isEmpty { throw .noItemColumns }
        for (index, variable) in schema.variables.enumerated() where !covered.contains(index) {
            excluded[index] = "no column in the file"
            if variable.specifies == nil {
                warn(ImportWarning(line: nil, column: variable.id, message: "no column for this item; left out of the report"))
            }
        }
        for split in tally.splits where !covered.contains(split.variable) {
            throw .splitNotCategorical(name: schema.variables[split.variable].id, reason: "the file has no column for it")
        }

        let variableCount = schema.variables.count
        var row = [Int64](repeating: CodedRow.blank, count: variableCount)
        var textCells = [CSVCell](repeating: CSVCell(start: 0, end: 0, hasEscapedQuotes: false), count: variableCount)
        var cells: [CSVCell] = []
        let width = header.count
        let one: [UInt8] = [0x31]
        let zero: [UInt8] = [0x30]
        while true {
            let line: Int?
            do { line = try scanner.nextRow(into: &cells) } catch { throw .csv(error) }
            guard let line else { break }
            if cells.count != width { throw .csv(.raggedRow(line: line, expected: width, found: cells.count)) }
            for index in 0..<variableCount { row[index] = CodedRow.blank }
            for (columnIndex, plan) in plans.enumerated() {
                let cell = cells[columnIndex]
                switch plan {
                case .ignore:
                    continue
                case .single(let variable, let codes):
                    if cell.isEmpty { continue }
                    var found = false
                    for (position, code) in codes.enumerated() where scanner.cell(cell, equals: code) {
                        row[variable] = Int64(position)
                        found = true
                        break
                    }
                    if !found {
                        try skipValue(scanner, cell, line: line, column: header[columnIndex], variable: variable)
                    }
                case .option(let variable, let bit):
                    if cell.isEmpty { continue }
                    if scanner.cell(cell, equals: one) {
                        row[variable] = max(row[variable], 0) | bit
                    } else if scanner.cell(cell, equals: zero) {
                        row[variable] = max(row[variable], 0)
                    } else {
                        guard let text = scanner.string(cell) else { throw .csv(.notUTF8(line: line, column: header[columnIndex])) }
                        warn(ImportWarning(line: line, column: header[columnIndex], message: "'\(text)' is neither 0 nor 1; skipped"))
                    }
                case .text(let variable):
                    if cell.isEmpty { continue }
                    row[variable] = Int64(variable)
                    textCells[variable] = cell
                }
            }
            var badText: Int?
            let scannerCopy = scanner
            row.withUnsafeBufferPointer { row in
                tally.add(row) { variable in
                    if let text = scannerCopy.string(textCells[Int(variable)]) { return text }
                    badText = Int(variable)
                    return ""
                }
            }
            if let badText { throw .csv(.notUTF8(line: line, column: schema.variables[badText].id)) }
        }
        resolveSplits()
    }

    private mutating func skipValue(
        _ scanner: CSVScanner, _ cell: CSVCell, line: Int, column: String, variable: Int
    ) throws(AnalysisError) {
        guard let text = scanner.string(cell) else { throw .csv(.notUTF8(line: line, column: column)) }
        let codes = schema.variables[variable].categories.map(\.code)
        warn(
            ImportWarning(
                line: line, column: column,
                message: "'\(text)' is not a code of this item (\(codes.joined(separator: ", "))); skipped"))
    }

    private init(
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
        var cells: [CSVCell] = []
        let width = header.count
        while true {
            let line: Int?
            do { line = try scanner.nextRow(into: &cells) } catch { throw .csv(error) }
            guard let line else { break }
            if cells.count != width { throw .csv(.raggedRow(line: line, expected: width, found: cells.count)) }
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
                    if values[column].count == limit {
                        overflow[column] = true
                        continue
                    }
                    // Store the unescaped text so that later cells compare by content.
                    let bytes = Array(text.utf8)
                    if let index = values[column].firstIndex(of: bytes) {
                        position = index
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
