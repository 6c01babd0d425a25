import Hummingbird
import VoelsprietServices
import VoelsprietStorage

/// Deduplication: run it, review the clusters, take a record out of its group or merge it
/// into another; every change is kept with who made it.
extension LiteratureFeature {
    var duplicateRoutes: [StudyRoute] {
        [
            StudyRoute(method: .post, path: "literature/deduplicate", action: .manageLiterature, handler: deduplicate),
            StudyRoute(method: .get, path: "literature/duplicates", action: .manageLiterature, handler: duplicates),
            StudyRoute(method: .post, path: "literature/duplicates/:record/split", action: .manageLiterature, handler: split),
            StudyRoute(method: .post, path: "literature/duplicates/:record/merge", action: .manageLiterature, handler: merge),
        ]
    }

    @Sendable func deduplicate(_ request: StudyRequest) async throws -> Response {
        try await change(request, notice: "deduplicated") { _ = try await web.services.literature.deduplicate(request.access) }
    }

    func duplicatesPage(_ request: StudyRequest, error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let t = LiteratureText.forLanguage(request.language)
        let clusters = try await web.services.literature.duplicateClusters(request.access)
        let model = DuplicatesViewModel(
            frame: request.frame, csrf: request.page.csrf, t: t,
            clusters: clusters.prefix(500).map { cluster in
                DuplicatesViewModel.Cluster(
                    representative: .init(cluster.representative, reason: nil),
                    duplicates: cluster.duplicates.map { .init($0, reason: $0.duplicateReason) })
            },
            total: clusters.count, hasClusters: !clusters.isEmpty,
            decisions: try await web.services.literature.duplicateDecisions(request.access).prefix(200).map { decision in
                let what: String =
                    switch decision.action {
                    case "merge": "#\(decision.recordID) → #\(decision.targetID.map(String.init) ?? "?")"
                    case "split": "#\(decision.recordID) ✂"
                    default: t.deduplicate
                    }
                return DuplicatesViewModel.Decision(at: decision.decidedAt, by: decision.decidedBy, what: what)
            },
            notice: request.page.notice(t.notices), error: error)
        return request.render("literature_duplicates", title: t.duplicatesTitle, model, status: status)
    }

    @Sendable func duplicates(_ request: StudyRequest) async throws -> Response { try await duplicatesPage(request) }

    func changeDuplicates(_ request: StudyRequest, notice: String, _ body: () async throws -> Void) async throws -> Response {
        do {
            try await body()
        } catch let error as ServiceError {
            return try await duplicatesPage(request, error: error.message.text(request.language), status: error.httpStatus)
        }
        return request.redirect("literature/duplicates", notice: notice)
    }

    @Sendable func split(_ request: StudyRequest) async throws -> Response {
        try await changeDuplicates(request, notice: "split") {
            try await web.services.literature.splitDuplicate(request.access, record: try Self.recordID(request))
        }
    }

    @Sendable func merge(_ request: StudyRequest) async throws -> Response {
        try await changeDuplicates(request, notice: "merged") {
            guard let target = Int64((request.form.first("target") ?? "").trimmingCharacters(in: .whitespaces)) else {
                throw ServiceError.invalid(ServiceMessage(nl: "Geef het nummer van het record.", en: "Give the record's number."))
            }
            try await web.services.literature.mergeDuplicate(request.access, record: try Self.recordID(request), into: target)
        }
    }
}

/// One record as a line in a list: number, title and the bibliographic essentials.
struct RecordLine {
    let id: String
    let title: String
    let citation: String
    let database: String
    let reason: String?

    init(_ stored: StoredLiteratureRecord, reason: String?) {
        let record = stored.record
        id = String(stored.id)
        title = record.title ?? "–"
        let authors = record.authors.count > 2 ? "\(record.authors[0]) et al." : record.authors.joined(separator: "; ")
        citation = [authors, record.year.map(String.init), record.journal, record.doi.map { "doi:\($0)" }]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
        database = record.database ?? "–"
        self.reason = reason
    }
}

struct DuplicatesViewModel {
    struct Cluster {
        let representative: RecordLine
        let duplicates: [RecordLine]
    }

    let frame: StudyFrame
    let csrf: String
    let t: LiteratureText
    let clusters: [Cluster]
    struct Decision {
        let at, by, what: String
    }

    let total: Int
    let hasClusters: Bool
    /// Who changed the clusters, newest first.
    let decisions: [Decision]
    let notice: String?
    let error: String?
}
