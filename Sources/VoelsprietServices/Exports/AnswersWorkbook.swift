import VoelsprietDomain
import VoelsprietSpreadsheet
import VoelsprietStorage

/// The answers export as an Excel workbook: sheet "answers" in the export layout's columns (codes
/// and the missing codes as numbers, the date of submission as a date, texts as text — never a
/// formula; numeric items as numbers and date items as dates) and sheet "codebook" with every variable, value and label.
enum AnswersWorkbook {
    static func make(_ study: Study, responses: [StoredResponse]) -> Workbook {
        let layout = ExportLayout(instrument: study.instrument)
        let numeric = Set(layout.columns.indices.filter { index in
            let column = layout.columns[index]
            switch column.kind {
            case .option: return true
            case .value:
                guard let item = column.itemID.flatMap(study.instrument.item) else { return false }
                return item.type.isCoded
                    && study.instrument.options(of: item).allSatisfy { Int($0.code) != nil }
            default: return false
            }
        })
        func itemType(_ index: Int) -> ItemType? {
            guard layout.columns[index].kind == .value else { return nil }
            return layout.columns[index].itemID.flatMap(study.instrument.item)?.type
        }
        let dateColumns = Set(layout.columns.indices.filter { layout.columns[$0].kind == .submittedOn || itemType($0) == .date })
        let numberColumns = Set(layout.columns.indices.filter { itemType($0) == .numeric })
        let rows: [[Cell]] = responses.map { response in
            let cells = layout.row(
                responseID: response.id, submittedOn: response.submittedOn, language: response.language, answers: response.answers)
            return cells.enumerated().map { index, text in
                if text.isEmpty { return .empty }
                if dateColumns.contains(index), let date = date(text) { return date }
                if numberColumns.contains(index), let number = Double(text) { return .number(number) }
                if numeric.contains(index) || MissingCode(rawValue: text) != nil, let number = Int(text) { return .integer(number) }
                return .text(text)
            }
        }
        let answers = Worksheet(
            name: "answers", columns: layout.header.map { Column($0, width: max(10, min(40, Double($0.count) + 2))) }, rows: rows,
            freezeHeader: true, autoFilter: true)
        let codebookRows = layout.codebook
        let codebook = Worksheet(
            name: "codebook", columns: (codebookRows.first ?? []).map { Column($0) },
            rows: codebookRows.dropFirst().map { $0.map { $0.isEmpty ? Cell.empty : .text($0) } }, freezeHeader: true, autoFilter: true)
        return Workbook(sheets: [answers, codebook])
    }

    static func date(_ text: String) -> Cell? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return .date(year: parts[0], month: parts[1], day: parts[2])
    }
}
