// The study's criteria (TNO R10432, section 2.2) restated in our own words, in two versions:
// the first round, and the second round that widened the settings because the first found
// little. Use them as a template for a new review.

extension InclusionCriteria {
    /// First round: Dutch or English, at most ten years old at `referenceYear`, about
    /// professionals in care and welfare using their own lived experience, concerning a form
    /// of domestic violence (child abuse included).
    public static func studyFirstRound(referenceYear: Int) -> InclusionCriteria {
        InclusionCriteria(
            version: 1, label: "First round", languages: ["nl", "en"], fromYear: referenceYear - 10, toYear: referenceYear,
            topics: [
                "Professionals (or students training for such work) who draw on their own lived experience in their work",
                "A form of domestic violence, including child abuse, partner violence and neglect",
            ],
            settings: ["Care and welfare: youth care, child protection, social work, women's shelters, local teams"],
            freeCriteria: ["Experiential knowledge or expertise is the subject, not only the experience itself"])
    }

    /// Second round: as the first, and also sources from addiction care and mental health,
    /// where working with lived experience has a longer history, even without domestic violence.
    public static func studySecondRound(referenceYear: Int) -> InclusionCriteria {
        var criteria = studyFirstRound(referenceYear: referenceYear)
        criteria.version = 2
        criteria.label = "Second round: widened to addiction care and mental health"
        criteria.topics[1] = "A form of domestic violence, or any topic when the setting is addiction care or mental health"
        criteria.settings.append("Addiction care and mental health care")
        return criteria
    }
}
