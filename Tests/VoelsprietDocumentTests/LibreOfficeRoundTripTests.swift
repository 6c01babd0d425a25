import Foundation
import Testing
import VoelsprietDocument

/// Converts a .docx to PDF with LibreOffice and reads the PDF's text back with pdftotext.
/// Runs when LibreOffice is found (VOELSPRIET_LIBREOFFICE, or `libreoffice` / `soffice` on the
/// PATH); skipped otherwise, unless VOELSPRIET_REQUIRE_LIBREOFFICE=1, which makes it fail.
@Suite struct LibreOfficeRoundTripTests {
    static let environment = ProcessInfo.processInfo.environment
    static let required = environment["VOELSPRIET_REQUIRE_LIBREOFFICE"] == "1"
    /// VOELSPRIET_LIBREOFFICE when set (nil if that is not an executable), else the PATH.
    static let office: String? = {
        guard let configured = environment["VOELSPRIET_LIBREOFFICE"] else {
            return onPath("libreoffice") ?? onPath("soffice")
        }
        return FileManager.default.isExecutableFile(atPath: configured) ? configured : nil
    }()
    static let pdftotext = onPath("pdftotext")

    static func onPath(_ name: String) -> String? {
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(
        .enabled(
            if: office != nil && pdftotext != nil || required,
            "LibreOffice or pdftotext not found; set VOELSPRIET_LIBREOFFICE"))
    func convertsToPDFWithTheText() async throws {
        guard let office = Self.office, let pdftotext = Self.pdftotext else {
            Issue.record("VOELSPRIET_REQUIRE_LIBREOFFICE=1 but LibreOffice or pdftotext is missing")
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "voelspriet-docx-\(UUID().uuidString)")
        let profile = directory.appendingPathComponent("profile")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let docx = directory.appendingPathComponent("rapport.docx")
        try DocxWriter().write(SampleDocuments.dutch).write(to: docx)

        let status = try await TestSupport.run(
            office,
            [
                "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", "pdf", "--outdir",
                directory.path, docx.path,
            ],
            timeout: 120)
        #expect(status == 0)
        let pdf = directory.appendingPathComponent("rapport.pdf")
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        let textFile = directory.appendingPathComponent("rapport.txt")
        let textStatus = try await TestSupport.run(pdftotext, ["-enc", "UTF-8", pdf.path, textFile.path], timeout: 60)
        #expect(textStatus == 0)
        let raw = (try? String(contentsOf: textFile, encoding: .utf8)) ?? ""
        let text = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for expected in [
            "Ervaringskennis in het werk", "Inleiding en aanpak", "Methode", "Resultaten: één overzicht",
            "Verantwoording",
            "Professionals", "46,6", "Tabel 1", "Figuur 2",
            "Het was heel fijn dat mijn leidinggevende daar open over was.",
            "(Prof8)", "[?quickscan.T9.9.unknown]", "42%",
        ] {
            #expect(text.contains(expected), Comment(rawValue: String(describing: expected)))
        }
    }
}
