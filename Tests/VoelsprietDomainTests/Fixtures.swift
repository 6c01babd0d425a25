import Foundation
import VoelsprietDomain

/// Answers and instruments shared by the domain tests.
enum Fixtures {
    static func quickscan() throws -> Instrument { try BuiltInInstruments.quickscan() }

    /// A complete, valid API body for a student with recent own experience.
    static let studentWithExperience: [String: RawValue] = {
        var body: [String: RawValue] = [
            "role": .string("student"), "institution": .string("other"), "institution.other": .string("Saxion"),
            "study_mode": .string("full_time"), "study_year": .string("third"), "experience": .string("recent"),
            "experience_forms": .list(["emotional_abuse", "neglect"]), "knows_others": .string("yes"),
            "shares_with": .list(["fellow_students", "nobody"]), "sharing_explanation": .string("Alleen als het veilig voelt."),
            "sharing_desirability": .string("sometimes"), "learn_from_colleagues": .string("4"),
            "hindered_in_contact": .string("3"), "wish_to_learn": .string("not_yet_want_to"),
            "learn_what": .string("Hoe ik het kan gebruiken zonder mezelf te verliezen."),
        ]
        for id in skillAndPitfallIDs + programmeIDs + preconditionIDs + ["precondition_safe_internship"] {
            body[id] = .string("4")
        }
        return body
    }()

    /// A complete, valid API body for a professional without own experience.
    static let professionalWithoutExperience: [String: RawValue] = {
        var body: [String: RawValue] = [
            "role": .string("professional"), "sector": .list(["veilig_thuis", "other"]), "sector.other": .string("Huisartsenpost"),
            "experience": .string("no"), "knows_others": .string("no"), "sharing_desirability": .string("often"),
            "learn_from_colleagues": .string("5"), "hindered_in_contact": .string("2"),
        ]
        for id in skillAndPitfallIDs + preconditionIDs { body[id] = .string("3") }
        return body
    }()

    static let skillAndPitfallIDs = [
        "skill_raise_concerns", "skill_connect_reality", "skill_contact_similar", "skill_support_help_seeking",
        "skill_inner_world", "skill_alert_colleagues", "skill_build_expertise", "skill_hard_to_reach", "skill_renew_practice",
        "pitfall_distance_closeness", "pitfall_projection", "pitfall_own_view", "pitfall_emotional_burden",
        "pitfall_identity_overlap", "pitfall_unprocessed",
    ]
    static let programmeIDs = [
        "programme_covers_topic", "programme_attention_personal", "programme_learn_handling", "programme_encourages_use",
    ]
    static let preconditionIDs = [
        "precondition_learned", "precondition_recovery", "precondition_supported", "precondition_organisation_backing",
    ]
    static let experienceOnlyIDs: Set<String> = [
        "experience_forms", "shares_with", "sharing_explanation", "wish_to_learn", "learn_what", "support_wanted",
    ]
    static let studentOnlyIDs: Set<String> = Set(["institution", "study_mode", "study_year", "precondition_safe_internship"] + programmeIDs)

    /// A small instrument written for a test, from JSON.
    static func instrument(_ json: String) throws -> Instrument {
        try JSONDecoder().decode(Instrument.self, from: Data(json.utf8))
    }
}
