import Foundation

// The demo review's screening decisions, so that `serve --demo` shows a finished review: 25
// records found in three databases, 6 duplicates, 19 screened, 6 excluded on title/abstract,
// 13 full texts sought (1 not retrieved), 12 assessed, 6 excluded with reasons, 6 included.
// Two reviewers screened; where they first disagreed the decision records the second vote and
// the consensus. All records and decisions are invented.

/// One reviewer's vote, when it differed from the final decision.
public struct DemoVote: Sendable, Hashable {
    public let verdict: ScreeningVerdict
    /// Exclusion reason (required for an exclusion at full text).
    public let reason: String?
}

/// The decision on a record at one stage.
public struct DemoStageDecision: Sendable, Hashable {
    /// Where the record ends up; the first reviewer voted this (with `reason`).
    public let outcome: ScreeningOutcome
    /// The exclusion reason; nil for an inclusion.
    public let reason: String?
    /// The second reviewer's vote when it differed; the conflict was then settled by consensus
    /// on `outcome`. Nil: the second reviewer voted as the first.
    public let secondReviewer: DemoVote?

    static func include(second: DemoVote? = nil) -> Self { Self(outcome: .include, reason: nil, secondReviewer: second) }
    static func exclude(_ reason: String, second: DemoVote? = nil) -> Self {
        Self(outcome: .exclude, reason: reason, secondReviewer: second)
    }
}

/// The screening of one demo record (identified by DOI when it has one, else by title).
public struct DemoDecision: Sendable, Hashable {
    /// Bare DOI as in the export files.
    public let doi: String?
    /// Title as in the Scopus or PsycINFO file.
    public let title: String
    public let titleAbstract: DemoStageDecision
    /// Nil exactly when the record was excluded at title/abstract.
    public let fullText: DemoStageDecision?

    /// True when `record` is this publication: same DOI (normalised) when both have one, else
    /// the same normalised title (case, punctuation and diacritics folded).
    public func matches(_ record: LiteratureRecord) -> Bool {
        if let doi, let other = record.doi.flatMap(DOI.normalise) { return DOI.normalise(doi) == other }
        guard let other = record.title else { return false }
        return TitleNormaliser.normalise(other) == TitleNormaliser.normalise(title)
    }

    /// True when the full text was sought but could not be obtained (PRISMA "not retrieved").
    public var isNotRetrieved: Bool { fullText?.reason == LiteratureDemo.notRetrievedReason }
}

extension LiteratureDemo {
    /// The reviewers' usernames: the first casts `outcome`, the second `secondReviewer ?? outcome`.
    public static let reviewers = ["admin", "demo-coder2"]

    /// The full-text exclusion reason that counts as "not retrieved" in the PRISMA flow; the
    /// same text as `LiteratureService.notRetrievedReason`.
    public static let notRetrievedReason = "Full text not retrieved"

    /// The decision for `record`, or nil when it is not a demo record.
    public static func demoDecision(for record: LiteratureRecord) -> DemoDecision? {
        demoDecisions().first { $0.matches(record) }
    }

    /// One decision per distinct demo publication (19), in the order of first appearance in
    /// `allFiles()`.
    public static func demoDecisions() -> [DemoDecision] {
        let offTopic = "ander onderwerp", noProfessionals = "geen professionals"
        let noKnowledge = "geen ervaringskennis", outsideCare = "buiten zorg en welzijn"
        return [
            d("10.99999/demo.2019.001", "Using one's own history of family violence in social work: a qualitative study", .include(), .include()),
            d("10.99999/demo.2021.002", "Experiential knowledge among youth care professionals: a survey", .include(), .include()),
            d("10.99999/demo.2018.003", "Wounded healers in child protection: a narrative review", .include(), .exclude(notRetrievedReason)),
            d("10.99999/demo.2022.004", "Students with adverse childhood experiences in social work education", .include(), .include()),
            d(nil, "Supervision and self-disclosure of abuse histories by shelter staff", .include(), .include()),
            d("10.99999/demo.2020.006", "Gut microbiota composition in aged laboratory mice", .exclude(offTopic), nil),
            d("10.99999/demo.2017.007", "Soil nitrogen cycling under drought conditions", .exclude(offTopic), nil),
            d("10.99999/demo.2016.008", "Peer experts in mental health teams: roles and boundaries",
              .include(second: DemoVote(verdict: .exclude, reason: noProfessionals)), .exclude(noProfessionals)),
            d("10.99999/demo.2023.009", "Secondary traumatic stress among child welfare workers with a trauma history", .include(), .exclude(noKnowledge)),
            d("10.99999/demo.2015.010", "A randomised trial of a new antihypertensive drug", .exclude(offTopic), nil),
            d(nil, "Training programmes on lived experience for domestic violence professionals", .include(), .include()),
            d("10.99999/demo.2019.012", "Organisational policies on staff with a history of child maltreatment",
              .include(), .exclude(noKnowledge, second: DemoVote(verdict: .include, reason: nil))),
            d("10.99999/demo.2020.013", "Ervaringskennis van jeugdprofessionals met een eigen geschiedenis van huiselijk geweld", .include(), .include()),
            d("10.99999/demo.2019.014", "Peer mentoring by survivors of domestic abuse: an evaluation", .include(), .exclude(noProfessionals)),
            d("10.99999/demo.2017.015", "Prevalence of childhood adversity among social work students", .include(), .exclude(noKnowledge)),
            d("10.99999/demo.2021.016", "Teachers' own childhood trauma and their response to pupils at risk",
              .include(second: DemoVote(verdict: .exclude, reason: outsideCare)), .exclude(outsideCare)),
            d("10.99999/demo.2019.017", "Wound healing outcomes in elderly patients with diabetes", .exclude(offTopic), nil),
            d("10.99999/demo.2020.018", "Burnout among addiction counsellors: a cross-sectional study",
              .exclude(noKnowledge, second: DemoVote(verdict: .include, reason: nil)), nil),
            d("10.99999/demo.2009.019", "Experiential expertise of social workers: an interview study", .exclude("ouder dan tien jaar"), nil),
        ]
    }

    private static func d(_ doi: String?, _ title: String, _ first: DemoStageDecision, _ second: DemoStageDecision?) -> DemoDecision {
        DemoDecision(doi: doi, title: title, titleAbstract: first, fullText: second)
    }

    /// The proposed third export: ten invented PsycINFO records, three of them duplicates of
    /// records in the other two files.
    public static let psycinfoFileName = "demo-psycinfo.ris"

    /// The PsycINFO export with its demo search.
    public static func psycinfoFile() throws -> File {
        guard let url = Bundle.module.url(forResource: psycinfoFileName, withExtension: nil, subdirectory: "demo") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: psycinfoFileName])
        }
        let query = "TI,AB(\"lived experience\" OR \"experiential knowledge\" OR \"wounded healer*\") AND TI,AB(professional* OR student* OR counsel*) AND TI,AB(\"domestic violence\" OR \"child abuse\" OR trauma)"
        return File(name: psycinfoFileName, data: try Data(contentsOf: url), database: "PsycINFO", query: query, hits: 10)
    }

    /// `files()` plus the PsycINFO export when `files()` does not list it yet: the three
    /// exports the decisions are written for.
    public static func allFiles() throws -> [File] {
        let files = try files()
        return files.contains { $0.name == psycinfoFileName } ? files : files + [try psycinfoFile()]
    }
}
