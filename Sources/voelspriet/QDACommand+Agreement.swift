import ArgumentParser
import Foundation
import VoelsprietQDA
import VoelsprietServices

extension QDACommand {
    /// `voelspriet qda agreement`: per code and overall, as JSON (the keys are an interface) or CSV.
    struct Agreement: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "agreement",
            abstract: "Agreement between the coders of a study: percent agreement, Cohen's kappa, Krippendorff's alpha.",
            discussion: """
                Units: every character of every transcript (the NVivo convention), or every paragraph (line) that
                has text, coded by a coder when one of their codings of the code overlaps it. Overall pools every
                (code, unit) pair. Cohen's kappa is given for exactly two coders (pairs under "pairs" otherwise);
                an undefined figure is null with its reason.
                """)

        @Option(help: "The study's address (slug).") var project: String
        @Option(help: "character or paragraph.") var unit: String = "character"
        @Option(help: "json or csv.") var format: String = "json"
        @Option(parsing: .upToNextOption, help: "Coder names to compare (default: every coder with codings).") var coders: [String] = []
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if AgreementUnit(rawValue: unit) == nil { throw ValidationError("--unit must be character or paragraph") }
            if format != "json" && format != "csv" { throw ValidationError("--format must be json or csv") }
        }

        func run() async throws {
            let unit = AgreementUnit(rawValue: unit) ?? .character
            try await database.withServices { services in
                let access = try await services.studies.access(project, as: DatabaseOptions.actor, for: .compareCoders)
                var ids: [UUID]?
                if !coders.isEmpty {
                    let known = try await services.interviews.coders(access)
                    ids = try coders.map { name in
                        guard let c = known.first(where: { $0.coder.name == name || $0.username == name }) else {
                            throw CLIError("no coder \(name) in \(project)")
                        }
                        return c.coder.id
                    }
                }
                let a = try await QDACommand.run { try await services.interviews.agreement(access, unit: unit, coderIDs: ids) }
                let text = format == "json" ? try AgreementOutput.json(a) : AgreementOutput.csv(a)
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }
}

/// The agreement report as the CLI prints it.
enum AgreementOutput {
    static func value(_ f: AgreementFigure) -> Any { f.value ?? NSNull() }

    static func figures(_ f: AgreementFigures, names: [UUID: String]) -> [String: Any] {
        var out: [String: Any] = [
            "percent_agreement": value(f.percentAgreement), "cohens_kappa": value(f.cohensKappa),
            "krippendorff_alpha": value(f.krippendorffAlpha), "units": f.units,
        ]
        var undefined: [String: String] = [:]
        for (key, figure) in [("percent_agreement", f.percentAgreement), ("cohens_kappa", f.cohensKappa), ("krippendorff_alpha", f.krippendorffAlpha)] {
            if let reason = figure.undefinedReason { undefined[key] = reason.code }
        }
        if !undefined.isEmpty { out["undefined"] = undefined }
        out["pairs"] = f.pairs.map {
            [
                "coders": [names[$0.first] ?? "?", names[$0.second] ?? "?"], "percent_agreement": value($0.percentAgreement),
                "cohens_kappa": value($0.cohensKappa),
            ] as [String: Any]
        }
        return out
    }

    static func json(_ a: InterviewService.Agreement) throws -> String {
        let names = Dictionary(a.coders.map { ($0.coder.id, $0.coder.name) }, uniquingKeysWith: { x, _ in x })
        let codes: [[String: Any]] = a.report.codes.map { c in
            var entry = figures(c.figures, names: names)
            entry["code"] = a.codebook.path(of: c.codeID).joined(separator: "/")
            return entry
        }
        let object: [String: Any] = [
            "unit": a.report.unit.rawValue, "coders": a.coders.map(\.coder.name), "codes": codes,
            "overall": figures(a.report.overall, names: names),
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func csv(_ a: InterviewService.Agreement) -> String {
        func cell(_ f: AgreementFigure) -> String { f.value.map { String($0) } ?? "" }
        func quote(_ s: String) -> String {
            let safe = s.first.map { "=+-@".contains($0) } == true ? "'" + s : s
            return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var lines = ["code,unit,percent_agreement,cohens_kappa,krippendorff_alpha"]
        for c in a.report.codes {
            lines.append(
                [quote(a.codebook.path(of: c.codeID).joined(separator: "/")), a.report.unit.rawValue, cell(c.figures.percentAgreement),
                 cell(c.figures.cohensKappa), cell(c.figures.krippendorffAlpha)].joined(separator: ","))
        }
        let o = a.report.overall
        lines.append(["\"(overall)\"", a.report.unit.rawValue, cell(o.percentAgreement), cell(o.cohensKappa), cell(o.krippendorffAlpha)].joined(separator: ","))
        return lines.joined(separator: "\n") + "\n"
    }
}
