// A starting strategy modelled on the study's literature search (TNO R10432, section 2.2):
// three concept blocks — using one's own lived experience, the professionals and the domain of
// domestic violence and child abuse, and outcomes — combined with AND. The terms are our own
// selection and wording, extended with Dutch terms (useful in Scopus and for grey literature)
// and a few subject headings; they are a template to adapt, not a copy of the report's string.

extension SearchStrategy {
    /// The three-block template; pass the years and languages the review uses (the study limited
    /// to Dutch and English and to the last ten years).
    public static func studyTemplate(
        fromYear: Int? = nil, toYear: Int? = nil, languages: [SearchLanguage] = [.english, .dutch]
    ) -> SearchStrategy {
        SearchStrategy(
            blocks: [experienceBlock, professionalBlock, outcomeBlock],
            fields: .titleAbstractKeywords, fromYear: fromYear, toYear: toYear, languages: languages)
    }

    /// Lived or experiential knowledge and its use by helpers.
    public static let experienceBlock = ConceptBlock(
        name: "Lived experience",
        text: [
            "lived experience*", "experiential knowledge", "experiential expertise", "expert* by experience",
            "peer support*", "peer worker*", "peer mentor*", "peer counsel*", "wounded healer*",
            "self-disclosure", "ervaringsdeskundig*", "ervaringskennis",
        ],
        headings: [SubjectHeading(.mesh, "Peer Group"), SubjectHeading(.apaThesaurus, "Self-Disclosure")])

    /// Helpers in youth care, social work and mental health, and the domain of domestic violence
    /// and child abuse (the study's second block held both).
    public static let professionalBlock = ConceptBlock(
        name: "Professionals and domain",
        text: [
            "social worker*", "youth care", "child protection", "mental health personnel", "therapist*",
            "counsel*", "psychologist*", "practitioner*", "student*", "domestic violence", "intimate partner violence",
            "child abuse", "child maltreatment", "neglect", "huiselijk geweld", "kindermishandeling", "jeugdzorg",
        ],
        headings: [
            SubjectHeading(.mesh, "Social Workers"), SubjectHeading(.mesh, "Domestic Violence"),
            SubjectHeading(.mesh, "Child Abuse"), SubjectHeading(.apaThesaurus, "Social Workers"),
            SubjectHeading(.apaThesaurus, "Domestic Violence"), SubjectHeading(.apaThesaurus, "Child Abuse"),
        ])

    /// What using experience leads to, for client or professional.
    public static let outcomeBlock = ConceptBlock(
        name: "Outcomes",
        text: ["outcome*", "effect*", "impact", "well-being", "wellbeing", "recovery", "client*", "patient*", "herstel"])
}
