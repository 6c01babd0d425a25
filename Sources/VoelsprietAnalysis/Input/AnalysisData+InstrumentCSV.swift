import Dispatch
import Foundation
import VoelsprietDomain

extension AnalysisData {
    init(
        instrumentCSV scanner: inout CSVScanner, header: [String], headerLine: Int, instrument: Instrument,
        splitNames: [String], options: CSVImportOptions
    ) throws(AnalysisError) {
        let schema = AnalysisSchema(instrument: instrument)
        try self.init(schema: schema, splitNames: splitNames, textLimit: options.textLimit)
        let layout = ExportLayout(instrument: instrument)
        let columnsByName = Dictionary(layout.columns.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var plans: [CSVColumnPlan] = []
        var covered = Set<Int>()
        for (index, name) in header.enumerated() {
            guard let column = columnsByName[name] else {
                plans.append(.ignore)
                if !name.isEmpty {
                    warn(ImportWarning(line: headerLine, column: name, message: DataMessage(
                        en: "not a column of instrument '\(instrument.id)'; ignored (column \(index + 1))",
                        nl: "geen kolom van vragenlijst '\(instrument.id)'; genegeerd (kolom \(index + 1))")))
                }
                continue
            }
            switch column.kind {
            case .responseID, .submittedOn, .language:
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
            excluded[index] = DataMessage(en: "no column in the file", nl: "geen kolom in het bestand")
            if variable.specifies == nil {
                warn(ImportWarning(line: nil, column: variable.id, message: DataMessage(
                    en: "no column for this item; left out of the report", nl: "geen kolom voor deze vraag; niet in de rapportage")))
            }
        }
        for split in tally.splits where !covered.contains(split.variable) {
            throw .splitNotCategorical(name: schema.variables[split.variable].id, reason: "the file has no column for it")
        }

        try readRowsInParallel(&scanner, header: header, plans: plans, options: options)
        resolveSplits()
    }

    /// The hot loop over an instrument-layout CSV. Plans are flattened into arrays of plain
    /// values and a row lives in one preallocated buffer, so a million rows cost no
    /// allocation and no reference counting per cell.
    /// Reads rows that start before `stopAt`; returns the offset after the last one.
    @discardableResult
    mutating func readRows(
        _ scanner: inout CSVScanner, header: [String], plans: [CSVColumnPlan], stopAt: Int,
        progress: (@Sendable (Range<Int>) -> Void)?
    ) throws(AnalysisError) -> Int {
        let width = header.count
        let variableCount = schema.variables.count
        // Per column: kind (0 ignore, 1 single, 2 option, 3 text), variable, option bit, and
        // for single columns a range in `codeBytes`/`codeEnds` plus a one-byte lookup table.
        var kinds = [UInt8](repeating: 0, count: width)
        var variables = [Int](repeating: 0, count: width)
        var bits = [Int64](repeating: 0, count: width)
        var firstCode = [Int](repeating: 0, count: width)
        var codeCounts = [Int](repeating: 0, count: width)
        var codeBytes: [UInt8] = []
        var codeEnds: [Int] = []
        // byteTable[column * 256 + byte] = category + 1 for one-byte codes, 0 otherwise.
        var byteTable = [Int8](repeating: 0, count: width * 256)
        for (column, plan) in plans.enumerated() {
            switch plan {
            case .ignore: kinds[column] = 0
            case .single(let variable, let codes):
                kinds[column] = 1
                variables[column] = variable
                firstCode[column] = codeEnds.count
                codeCounts[column] = codes.count
                for (position, code) in codes.enumerated() {
                    codeBytes += code
                    codeEnds.append(codeBytes.count)
                    if code.count == 1, position < 127 { byteTable[column * 256 + Int(code[0])] = Int8(position + 1) }
                }
            case .option(let variable, let bit):
                kinds[column] = 2
                variables[column] = variable
                bits[column] = bit
            case .text(let variable):
                // 4: a numeric item whose export writes -98/-99 for no answer.
                kinds[column] = schema.missingCodedNumericItems.contains(schema.variables[variable].id) ? 4 : 3
                variables[column] = variable
            }
        }
        let row = UnsafeMutableBufferPointer<Int64>.allocate(capacity: max(1, variableCount))
        defer { row.deallocate() }
        let textCells = UnsafeMutablePointer<CSVCell>.allocate(capacity: max(1, variableCount))
        defer { textCells.deallocate() }
        let cells = UnsafeMutablePointer<CSVCell>.allocate(capacity: width + 1)
        defer { cells.deallocate() }
        guard let base = scanner.bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return scanner.offset }
        let one = UInt8(ascii: "1")
        let zero = UInt8(ascii: "0")
        var reported = scanner.offset
        while scanner.offset < stopAt {
            if let progress, scanner.offset - reported >= 8 << 20 {
                progress(reported..<scanner.offset)
                reported = scanner.offset
            }
            var count = 0
            let line: Int?
            do { line = try scanner.nextRow(into: cells, capacity: width + 1, count: &count) } catch { throw .csv(error) }
            guard let line else { break }
            if count != width { throw .csv(.raggedRow(line: line, expected: width, found: count)) }
            row.update(repeating: CodedRow.blank)
            for column in 0..<width {
                let kind = kinds[column]
                if kind == 0 { continue }
                let cell = cells[column]
                let length = cell.end - cell.start
                if length == 0 { continue }
                let variable = variables[column]
                switch kind {
                case 1:
                    var found = -1
                    if length == 1, !cell.hasEscapedQuotes {
                        found = Int(byteTable[column * 256 + Int(base[cell.start])]) - 1
                    }
                    if found < 0, !cell.hasEscapedQuotes {
                        var code = firstCode[column]
                        var codeStart = code == 0 ? 0 : codeEnds[code - 1]
                        for position in 0..<codeCounts[column] {
                            let codeEnd = codeEnds[code]
                            if codeEnd - codeStart == length {
                                var same = true
                                for offset in 0..<length where base[cell.start + offset] != codeBytes[codeStart + offset] {
                                    same = false
                                    break
                                }
                                if same {
                                    found = position
                                    break
                                }
                            }
                            codeStart = codeEnd
                            code += 1
                        }
                    }
                    if found >= 0 {
                        row[variable] = Int64(found)
                    } else if !Self.isMissingCode(base, cell) {
                        try skipValue(scanner, cell, line: line, column: header[column], variable: variable)
                    }
                case 2:
                    let byte = base[cell.start]
                    if length == 1, byte == one {
                        row[variable] = max(row[variable], 0) | bits[column]
                    } else if length == 1, byte == zero {
                        row[variable] = max(row[variable], 0)
                    } else if Self.isMissingCode(base, cell) {
                        continue
                    } else {
                        guard let text = scanner.string(cell) else { throw .csv(.notUTF8(line: line, column: header[column])) }
                        warn(ImportWarning(line: line, column: header[column], message: DataMessage(en: "'\(text)' is neither 0 nor 1; skipped", nl: "'\(text)' is geen 0 of 1; overgeslagen")))
                    }
                case 4 where Self.isMissingCode(base, cell):
                    continue
                default:
                    row[variable] = Int64(variable)
                    textCells[variable] = cell
                }
            }
            var badText: Int?
            let reader = scanner
            tally.add(UnsafeBufferPointer(row)) { variable in
                if let text = reader.string(textCells[Int(variable)]) { return text }
                badText = Int(variable)
                return ""
            }
            if let badText { throw .csv(.notUTF8(line: line, column: schema.variables[badText].id)) }
        }
        if let progress, scanner.offset > reported { progress(reported..<scanner.offset) }
        return scanner.offset
    }

    /// `-99` or `-98`, the export's missing codes (`MissingCode`): no answer, not a bad value.
    static func isMissingCode(_ base: UnsafePointer<UInt8>, _ cell: CSVCell) -> Bool {
        guard cell.end - cell.start == 3, !cell.hasEscapedQuotes else { return false }
        return base[cell.start] == UInt8(ascii: "-") && base[cell.start + 1] == UInt8(ascii: "9")
            && (base[cell.start + 2] == UInt8(ascii: "9") || base[cell.start + 2] == UInt8(ascii: "8"))
    }

    mutating func skipValue(
        _ scanner: CSVScanner, _ cell: CSVCell, line: Int, column: String, variable: Int
    ) throws(AnalysisError) {
        guard let text = scanner.string(cell) else { throw .csv(.notUTF8(line: line, column: column)) }
        let codes = schema.variables[variable].categories.map(\.code)
        warn(
            ImportWarning(
                line: line, column: column,
                message: DataMessage(
                    en: "'\(text)' is not a code of this item (\(codes.joined(separator: ", "))); skipped",
                    nl: "'\(text)' is geen code van deze vraag (\(codes.joined(separator: ", "))); overgeslagen")))
    }
}
