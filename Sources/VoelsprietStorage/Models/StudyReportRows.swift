import Foundation

/// A study's report definition as stored: the JSON of `StudyReportDefinition` (the storage layer
/// does not read it) and the revision it is at.
public struct StoredReportDefinition: Sendable, Hashable {
    public var json: String
    public var revision: Int
    public var updatedBy: String
    public var updatedAt: String

    public init(json: String, revision: Int, updatedBy: String, updatedAt: String) {
        self.json = json
        self.revision = revision
        self.updatedBy = updatedBy
        self.updatedAt = updatedAt
    }
}

/// A frozen report version: what it was made of and what it looked like.
public struct StoredReportVersion: Sendable, Hashable {
    public var version: Int
    public var note: String?
    public var language: String
    public var createdBy: String
    public var createdAt: String
    public var definitionJSON: String
    public var factsJSON: String
    public var html: String
    public var markdown: String
    public var docx: [UInt8]

    public init(
        version: Int, note: String?, language: String, createdBy: String, createdAt: String, definitionJSON: String,
        factsJSON: String, html: String, markdown: String, docx: [UInt8]
    ) {
        self.version = version
        self.note = note
        self.language = language
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.definitionJSON = definitionJSON
        self.factsJSON = factsJSON
        self.html = html
        self.markdown = markdown
        self.docx = docx
    }
}

/// A version in the list (without its content).
public struct ReportVersionSummary: Sendable, Hashable {
    public var version: Int
    public var note: String?
    public var language: String
    public var createdBy: String
    public var createdAt: String
}
