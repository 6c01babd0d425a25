/// The fixed texts of the researcher pages, in Dutch (the default) and English.
///
/// Templates read these as `{{layout.r.name}}`.
struct ResearcherText: Sendable {
    let nav: String
    let studies: String
    let accounts: String
    let logOut: String
    let loginTitle: String
    let logIn: String
    let username: String
    let password: String
    let allStudies: String
    let study: String
    let address: String
    let status: String
    let responses: String
    let created: String
    let noStudies: String
    let newStudy: String
    let slugLabel: String
    let title: String
    let instrument: String
    let builtIn: String
    let ownInstrument: String
    let instrumentJSON: String
    let instrumentProblems: String
    let createStudy: String
    let respondentAddress: String
    let questions: String
    let contacts: String
    let close: String
    let open: String
    let export: String
    let exportAnswers: String
    let exportCodebook: String
    let exportInstrument: String
    let exportContacts: String
    let role: String
    let newAccount: String
    let roleResearcher: String
    let roleAdmin: String
    let createAccount: String
    let oneTimePassword: String
    let oneTimePasswordNote: String
    let statusOpen: String
    let statusClosed: String
    let formExpired: String
    let wrongLogin: String
    let tooManyAttempts: String
    let badSlug: String
    let needTitle: String
    let duplicateStudy: String
    let badAccount: String
    let duplicateAccount: String
    let accountCreated: String
    let report: String
    let reportIntro: String
    let splitsLabel: String
    let alphaLabel: String
    let styleLabel: String
    let styleDutch: String
    let styleAPA: String
    let apply: String
    let downloads: String
    let exportSAV: String
    let exportR: String

    static func forLanguage(_ language: String) -> ResearcherText { language == "en" ? .english : .dutch }

    static let dutch = ResearcherText(
        nav: "Onderzoekers", studies: "Studies", accounts: "Accounts", logOut: "Uitloggen",
        loginTitle: "Inloggen voor onderzoekers", logIn: "Inloggen", username: "Gebruikersnaam", password: "Wachtwoord",
        allStudies: "Alle studies", study: "Studie", address: "Adres", status: "Status", responses: "Antwoorden",
        created: "Aangemaakt", noStudies: "Nog geen studies.", newStudy: "Nieuwe studie",
        slugLabel: "Adres (kleine letters, cijfers en -)", title: "Titel", instrument: "Vragenlijst",
        builtIn: "Ingebouwd", ownInstrument: "Eigen vragenlijst (JSON, zie de handleiding)",
        instrumentJSON: "JSON van de vragenlijst (plakken, of kies een bestand)",
        instrumentProblems: "De vragenlijst heeft problemen:", createStudy: "Studie aanmaken",
        respondentAddress: "Adres voor respondenten", questions: "vragen", contacts: "Contactgegevens",
        close: "Sluiten (geen nieuwe antwoorden)", open: "Openen", export: "Exporteren",
        exportAnswers: "Antwoorden (CSV, één rij per respons)",
        exportCodebook: "Codeboek (CSV: variabelen, codes en labels)", exportInstrument: "Vragenlijst (JSON)",
        exportContacts: "Contactgegevens (CSV, apart en niet te koppelen)", role: "Rol", newAccount: "Nieuw account",
        roleResearcher: "onderzoeker", roleAdmin: "beheerder", createAccount: "Account aanmaken",
        oneTimePassword: "Eenmalig wachtwoord voor",
        oneTimePasswordNote: "geef het veilig door; het wordt niet nog eens getoond.",
        statusOpen: "open", statusClosed: "gesloten", formExpired: "Het formulier was verlopen; probeer opnieuw.",
        wrongLogin: "Onbekende gebruikersnaam of onjuist wachtwoord.",
        tooManyAttempts: "Te veel mislukte pogingen voor deze gebruikersnaam; probeer het over een kwartier opnieuw.",
        badSlug: "Het adres moet 2 tot 40 tekens zijn: kleine letters, cijfers en -, beginnend met een letter.",
        needTitle: "Geef de studie een titel.", duplicateStudy: "Er bestaat al een studie met dit adres.",
        badAccount: "Ongeldige gebruikersnaam of rol.", duplicateAccount: "Dit account bestaat al.",
        accountCreated: "Account aangemaakt.", report: "Rapportage",
        reportIntro: "Tabellen, vergelijkingen tussen groepen en chi-kwadraattoetsen, berekend uit alle antwoorden.",
        splitsLabel: "Vergelijken naar (komma's tussen items)", alphaLabel: "Significantieniveau (α)",
        styleLabel: "Notatie van toetsen", styleDutch: "Nederlands (χ²(4) = 11,08; p = 0,03)",
        styleAPA: "APA (χ²(4, N = 131) = 11.08, p = .026)", apply: "Toepassen", downloads: "Downloaden",
        exportSAV: "Antwoorden voor SPSS (.sav, met variabele- en waardelabels)",
        exportR: "R-script dat de antwoorden-CSV met labels inleest")

    static let english = ResearcherText(
        nav: "Researchers", studies: "Studies", accounts: "Accounts", logOut: "Log out",
        loginTitle: "Log in for researchers", logIn: "Log in", username: "User name", password: "Password",
        allStudies: "All studies", study: "Study", address: "Address", status: "Status", responses: "Responses",
        created: "Created", noStudies: "No studies yet.", newStudy: "New study",
        slugLabel: "Address (lowercase letters, digits and -)", title: "Title", instrument: "Questionnaire",
        builtIn: "Built in", ownInstrument: "Own questionnaire (JSON, see the manual)",
        instrumentJSON: "The questionnaire's JSON (paste it, or choose a file)",
        instrumentProblems: "The questionnaire has problems:", createStudy: "Create study",
        respondentAddress: "Address for respondents", questions: "questions", contacts: "Contact details",
        close: "Close (no new responses)", open: "Open", export: "Export",
        exportAnswers: "Responses (CSV, one row per response)",
        exportCodebook: "Codebook (CSV: variables, codes and labels)", exportInstrument: "Questionnaire (JSON)",
        exportContacts: "Contact details (CSV, separate and not linkable)", role: "Role", newAccount: "New account",
        roleResearcher: "researcher", roleAdmin: "administrator", createAccount: "Create account",
        oneTimePassword: "One-time password for",
        oneTimePasswordNote: "pass it on safely; it will not be shown again.",
        statusOpen: "open", statusClosed: "closed", formExpired: "The form had expired; please try again.",
        wrongLogin: "Unknown user name or wrong password.",
        tooManyAttempts: "Too many failed attempts for this user name; please try again in a quarter of an hour.",
        badSlug: "The address must be 2 to 40 characters: lowercase letters, digits and -, starting with a letter.",
        needTitle: "Please give the study a title.", duplicateStudy: "A study with this address exists already.",
        badAccount: "Invalid user name or role.", duplicateAccount: "This account exists already.",
        accountCreated: "Account created.", report: "Report",
        reportIntro: "Tables, comparisons between groups and chi-square tests, computed from all responses.",
        splitsLabel: "Compare by (items, separated by commas)", alphaLabel: "Significance level (α)",
        styleLabel: "Test notation", styleDutch: "Dutch (χ²(4) = 11,08; p = 0,03)",
        styleAPA: "APA (χ²(4, N = 131) = 11.08, p = .026)", apply: "Apply", downloads: "Download",
        exportSAV: "Responses for SPSS (.sav, with variable and value labels)",
        exportR: "R script that reads the responses CSV with labels")
}
