import Crypto
import Foundation
import VoelsprietDomain
import VoelsprietStorage
import VoelsprietWorkspace

/// The respondent's side: storing answers, withdrawing them with the receipt code, and
/// storing contact details apart from them. Nothing here is audited (the trail is about
/// researchers; a row per submission would date the answers).
public struct IntakeService: Sendable {
    let repositories: Repositories
    /// Seals contact details while they wait; nil where no contacts are taken in (the CLI).
    let contactSeal: ContactSeal?

    public init(repositories: Repositories, contactSeal: ContactSeal? = nil) {
        self.repositories = repositories
        self.contactSeal = contactSeal
    }

    /// Stores validated answers and returns the receipt (a random one). Throws `StorageError.notFound` when the study was deleted meanwhile.
    public func storeResponse(_ answers: AnswerSet, slug: String) async throws -> ReceiptCode {
        try await storeResponse(answers, slug: slug, submission: nil).receipt
    }

    /// What storing a submission came to.
    public struct Stored: Sendable {
        public var receipt: ReceiptCode
        /// True when this submission had been stored before (a replay, a reload, a double click):
        /// nothing new was written and `receipt` is the one given the first time.
        public var alreadyStored: Bool
        /// True when the respondent had withdrawn these answers: a replay stores nothing.
        public var withdrawn: Bool = false
    }

    /// Stores validated answers exactly once per submission token: the receipt is derived from
    /// the token and the study (`receipt(for:slug:)`), and the receipt's hash is the responses'
    /// primary key, so a second POST of the same questionnaire — however it comes — cannot add a
    /// row; it gets the receipt of the first. Without a token (an old page, the API without an
    /// `Idempotency-Key`) the receipt is random, as before.
    /// `test`: answers from the preview link, stored apart from the real ones (see `ResponseService`).
    public func storeResponse(
        _ answers: AnswerSet, slug: String, submission: SubmissionToken?, test: Bool = false, language: String = "",
        instrumentVersion: Int? = nil
    ) async throws -> Stored {
        // Without a token, a fresh random one: two of those meet once in 2⁸⁰ submissions.
        let receipt = Self.receipt(for: submission ?? .generate(), slug: slug)
        // A withdrawal leaves the receipt's hash behind: the same questionnaire sent again (a
        // replayed last page, back and send) must not bring the answers back.
        if submission != nil, !test, try await repositories.responses.isWithdrawn(studySlug: slug, receiptHash: ReceiptHasher.hash(receipt)) {
            return Stored(receipt: receipt, alreadyStored: true, withdrawn: true)
        }
        let response = StoredResponse(
            id: UUID().uuidString.lowercased(), studySlug: slug, receiptHash: ReceiptHasher.hash(receipt),
            submittedOn: Clock.today(), answers: answers, language: language, instrumentVersion: instrumentVersion)
        do {
            if test { try await repositories.responses.storeTest(response) } else { try await repositories.responses.store(response) }
            return Stored(receipt: receipt, alreadyStored: false)
        } catch StorageError.duplicate {
            return Stored(receipt: receipt, alreadyStored: true)
        }
    }

    /// The receipt of a submission: HMAC-SHA256 keyed with the token over the study's slug, its
    /// first 80 bits as the code. The same token gives the same receipt in the same study only;
    /// without the token (which only the respondent's browser ever had) it cannot be computed,
    /// and the database keeps neither the token nor the receipt, only the receipt's hash.
    public static func receipt(for submission: SubmissionToken, slug: String) -> ReceiptCode {
        let key = SymmetricKey(data: Array(submission.text.utf8))
        let mac = Array(HMAC<SHA256>.authenticationCode(for: Array("voelspriet-receipt\u{0}\(slug)".utf8), using: key))
        var high: UInt64 = 0, low: UInt64 = 0
        for byte in mac[0..<8] { high = high << 8 | UInt64(byte) }
        for byte in mac[8..<16] { low = low << 8 | UInt64(byte) }
        return ReceiptCode(bits: high, low)
    }

    /// Deletes the answers that belong to a receipt; true when there were any.
    public func withdraw(slug: String, receipt: ReceiptCode) async throws -> Bool {
        try await repositories.responses.withdraw(studySlug: slug, receiptHash: ReceiptHasher.hash(receipt))
    }

    /// Stores answer sets that did not come through the form or the API (an import, the demo
    /// data) in one transaction with its audit row: all of them or none. Each gets a random id
    /// and a random receipt nobody is shown (they cannot be withdrawn).
    public func importAnswers(_ answers: [AnswerSet], into access: StudyAccess) async throws {
        let slug = access.slug
        let actorName = access.actor.auditName
        let day = Clock.today()
        let version = access.study.instrumentVersion
        let responses = answers.map {
            StoredResponse(
                id: UUID().uuidString.lowercased(), studySlug: slug, receiptHash: ReceiptHasher.hash(ReceiptCode.generate()),
                submittedOn: day, answers: $0, instrumentVersion: version)
        }
        try await repositories.transaction { tx in
            try await tx.studies.lock(slug: slug)
            try await tx.responses.insert(responses)
            try await tx.audit.append(AuditEntry(actor: actorName, action: .responsesImported, study: slug, detail: "\(responses.count) responses"))
        }
    }

    /// Keeps a respondent's contact details sealed until `ContactRelease.batchSize` of them wait
    /// in the study; the one that completes a batch releases all of them, shuffled, in the same
    /// transaction (see `ContactRelease` for what this guarantees). Returns how many were
    /// released (0 while the batch fills). Throws `StorageError.notFound` when the study is gone.
    @discardableResult
    public func storeContact(_ contact: ContactDetails) async throws -> Int {
        let seal = try requireSeal()
        let pending = PendingContact(id: UUID().uuidString.lowercased(), studySlug: contact.studySlug, sealed: try seal.seal(contact))
        return try await repositories.transaction { tx in
            try await tx.studies.lock(slug: contact.studySlug)
            try await tx.contacts.addPending(pending)
            // Also at least a batch of answer sets since the previous release: contacts posted
            // without answers cannot fill a batch around one real contact.
            let answerSets = try await tx.contacts.answerSets(studySlug: contact.studySlug)
            let atLastRelease = try await tx.contacts.answerSetsAtLastRelease(studySlug: contact.studySlug)
            guard answerSets - atLastRelease >= ContactRelease.batchSize else { return 0 }
            let released = try await Self.release(in: tx, slug: contact.studySlug, seal: seal, minimum: ContactRelease.batchSize)
            if released > 0 { try await tx.contacts.setAnswerSetsAtLastRelease(studySlug: contact.studySlug, answerSets) }
            return released
        }
    }

    /// Releases every waiting contact of the study now, however few (a lead at the end of a
    /// study), with its audit row. Only once the study is closed: while it runs, releasing one
    /// contact at a time would tie each to the answers sent just before it. Returns how many
    /// were released.
    public func releaseWaitingContacts(_ access: StudyAccess) async throws -> Int {
        try access.require(.exportContacts)
        guard access.study.status != .open else {
            throw ServiceError.invalid(ServiceMessage(
                nl: "Sluit de studie eerst: zolang ze open is, komen contactgegevens alleen per 10 vrij.",
                en: "Close the study first: while it is open, contact details are released 10 at a time only."))
        }
        let seal = try requireSeal()
        let (slug, actor) = (access.slug, access.actor.auditName)
        return try await repositories.transaction { tx in
            try await tx.studies.lock(slug: slug)
            let released = try await Self.release(in: tx, slug: slug, seal: seal, minimum: 1)
            if released > 0 {
                try await tx.contacts.setAnswerSetsAtLastRelease(studySlug: slug, try await tx.contacts.answerSets(studySlug: slug))
                try await tx.audit.append(
                    AuditEntry(actor: actor, action: .contactsReleased, study: slug, detail: "\(released) contact details released early"))
            }
            return released
        }
    }

    /// How many contacts wait in the study, and how many of them this server's key cannot open
    /// (sealed under another key: they stay waiting, and are never released).
    public func waitingContacts(slug: String) async throws -> (waiting: Int, unopenable: Int) {
        let waiting = try await repositories.contacts.pending(studySlug: slug)
        let unopenable = contactSeal.map { seal in waiting.filter { seal.unseal($0) == nil }.count } ?? waiting.count
        return (waiting.count, unopenable)
    }

    /// Moves the study's waiting contacts into `contacts` when at least `minimum` can be opened:
    /// new random ids, a random order of insertion and of deletion, one transaction.
    static func release(in tx: Transaction, slug: String, seal: ContactSeal, minimum: Int) async throws -> Int {
        let waiting = try await tx.contacts.pending(studySlug: slug)
        var opened = waiting.compactMap { pending in seal.unseal(pending).map { (pending.id, $0) } }
        guard opened.count >= minimum else { return 0 }
        // The system generator draws from the kernel's CSPRNG: the order cannot be predicted.
        opened.shuffle()
        try await tx.contacts.release(opened.map(\.1), pendingIDs: opened.map(\.0).shuffled())
        return opened.count
    }

    func requireSeal() throws -> ContactSeal {
        guard let contactSeal else { throw StorageError.misuse("contact details need the seal key (IntakeService.contactSeal)") }
        return contactSeal
    }
}
