import Foundation
import Testing
@testable import VoelsprietLiterature

/// Every export under shared/data against the counts of independent readers
/// (`Fixtures/Import/export_counts.json`, made by `make_export_counts.py`: rispy for RIS,
/// `PMID- ` lines for MEDLINE, `ER` lines for Web of Science, pandas for tables,
/// bibtexparser for BibTeX).
@Suite(.enabled(if: SharedData.available))
struct SharedExportImportTests {
    struct Expectation: Decodable, Sendable {
        var expected: String?
        var count: Int?
        var format: String?
        var database: String?
        var first_title: String?
        var last_title: String?
        var first_doi: String?
        var last_doi: String?
    }

    static let expectations: [String: Expectation] = {
        let url = ImportFixtures.directory.appendingPathComponent("export_counts.json")
        guard let data = try? Data(contentsOf: url),
              let table = try? JSONDecoder().decode([String: Expectation].self, from: data) else { return [:] }
        return table
    }()

    static let paths: [String] = expectations.keys.sorted()

    @Test func everySharedFileHasAnExpectation() throws {
        let root = try #require(SharedData.directory)
        var found: [String] = []
        for folder in ["exports", "dedup/ASySD", "dedup/asreview-datatools"] {
            let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if !url.hasDirectoryPath {
                    found.append(String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
                }
            }
        }
        #expect(found.count >= 100)
        #expect(Set(found) == Set(Self.paths))
    }

    @Test(arguments: paths)
    func importsWithTheIndependentCount(path: String) throws {
        let expectation = try #require(Self.expectations[path])
        let data = try Data(contentsOf: SharedData.url(path))
        let name = URL(fileURLWithPath: path).lastPathComponent
        if expectation.expected == "error" {
            #expect(throws: ImportError.self) { try LiteratureImporter.read(data, fileName: name) }
            return
        }
        let file = try LiteratureImporter.read(data, fileName: name)
        #expect(file.records.count == expectation.count)
        #expect(file.format.rawValue == expectation.format)
        #expect(file.database?.rawValue == expectation.database)
        #expect(file.records.allSatisfy { $0.sourceFile == name })
        let stem = LiteratureImporter.stem(of: name)
        let expectedIDs = (0..<file.records.count).map { stem + "-" + String($0 + 1) }
        #expect(file.records.map(\.id) == expectedIDs)
        if expectation.format == "ris" {
            #expect(file.records.first?.title == expectation.first_title)
            #expect(file.records.last?.title == expectation.last_title)
            #expect(file.records.first?.doi == expectation.first_doi)
            #expect(file.records.last?.doi == expectation.last_doi)
        }
    }

    @Test func refusedFilesNameTheFile() throws {
        for path in Self.paths where Self.expectations[path]?.expected == "error" {
            let name = URL(fileURLWithPath: path).lastPathComponent
            let data = try Data(contentsOf: SharedData.url(path))
            do {
                _ = try LiteratureImporter.read(data, fileName: name)
                Issue.record("\(path) was read")
            } catch {
                guard case .unknownFormat(let file, _) = error else {
                    Issue.record("\(path): \(error)")
                    continue
                }
                #expect(file == name)
            }
        }
    }
}
