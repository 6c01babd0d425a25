import VoelsprietDomain

/// Writes a study's answers as an SPSS system file (`.sav`) with variable labels, value
/// labels and measurement levels, in the export layout's columns.
///
/// Choice, scale and yes/no items become numeric variables: scale points keep their own
/// numeric codes ("1"…"5"), other options are numbered 1…k in questionnaire order; every
/// number carries its label. Scales are ordinal, other choices nominal. A multiple-choice
/// item gives one 0/1 variable per option. The missing codes of the export (−99 not shown,
/// −98 skipped; see `MissingCode`) are kept as values, labelled and declared user-missing, so
/// SPSS and PSPP leave them out of every statistic but can still tell them apart. The date of
/// submission is an SPSS date (DATE11); free text, the response id and the language are strings.
/// Blank cells are system-missing.
public struct SAVWriter: Sendable {
    public let instrument: Instrument
    public let language: String

    public init(instrument: Instrument, language: String = "nl") {
        self.instrument = instrument
        self.language = language
    }

    /// Whether libreadstat is available on this machine.
    public static var isAvailable: Bool {
        if case .success = ReadStatLibrary.shared { return true }
        return false
    }

    /// One response: its random id, date and answers.
    public struct Row: Sendable {
        public let id: String
        public let submittedOn: String
        public let answers: AnswerSet
        public let language: String

        public init(id: String, submittedOn: String, answers: AnswerSet, language: String = "") {
            self.language = language
            self.id = id
            self.submittedOn = submittedOn
            self.answers = answers
        }
    }

    /// The numeric value of each code of a choice item.
    func numbering(_ item: InstrumentItem) -> [String: Double] {
        let options = instrument.options(of: item)
        let numeric = options.compactMap { Double($0.code) }
        if numeric.count == options.count, Set(numeric).count == numeric.count {
            return Dictionary(uniqueKeysWithValues: zip(options.map(\.code), numeric))
        }
        return Dictionary(uniqueKeysWithValues: options.enumerated().map { ($1.code, Double($0 + 1)) })
    }

    /// The file's bytes.
    public func write(_ rows: [Row]) throws(SAVError) -> [UInt8] {
        let library: ReadStatLibrary
        switch ReadStatLibrary.shared {
        case .success(let loaded): library = loaded
        case .failure(let error): throw error
        }
        let layout = ExportLayout(instrument: instrument)
        let cells = rows.map { layout.row(responseID: $0.id, submittedOn: $0.submittedOn, language: $0.language, answers: $0.answers) }
        let output = ByteSink()
        guard let writer = library.writerInit() else { throw .readstat(step: "init", message: "out of memory") }
        defer { library.writerFree(writer) }
        func check(_ code: UInt32, _ step: String) throws(SAVError) {
            guard code == 0 else {
                throw .readstat(step: step, message: library.errorMessage(code).map { String(cString: $0) } ?? "error \(code)")
            }
        }
        try check(
            library.setDataWriter(writer) { data, length, context in
                let sink = Unmanaged<ByteSink>.fromOpaque(context!).takeUnretainedValue()
                if let data { sink.bytes.append(contentsOf: UnsafeRawBufferPointer(start: data, count: length)) }
                return length
            }, "data writer")
        try check(library.setFileLabel(writer, Self.truncated(instrument.title.text(in: language), 64)), "file label")

        enum Kind { case string, numeric([String: Double]), number, flag, date }
        func declareMissing(_ variable: ReadStatLibrary.Variable?, _ labels: ReadStatLibrary.LabelSet?) throws(SAVError) {
            for code in MissingCode.allCases {
                library.labelDoubleValue(labels, code.value, Self.truncated(code.label(language), 120))
                try check(library.variableAddMissingDouble(variable, code.value), "missing value declaration")
            }
        }
        var variables: [(ReadStatLibrary.Variable?, Kind)] = []
        let flagLabels = library.addLabelSet(writer, ReadStatLibrary.typeDouble, "selected")
        library.labelDoubleValue(flagLabels, 0, language == "en" ? "not selected" : "niet gekozen")
        library.labelDoubleValue(flagLabels, 1, language == "en" ? "selected" : "gekozen")
        for code in MissingCode.allCases { library.labelDoubleValue(flagLabels, code.value, Self.truncated(code.label(language), 120)) }
        for (index, column) in layout.columns.enumerated() {
            let item = column.itemID.flatMap(instrument.item)
            switch column.kind {
            case .value where item?.type.isCoded == true:
                let item = item!
                let numbers = numbering(item)
                let labels = library.addLabelSet(writer, ReadStatLibrary.typeDouble, "l_\(index)")
                for option in instrument.options(of: item) {
                    library.labelDoubleValue(labels, numbers[option.code]!, Self.truncated(option.label.text(in: language), 120))
                }
                let variable = library.addVariable(writer, column.name, ReadStatLibrary.typeDouble, 0)
                library.variableSetLabelSet(variable, labels)
                try declareMissing(variable, labels)
                library.variableSetFormat(variable, "F8.0")
                library.variableSetMeasure(variable, item.type == .scale ? ReadStatLibrary.measureOrdinal : ReadStatLibrary.measureNominal)
                library.variableSetLabel(variable, Self.truncated(item.text.text(in: language), 255))
                var withMissing = numbers
                for code in MissingCode.allCases { withMissing[code.rawValue] = code.value }
                variables.append((variable, .numeric(withMissing)))
            case .value where item?.type == .numeric:
                let item = item!
                let variable = library.addVariable(writer, column.name, ReadStatLibrary.typeDouble, 0)
                if ExportLayout.usesMissingCodes(item) {
                    let labels = library.addLabelSet(writer, ReadStatLibrary.typeDouble, "l_\(index)")
                    library.variableSetLabelSet(variable, labels)
                    try declareMissing(variable, labels)
                }
                library.variableSetFormat(variable, item.numberFormat == .integer ? "F8.0" : "F10.\(Self.decimals(of: index, in: cells))")
                library.variableSetMeasure(variable, ReadStatLibrary.measureScale)
                library.variableSetLabel(variable, Self.truncated(item.text.text(in: language), 255))
                variables.append((variable, .number))
            case .value where item?.type == .date:
                let variable = library.addVariable(writer, column.name, ReadStatLibrary.typeDouble, 0)
                library.variableSetFormat(variable, "DATE11")
                library.variableSetMeasure(variable, ReadStatLibrary.measureScale)
                library.variableSetLabel(variable, Self.truncated(item!.text.text(in: language), 255))
                variables.append((variable, .date))
            case .option(let code):
                let variable = library.addVariable(writer, column.name, ReadStatLibrary.typeDouble, 0)
                library.variableSetLabelSet(variable, flagLabels)
                for code in MissingCode.allCases { try check(library.variableAddMissingDouble(variable, code.value), "missing value declaration") }
                library.variableSetFormat(variable, "F3.0")
                library.variableSetMeasure(variable, ReadStatLibrary.measureNominal)
                let option = item.flatMap { item in instrument.options(of: item).first { $0.code == code } }
                let label = "\(item?.text.text(in: language) ?? "") — \(option?.label.text(in: language) ?? code)"
                library.variableSetLabel(variable, Self.truncated(label, 255))
                variables.append((variable, .flag))
            case .submittedOn:
                let variable = library.addVariable(writer, column.name, ReadStatLibrary.typeDouble, 0)
                library.variableSetFormat(variable, "DATE11")
                library.variableSetMeasure(variable, ReadStatLibrary.measureScale)
                library.variableSetLabel(variable, language == "en" ? "Date of submission" : "Datum van insturen")
                variables.append((variable, .date))
            default:
                let width = max(1, cells.reduce(1) { max($0, $1[index].utf8.count) })
                let variable = library.addVariable(writer, column.name, ReadStatLibrary.typeString, min(width, 32767))
                library.variableSetMeasure(variable, ReadStatLibrary.measureNominal)
                let label: String =
                    switch column.kind {
                    case .responseID: language == "en" ? "Random response id" : "Willekeurig respons-id"
                    case .language: language == "en" ? "Language of the questionnaire" : "Taal van de vragenlijst"
                    case .submittedOn: language == "en" ? "Date of submission" : "Datum van insturen"
                    default: item?.text.text(in: language) ?? column.name
                    }
                library.variableSetLabel(variable, Self.truncated(label, 255))
                variables.append((variable, .string))
            }
        }
        try check(library.beginWritingSAV(writer, Unmanaged.passUnretained(output).toOpaque(), rows.count), "header")
        for row in cells {
            try check(library.beginRow(writer), "row")
            for (index, (variable, kind)) in variables.enumerated() {
                let cell = row[index]
                switch kind {
                case .string:
                    try check(library.insertString(writer, variable, cell), "string value")
                case .numeric(let numbers):
                    if let number = numbers[cell] {
                        try check(library.insertDouble(writer, variable, number), "value")
                    } else {
                        try check(library.insertMissing(writer, variable), "missing value")
                    }
                case .number:
                    if let number = Double(cell) {
                        try check(library.insertDouble(writer, variable, number), "value")
                    } else {
                        try check(library.insertMissing(writer, variable), "missing value")
                    }
                case .flag:
                    if cell == "1" || cell == "0" {
                        try check(library.insertDouble(writer, variable, cell == "1" ? 1 : 0), "value")
                    } else if let code = MissingCode(rawValue: cell) {
                        try check(library.insertDouble(writer, variable, code.value), "value")
                    } else {
                        try check(library.insertMissing(writer, variable), "missing value")
                    }
                case .date:
                    if let seconds = Self.spssDate(cell) {
                        try check(library.insertDouble(writer, variable, seconds), "date")
                    } else {
                        try check(library.insertMissing(writer, variable), "missing value")
                    }
                }
            }
            try check(library.endRow(writer), "row end")
        }
        try check(library.endWriting(writer), "end")
        return output.bytes
    }

    /// The most decimals any cell of column `index` has (at least 1, at most 6): the display format of a decimal item.
    static func decimals(of index: Int, in cells: [[String]]) -> Int {
        let most = cells.reduce(1) { most, row in
            guard let dot = row[index].firstIndex(of: ".") else { return most }
            return max(most, row[index].distance(from: dot, to: row[index].endIndex) - 1)
        }
        return min(most, 6)
    }

    /// At most `limit` UTF-8 bytes, cut at a character boundary.
    /// `YYYY-MM-DD` as SPSS stores a date: seconds since 14 October 1582, the start of the
    /// Gregorian calendar (1970-01-01 is day 141,428); nil for anything else.
    static func spssDate(_ text: String) -> Double? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        // Days from 1970-01-01 by the civil-from-days inverse (proleptic Gregorian).
        let (y, m, d) = (parts[1] <= 2 ? parts[0] - 1 : parts[0], parts[1], parts[2])
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Double(days + 141_428) * 86_400
    }

    static func truncated(_ text: String, _ limit: Int) -> String {
        if text.utf8.count <= limit { return text }
        var result = ""
        for character in text {
            if result.utf8.count + String(character).utf8.count > limit { break }
            result.append(character)
        }
        return result
    }
}

/// Collects what libreadstat writes.
final class ByteSink {
    var bytes: [UInt8] = []
}
