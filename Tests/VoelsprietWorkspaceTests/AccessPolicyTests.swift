import Testing

@testable import VoelsprietWorkspace

/// The right table, written out here independently of the code: role × action → allowed.
/// A new action without a row here fails the first test.
@Suite("Right table")
struct AccessPolicyTests {
    //                                   lead   analyst coder  viewer
    static let expected: [StudyAction: [Bool]] = [
        .viewStudy: [true, true, true, true],
        .viewReport: [true, true, true, true],
        .viewDetailedReport: [true, true, false, false],
        .viewInstrument: [true, true, true, false],
        .exportAnswers: [true, true, false, false],
        .exportContacts: [true, false, false, false],
        .changeStatus: [true, false, false, false],
        .manageSettings: [true, false, false, false],
        .manageMembers: [true, false, false, false],
        .viewAudit: [true, false, false, false],
        .purgeData: [true, false, false, false],
        .viewLiterature: [true, true, true, true],
        .manageLiterature: [true, true, false, false],
        .screenLiterature: [true, true, true, false],
        .assignScreeners: [true, false, false, false],
        .viewInterviews: [true, true, true, false],
        .codeInterviews: [true, true, true, false],
        .manageInterviews: [true, true, false, false],
        .compareCoders: [true, false, false, false],
        .viewStudyReport: [true, true, true, true],
        .composeStudyReport: [true, true, false, false],
        .previewQuestionnaire: [true, true, true, true],
        .manageResponses: [true, true, false, false],
        .editQuestionnaire: [true, false, false, false],
    ]

    @Test("every action has a row, and every cell is as specified")
    func table() {
        #expect(Set(Self.expected.keys) == Set(StudyAction.allCases))
        let roles: [StudyRole] = [.lead, .analyst, .coder, .viewer]
        for action in StudyAction.allCases {
            for (index, role) in roles.enumerated() {
                #expect(AccessPolicy.allows(role, action) == Self.expected[action]?[index], "\(role) × \(action)")
            }
            #expect(!AccessPolicy.allows(nil, action), "non-member × \(action)")
        }
    }

    @Test("a non-member is not told the study exists; a member without the right is refused")
    func decisions() {
        #expect(AccessDecision.decide(role: nil, action: .viewStudy) == .notAMember)
        #expect(AccessDecision.decide(role: .viewer, action: .exportAnswers) == .forbidden(.viewer))
        #expect(AccessDecision.decide(role: .analyst, action: .exportAnswers) == .allowed(.analyst))
    }

    @Test("role names parse loosely, unknown ones do not")
    func roleNames() {
        #expect(StudyRole(name: " Lead ") == .lead)
        #expect(StudyRole(name: "owner") == nil)
        #expect(StudyRole(name: "") == nil)
    }
}
