import Foundation
import VoelsprietQDA
import VoelsprietServices
import VoelsprietStorage
import VoelsprietSynthesis
import VoelsprietWorkspace

/// The demo interviews and focus groups: invented transcripts (each says so in its first line),
/// their participants, the study's starting codebook and the codings of two coders — `admin` and
/// `demo-coder2`, an account made for the demo whose password is never shown — so that retrieval,
/// agreement and the report's quotes have something to show.
enum DemoInterviews {
    /// Loads them into the demo study; returns the quotes the demo report cites.
    static func load(services: Services) async throws -> StudyReportDemo.Quotes? {
        let slug = "quickscan"
        let manage = try await services.studies.access(slug, as: .command("demo"), for: .manageInterviews)
        guard try await services.interviews.sources(manage).isEmpty else { return nil }
        _ = try await services.interviews.applyTemplate(manage, english: false)
        for variable in InterviewDemo.variables() {
            try await services.interviews.saveVariable(manage, name: variable.name, type: variable.type, description: variable.description)
        }
        for participant in InterviewDemo.participants() {
            try await services.interviews.saveParticipant(manage, label: participant.label, types: participant.types, attributes: participant.attributeTexts)
        }
        var coders: [String: StudyAccess] = [:]
        for name in InterviewDemo.coders {
            if try await services.repositories.users.find(username: name) == nil {
                _ = try await services.accounts.createAccount(username: name, roleName: "researcher", by: .command("demo"))
                let members = try await services.studies.access(slug, as: .command("demo"), for: .manageMembers)
                try await services.members.add(members, username: name, roleName: "coder")
            }
            guard let user = try await services.repositories.users.find(username: name) else { continue }
            coders[name] = try await services.studies.access(slug, as: .user(user), for: .codeInterviews)
        }
        let codebook = Codebook(codes: try await services.interviews.codebook(manage).map(\.code))
        var byCode: [UUID: [UUID]] = [:]
        var focusCodes: [UUID: Int] = [:]
        for demo in try InterviewDemo.sources() {
            let imported = try await services.interviews.importTranscript(
                manage, data: demo.data, fileName: demo.fileName, participantLabels: demo.participantLabels)
            if !demo.memo.isEmpty { try await services.interviews.setSourceMemo(manage, id: imported.source.id, memo: demo.memo) }
            let source = try await services.interviews.source(manage, id: imported.source.id)
            for located in try InterviewDemo.locatedCodings(in: demo).codings {
                guard let code = InterviewDemo.codeID(for: located.coding.codePath, in: codebook), let coder = coders[located.coding.coder] else { continue }
                let added = try await services.interviews.addCodings(coder, source: source, codeIDs: [code], ranges: [located.range], memo: located.coding.memo)
                if located.coding.coder == InterviewDemo.coders.first {
                    if demo.kind == .interview { byCode[code, default: []] += added.map(\.coding.id) } else { focusCodes[code, default: 0] += added.count }
                }
            }
        }
        // The lead opens comparison, so that agreement and every coder's codings are visible.
        try await services.interviews.setComparisonOpen(manage, true)
        // The most used code; ties go to the code that comes first in the codebook, so that the demo
        // report is the same on every start (the codes' ids are random).
        let order = Dictionary(codebook.codes.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        func before(_ a: (UUID, Int), _ b: (UUID, Int)) -> Bool {
            a.1 != b.1 ? a.1 < b.1 : (order[a.0] ?? .max) > (order[b.0] ?? .max)
        }
        guard let code = byCode.map({ ($0.key, $0.value.count) }).max(by: before)?.0, let codings = byCode[code] else { return nil }
        let focus = focusCodes.map { ($0.key, $0.value) }.max(by: before)?.0
        return StudyReportDemo.Quotes(codeID: code, codingIDs: Array(codings.prefix(3)), focusGroupCodeID: focus)
    }
}
