import Foundation
import Testing

@testable import VoelsprietLiterature

/// Files crafted to hurt the reader (found in review).
@Suite struct HostileImportTests {
    @Test("BibTeX macros that double at every line are refused, with the line, long before memory runs out")
    func macroBomb() throws {
        // 40 lines would ask for 2^40 bytes if expanded; the reader stops at 1 MiB.
        var text = "@string{m0 = \"xx\"}\n"
        for k in 1...40 { text += "@string{m\(k) = m\(k - 1) # m\(k - 1)}\n" }
        text += "@article{a, title = m40}\n"
        let start = Date()
        #expect(throws: ImportError.self) { _ = try LiteratureImporter.read(Data(text.utf8), fileName: "bomb.bib") }
        do {
            _ = try LiteratureImporter.read(Data(text.utf8), fileName: "bomb.bib")
        } catch {
            let message = error.description
            #expect(message.contains("bomb.bib") && message.contains("@string"))
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }
}
