import NIOConcurrencyHelpers
import VoelsprietDomain
import VoelsprietStorage

/// Studies by slug, kept for a short time so intake does not decode the instrument per request.
///
/// Entries live two seconds: a study closed by another server process stops taking
/// answers here within that time; this process's own changes invalidate at once.
final class StudyCache: Sendable {
    struct Entry: Sendable {
        var study: Study?
        var validator: ResponseValidator?
        var navigator: FormNavigator?
        var expires: ContinuousClock.Instant
    }

    static let capacity = 1000
    private let repository: any StudyRepository
    private let lifetime: Duration
    private let entries = NIOLockedValueBox<[String: Entry]>([:])

    init(repository: any StudyRepository, lifetime: Duration = .seconds(2)) {
        self.repository = repository
        self.lifetime = lifetime
    }

    /// The study with its validator and form navigator, or nil when unknown.
    func entry(_ slug: String) async throws -> Entry {
        let now = ContinuousClock.now
        if let entry = entries.withLockedValue({ $0[slug] }), entry.expires > now { return entry }
        guard Study.isValidSlug(slug) else {
            return Entry(study: nil, expires: now)
        }
        let study = try await repository.find(slug: slug)
        let entry = Entry(
            study: study, validator: study.map { ResponseValidator(instrument: $0.instrument) },
            navigator: study.map { FormNavigator(instrument: $0.instrument) }, expires: now + lifetime)
        entries.withLockedValue { entries in
            // Lookups of made-up slugs are cached too (briefly); keep the table bounded.
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[slug] = entry
        }
        return entry
    }

    func invalidate(_ slug: String) {
        _ = entries.withLockedValue { $0.removeValue(forKey: slug) }
    }
}
