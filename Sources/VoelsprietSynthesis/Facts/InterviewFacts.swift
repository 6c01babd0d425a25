import Foundation
import VoelsprietQDA

/// The citable numbers of the interviews and focus groups, over the codings the reader may see,
/// and of coder agreement.
///
/// Keys: `interviews.sources`, `.interviews`, `.focus_groups`, `.participants`, `.codes`,
/// `.codings`; per code (its path in the codebook, each name a key segment, joined by `/`):
/// `interviews.code.<path>.fragments`, `.sources`, `.participants`. Agreement:
/// `agreement.overall.percent`, `.kappa`, `.alpha`, `.units`, `agreement.coders`, and
/// `agreement.code.<path>.percent|kappa|alpha`.
public enum InterviewFacts {
    public struct SourceInfo: Sendable {
        public var id: UUID
        public var isFocusGroup: Bool
        public var participantLabels: [String]

        public init(id: UUID, isFocusGroup: Bool, participantLabels: [String]) {
            self.id = id
            self.isFocusGroup = isFocusGroup
            self.participantLabels = participantLabels
        }
    }

    /// The key segment of a code: its path, each name made a segment, joined by `/`.
    public static func codeKey(_ codebook: Codebook, _ id: UUID) -> String {
        codebook.path(of: id).map(KeySegment.make).joined(separator: "/")
    }

    public static func add(
        sources: [SourceInfo], participants: Int, codebook: Codebook, codings: [Coding], to sheet: inout FactSheet
    ) {
        func fact(_ suffix: String, _ value: Int, what: String, path: String = "interviews") {
            sheet.add(Fact(key: "interviews.\(suffix)", value: Double(value), kind: .count, provenance: Provenance(part: .interviews, what: what, path: path)))
        }
        fact("sources", sources.count, what: "sources")
        fact("interviews", sources.filter { !$0.isFocusGroup }.count, what: "interviews")
        fact("focus_groups", sources.filter(\.isFocusGroup).count, what: "focus groups")
        fact("participants", participants, what: "participants")
        fact("codes", codebook.codes.count, what: "codes")
        fact("codings", codings.count, what: "codings")
        let labels = Dictionary(uniqueKeysWithValues: sources.map { ($0.id, $0.participantLabels) })
        let byCode = Dictionary(grouping: codings, by: \.codeID)
        for code in codebook.codes {
            let ids = codebook.subtree(of: code.id)
            let own = ids.flatMap { byCode[$0] ?? [] }
            let key = "code.\(codeKey(codebook, code.id))"
            let path = "interviews/codes/\(code.id.uuidString.lowercased())/fragments"
            fact("\(key).fragments", own.count, what: "fragments of \(code.name) (with subcodes)", path: path)
            fact("\(key).sources", Set(own.map(\.sourceID)).count, what: "sources coded with \(code.name)", path: path)
            fact("\(key).participants", Set(own.flatMap { labels[$0.sourceID] ?? [] }).count, what: "participants coded with \(code.name)", path: path)
        }
    }

    public static func add(agreement: AgreementReport, codebook: Codebook, to sheet: inout FactSheet) {
        func figures(_ prefix: String, _ f: AgreementFigures, what: String) {
            let provenance = Provenance(part: .agreement, what: "\(what), per \(agreement.unit.rawValue)", n: f.units, path: "interviews/agreement")
            if let v = f.percentAgreement.value { sheet.add(Fact(key: "\(prefix).percent", value: v, kind: .percent, provenance: provenance)) }
            if let v = f.cohensKappa.value { sheet.add(Fact(key: "\(prefix).kappa", value: v, kind: .coefficient, provenance: provenance)) }
            if let v = f.krippendorffAlpha.value { sheet.add(Fact(key: "\(prefix).alpha", value: v, kind: .coefficient, provenance: provenance)) }
        }
        sheet.add(Fact(key: "agreement.coders", value: Double(agreement.coders.count), kind: .count, provenance: Provenance(part: .agreement, what: "coders compared", path: "interviews/agreement")))
        sheet.add(Fact(key: "agreement.overall.units", value: Double(agreement.overall.units), kind: .count, provenance: Provenance(part: .agreement, what: "units (\(agreement.unit.rawValue))", path: "interviews/agreement")))
        figures("agreement.overall", agreement.overall, what: "all codes")
        for code in agreement.codes {
            figures("agreement.code.\(codeKey(codebook, code.codeID))", code.figures, what: codebook.code(code.codeID)?.name ?? "code")
        }
    }
}
