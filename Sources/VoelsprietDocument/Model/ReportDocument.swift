/// A study report as a writer-independent document: a title block and an ordered list of
/// blocks. Pure data; `HTMLDocumentWriter`, `DocxWriter` and `MarkdownDocumentWriter` turn it
/// into files and show the same texts and numbers.
public struct ReportDocument: Sendable, Equatable {
    public var title: String
    public var subtitle: String?
    public var language: DocumentLanguage
    public var metadata: DocumentMetadata
    public var blocks: [Block]

    public init(
        title: String, subtitle: String? = nil, language: DocumentLanguage = .dutch,
        metadata: DocumentMetadata = DocumentMetadata(), blocks: [Block] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.metadata = metadata
        self.blocks = blocks
    }
}

/// The language of a document: it picks the words the writers add ("Tabel 1" or "Table 1",
/// "Inhoud" or "Contents") and the `lang` attribute or Word language.
public enum DocumentLanguage: String, Sendable, Equatable, CaseIterable, Codable {
    case dutch = "nl"
    case english = "en"

    /// The language as Word and `dc:language` want it: "nl-NL" or "en-GB".
    public var locale: String { self == .dutch ? "nl-NL" : "en-GB" }
}

/// Who wrote the document and when, as text to show (the date is not parsed, except that an
/// ISO date such as "2024-05-01" also goes into the .docx properties).
public struct DocumentMetadata: Sendable, Equatable {
    public var author: String
    public var date: String

    public init(author: String = "", date: String = "") {
        self.author = author
        self.date = date
    }
}
