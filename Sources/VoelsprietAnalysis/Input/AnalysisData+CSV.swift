import Dispatch
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
    private enum ColumnPlan: Sendable {
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

        try readRowsInParallel(&scanner, header: header, plans: plans, options: options)
        resolveSplits()
    }

    /// Reads the data rows on every core. The rows are cut into one run per core at line
    /// breaks, each run is tallied on its own, and the tallies are added up. A cut is a guess
    /// (a line break could sit inside a quoted cell): it is accepted only when the run before
    /// it ended exactly there; otherwise the rest is read again in one go from where that run
    /// really ended. Warnings and kept open answers come out as if read in one go.
    private mutating func readRowsInParallel(
        _ scanner: inout CSVScanner, header: [String], plans: [ColumnPlan], options: CSVImportOptions
    ) throws(AnalysisError) {
        let bytes = scanner.bytes
        let cuts = Self.cuts(bytes, from: scanner.offset, parts: options.parallelism)
        if cuts.count <= 2 {
            _ = try readRows(&scanner, header: header, plans: plans, stopAt: bytes.count, progress: options.progress)
            return
        }
        let template = self
        let shared = UncheckedSendable((bytes: bytes, delimiter: scanner.delimiter))
        let results = ResultSlots<Result<(AnalysisData, Int), AnalysisError>>(count: cuts.count - 1)
        let progress = options.progress
        DispatchQueue.concurrentPerform(iterations: cuts.count - 1) { index in
            results.set(
                index,
                template.readRun(
                    shared.value.bytes, delimiter: shared.value.delimiter, from: cuts[index], to: cuts[index + 1],
                    header: header, plans: plans, progress: progress))
        }
        var previousEnd = cuts[0]
        for index in 0..<(cuts.count - 1) {
            if previousEnd != cuts[index] {
                // The cut fell inside a quoted cell: read the rest sequentially.
                switch readRun(
                    bytes, delimiter: scanner.delimiter, from: previousEnd, to: bytes.count, header: header, plans: plans,
                    progress: progress)
                {
                case .failure(let error): throw error.shifted(byLines: Self.lineBreaks(bytes, before: previousEnd))
                case .success(let (part, _)): absorb(part, lineOffset: Self.lineBreaks(bytes, before: previousEnd))
                }
                return
            }
            // Counting line breaks reads the file up to the cut: only when a line must be named.
            func lineOffset() -> Int { index == 0 ? 0 : Self.lineBreaks(bytes, before: cuts[index]) }
            switch results.get(index)! {
            case .failure(let error):
                throw error.shifted(byLines: lineOffset())
            case .success(let (part, end)):
                absorb(part, lineOffset: part.warnings.isEmpty ? 0 : lineOffset())
                previousEnd = end
            }
        }
    }

    /// Adds a run's tally and warnings (their lines shifted to the whole file).
    private mutating func absorb(_ part: AnalysisData, lineOffset: Int) {
        tally.merge(part.tally)
        for warning in part.warnings {
            warn(ImportWarning(line: warning.line.map { $0 + lineOffset }, column: warning.column, message: warning.message))
        }
        warningCount += part.warningCount - part.warnings.count
    }

    /// Tallies the rows starting in `start..<stop` on a copy of this (still empty) analysis;
    /// also returns where the last row really ended.
    private func readRun(
        _ bytes: UnsafeRawBufferPointer, delimiter: UInt8, from start: Int, to stop: Int, header: [String],
        plans: [ColumnPlan], progress: (@Sendable (Range<Int>) -> Void)?
    ) -> Result<(AnalysisData, Int), AnalysisError> {
        var part = self
        part.tally = Tally(empty: tally)
        part.warnings = []
        part.warningCount = 0
        var scanner = CSVScanner(bytes: bytes, delimiter: delimiter, at: start)
        do {
            let end = try part.readRows(&scanner, header: header, plans: plans, stopAt: stop, progress: progress)
            return .success((part, end))
        } catch {
            return .failure(error)
        }
    }

    /// Where to cut `start..<bytes.count` into `parts` runs: after the first line break at or
    /// after each even share. Includes both ends. Small inputs stay in one run.
    static func cuts(_ bytes: UnsafeRawBufferPointer, from start: Int, parts: Int) -> [Int] {
        let end = bytes.count
        guard parts > 1, end - start > 4 << 20, let base = bytes.baseAddress else { return [start, end] }
        var cuts = [start]
        for part in 1..<parts {
            let target = max(start + (end - start) * part / parts, cuts.last! + 1)
            guard target < end, let found = memchr(base + target, 0x0A, end - target) else { break }
            let cut = base.distance(to: UnsafeRawPointer(found)) + 1
            if cut < end { cuts.append(cut) }
        }
        cuts.append(end)
        return cuts
    }

    /// Line breaks before `offset`, counted as the scanner counts them.
    static func lineBreaks(_ bytes: UnsafeRawBufferPointer, before offset: Int) -> Int {
        var count = 0
        var index = 0
        while index < offset {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) { count += 1 }
            index += 1
        }
        return count
    }

    /// The hot loop over an instrument-layout CSV. Plans are flattened into arrays of plain
    /// values and a row lives in one preallocated buffer, so a million rows cost no
    /// allocation and no reference counting per cell.
    /// Reads rows that start before `stopAt`; returns the offset after the last one.
    @discardableResult
    private mutating func readRows(
        _ scanner: inout CSVScanner, header: [String], plans: [ColumnPlan], stopAt: Int,
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
                kinds[column] = 3
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
                    } else {
                        try skipValue(scanner, cell, line: line, column: header[column], variable: variable)
                    }
                case 2:
                    let byte = base[cell.start]
                    if length == 1, byte == one {
                        row[variable] = max(row[variable], 0) | bits[column]
                    } else if length == 1, byte == zero {
                        row[variable] = max(row[variable], 0)
                    } else {
                        guard let text = scanner.string(cell) else { throw .csv(.notUTF8(line: line, column: header[column])) }
                        warn(ImportWarning(line: line, column: header[column], message: "'\(text)' is neither 0 nor 1; skipped"))
                    }
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
