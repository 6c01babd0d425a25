/// Everything a member can do in a study, one case per right that a route checks.
///
/// Each module adds its actions here and its rows to `AccessPolicy.table`; the test of the
/// right table then covers them, and every route must name one of these.
public enum StudyAction: String, Sendable, CaseIterable, Codable {
    /// The study's start page: its parts, status and counts.
    case viewStudy = "view_study"
    /// The aggregate report page and its downloads (for viewers: small groups suppressed,
    /// no open answers, whatever the settings).
    case viewReport = "view_report"
    /// Report settings that reveal more than the default: smaller groups shown, open answers.
    case viewDetailedReport = "view_detailed_report"
    /// The questionnaire and codebook (no answers).
    case viewInstrument = "view_instrument"
    /// Respondent-level data: answers as CSV, SPSS, R.
    case exportAnswers = "export_answers"
    /// Contact details that respondents left for an interview.
    case exportContacts = "export_contacts"
    /// Open or close the questionnaire.
    case changeStatus = "change_status"
    /// Study settings: title, retention date, required two-factor sign-in.
    case manageSettings = "manage_settings"
    /// Add and remove members and change their roles.
    case manageMembers = "manage_members"
    /// The study's audit trail, on the page and as CSV.
    case viewAudit = "view_audit"
    /// Delete the contact details, or the whole study with everything in it.
    case purgeData = "purge_data"
    /// The literature review's overview: search strategy, imported files, the PRISMA flow,
    /// the included sources (published literature, not respondents' data).
    case viewLiterature = "view_literature"
    /// Run the review: record searches, import files, review duplicates, set criteria and the
    /// extraction form, resolve screening conflicts, attach full texts, export the decision log.
    case manageLiterature = "manage_literature"
    /// Screen records at a stage one is assigned to (blind to the other reviewers).
    case screenLiterature = "screen_literature"
    /// Assign reviewers to the screening stages.
    case assignScreeners = "assign_screeners"
    /// Read the interview and focus-group transcripts, their participants, the codebook, and
    /// retrieve coded fragments (one's own codings only, until the lead opens comparison).
    case viewInterviews = "view_interviews"
    /// Code transcripts: one's own codings, memos on them, the code picker; add inductive codes.
    case codeInterviews = "code_interviews"
    /// Import and delete transcripts, edit participants and the codebook (rename, move, merge,
    /// split), exchange REFI-QDA projects and codebooks, export quote reports.
    case manageInterviews = "manage_interviews"
    /// See every coder's codings, open and close comparison, agreement between coders, and
    /// record settled codings.
    case compareCoders = "compare_coders"
    /// Read the composed study report and download it (HTML, Word, Markdown); each block still
    /// needs the right of the part it shows, and small groups stay hidden.
    case viewStudyReport = "view_study_report"
    /// Compose the study report (sections, blocks, texts, chosen quotes) and freeze versions.
    case composeStudyReport = "compose_study_report"
    /// Fill in the questionnaire through the preview link: answers marked as test, kept apart,
    /// never in reports or exports, even while the study is closed.
    case previewQuestionnaire = "preview_questionnaire"
    /// Browse responses one by one (real and test), delete one with a reason (audited), and
    /// delete all test answers.
    case manageResponses = "manage_responses"
    /// Build and edit the questionnaire in the browser (a draft), and publish it; after the first
    /// real response a publication makes a new version and the old one stays readable.
    case editQuestionnaire = "edit_questionnaire"
}
