import Foundation

/// The words the writers add to a document, in Dutch and English.
struct DocumentText: Sendable {
    let table, figure, contents, note, warning, missingReference, chartUnavailable, noData, noScale, emptyTable,
        category, item: String

    static func forLanguage(_ language: DocumentLanguage) -> DocumentText { language == .english ? english : dutch }

    static let dutch = DocumentText(
        table: "Tabel", figure: "Figuur", contents: "Inhoud", note: "Opmerking", warning: "Let op",
        missingReference: "ontbrekende verwijzing", chartUnavailable: "Deze figuur kan niet worden getoond",
        noData: "er zijn geen gegevens", noScale: "de schaal heeft geen antwoordcategorieën",
        emptyTable: "Deze tabel heeft geen gegevens.", category: "Categorie", item: "Item")

    static let english = DocumentText(
        table: "Table", figure: "Figure", contents: "Contents", note: "Note", warning: "Warning",
        missingReference: "missing reference", chartUnavailable: "This figure cannot be shown",
        noData: "there are no data", noScale: "the scale has no answer categories",
        emptyTable: "This table has no data.", category: "Category", item: "Item")

    /// "Tabel 3" / "Figure 2".
    func label(_ kind: NumberedKind, _ number: Int) -> String {
        "\(kind == .table ? table : figure) \(number)"
    }

    /// The caption after the label: ". Caption", or nothing for an empty caption.
    func captionTail(_ caption: String) -> String {
        let trimmed = caption.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? "" : ". " + trimmed
    }

    /// Why a chart cannot be drawn, as a sentence.
    func chartProblem(_ problem: ChartProblem) -> String {
        "\(chartUnavailable): \(problem == .noData ? noData : noScale)."
    }

    /// The label of a callout: "Let op" / "Note".
    func calloutLabel(_ kind: Callout.Kind) -> String { kind == .warning ? warning : note }
}

enum NumberedKind: Sendable { case table, figure }
