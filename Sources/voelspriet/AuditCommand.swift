import ArgumentParser
import Foundation
import VoelsprietServices

/// `voelspriet audit [--study SLUG] [--format csv|json]`: the audit trail, oldest first.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Print the audit trail (who did what, never answer content), oldest first.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json
    }

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Only the events of this study.") var study: String?
    @Option(help: "csv or json.") var format: Format = .csv

    func run() async throws {
        let records = try await database.withServices { try await $0.audit.all(study: study) }
        let text = format == .csv ? AuditService.csv(records) : AuditService.json(records)
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
