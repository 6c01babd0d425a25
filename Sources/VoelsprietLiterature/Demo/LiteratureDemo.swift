import Foundation

/// The demo review's exports: made-up records (invented titles, authors, journals and
/// abstracts) as a Scopus RIS file and a PubMed MEDLINE file, three papers in both.
public enum LiteratureDemo {
    public struct File: Sendable {
        public let name: String
        public let data: Data
        /// The search that "found" it, for the demo's PRISMA-S record.
        public let database: String
        public let query: String
        public let hits: Int
    }

    public static func files() throws -> [File] {
        try [
            ("demo-scopus.ris", "Scopus", "TITLE-ABS-KEY((\"lived experience\" OR \"experiential knowledge\") AND (professional* OR student*) AND (\"domestic violence\" OR \"child abuse\"))", 9),
            ("demo-pubmed.nbib", "PubMed", "(\"lived experience\"[tiab] OR \"experiential knowledge\"[tiab]) AND (professional*[tiab] OR student*[tiab]) AND (\"Domestic Violence\"[Mesh] OR \"child abuse\"[tiab])", 6),
        ].map { name, database, query, hits in
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "demo") else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
            }
            return File(name: name, data: try Data(contentsOf: url), database: database, query: query, hits: hits)
        }
    }
}
