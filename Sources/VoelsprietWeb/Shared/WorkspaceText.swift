/// Texts of the study workspace pages (navigation, members, audit, settings, deletion,
/// account safety), in Dutch (the default) and English. Templates read `{{layout.w.name}}`.
struct WorkspaceText: Sendable {
    let overview, members, audit, settings, data, myAccount: String
    let yourRole: String
    let roleLead, roleAnalyst, roleCoder, roleViewer: String
    let addMember, member, add, change, remove, since: String
    let rightsNote: String
    let auditIntro, auditDownload, auditWhen, auditWho, auditWhat, auditDetail, noEvents: String
    let accountEvents: String
    let settingsTitle, retentionLabel, retentionNote, requireTwoFactorLabel, save: String
    let dataTitle, dataIntro, deleteContacts, deleteContactsNote, deleteStudy, deleteStudyNote, confirmSlug: String
    let waitingContacts, waitingContactsNote, releaseContacts, unopenableContacts: String
    let allStudiesAdmin, adminNote, join, leads: String
    let changePassword, currentPassword, newPassword, repeatPassword, passwordRules, mustChangePassword: String
    let passwordsDiffer: String
    let logoutEverywhere, logoutEverywhereNote: String
    let twoFactor, twoFactorOn, twoFactorOff, twoFactorSetUp, twoFactorScan, twoFactorSecret, twoFactorCode,
        twoFactorConfirm, twoFactorDisable, twoFactorPrompt, twoFactorWrong: String
    let disable, enable, disabled, resetPassword, mustChange: String
    let unexpectedError: String
    let responsesNote: String
    let minGroupLabel: String
    let gone, done: String
    /// The literature review's place in the study navigation.
    let literature, screening: String
    /// The interviews' place in the study navigation.
    let interviews: String
    let studyReport: String
    let responses: String
    let closeConfirm: String
    let exportExcelCSV: String
    let exportXLSX: String
    let respondentTexts: String
    let questionnaire: String

    static func forLanguage(_ language: String) -> WorkspaceText { language == "en" ? .english : .dutch }

    func roleName(_ raw: String) -> String {
        switch raw {
        case "lead": roleLead
        case "analyst": roleAnalyst
        case "coder": roleCoder
        case "viewer": roleViewer
        default: raw
        }
    }

    static let dutch = WorkspaceText(
        overview: "Overzicht", members: "Leden", audit: "Logboek", settings: "Instellingen", data: "Gegevens verwijderen",
        myAccount: "Mijn account", yourRole: "Uw rol",
        roleLead: "leider", roleAnalyst: "analist", roleCoder: "codeur", roleViewer: "lezer",
        addMember: "Lid toevoegen", member: "Lid", add: "Toevoegen", change: "Wijzigen", remove: "Verwijderen",
        since: "Sinds",
        rightsNote:
            "Leider: alles, ook leden, contactgegevens, sluiten en verwijderen. Analist: antwoorden, exports en rapportage; geen contactgegevens of leden. Codeur: toegewezen codeer- en selectiewerk en de rapportage. Lezer: alleen de rapportage, kleine groepen altijd verborgen, geen open antwoorden.",
        auditIntro: "Wie wat deed in deze studie. Nooit antwoorden of gegevens van respondenten.",
        auditDownload: "Logboek downloaden (CSV)", auditWhen: "Wanneer (UTC)", auditWho: "Wie", auditWhat: "Wat",
        auditDetail: "Details", noEvents: "Nog niets vastgelegd.", accountEvents: "Logboek van accounts",
        settingsTitle: "Instellingen van de studie", retentionLabel: "Bewaren tot (JJJJ-MM-DD, leeg: geen datum)",
        retentionNote: "Na deze datum verwijdert `voelspriet purge --expired` de contactgegevens (of met --whole-study alles).",
        requireTwoFactorLabel: "Alle leden moeten inloggen in twee stappen", save: "Opslaan",
        dataTitle: "Gegevens verwijderen",
        dataIntro: "Verwijderen is definitief: de gegevens verdwijnen uit de database. Het logboek houdt vast dat het gebeurde.",
        deleteContacts: "Contactgegevens verwijderen",
        deleteContactsNote: "Doe dit zodra de interviews gepland zijn; respondenten is beloofd dat hun gegevens na het onderzoek verdwijnen.",
        deleteStudy: "Hele studie verwijderen",
        deleteStudyNote: "Antwoorden, contactgegevens, leden en de vragenlijst verdwijnen in één keer.",
        confirmSlug: "Typ het adres van de studie ter bevestiging",
        waitingContacts: "Contactgegevens die wachten",
        waitingContactsNote:
            "Contactgegevens blijven versleuteld tot er 10 zijn; dan komen ze samen, in willekeurige volgorde, in de lijst. Zo is niet te zien welke antwoorden bij wie horen. Als de studie gesloten is, kunt u de laatste vrijgeven, ook als het er minder dan 10 zijn. Die paar zijn dan alleen beschermd door de antwoorden die sinds de vorige groep binnenkwamen: doe het alleen als er genoeg antwoorden zonder contactgegevens tussen zaten.",
        releaseContacts: "Wachtende contactgegevens nu vrijgeven",
        unopenableContacts: "kunnen niet worden geopend met de sleutel van deze server (een ander sleutelbestand?)",
        allStudiesAdmin: "Alle studies (beheer)",
        adminNote: "Als beheerder ziet u de inhoud van een studie pas nadat u zich als lid toevoegt; dat komt in het logboek van de studie.",
        join: "Toevoegen als leider", leads: "Leiders",
        changePassword: "Wachtwoord wijzigen", currentPassword: "Huidig wachtwoord", newPassword: "Nieuw wachtwoord",
        repeatPassword: "Nieuw wachtwoord nogmaals",
        passwordRules: "Minstens 12 tekens, niet uw gebruikersnaam en geen veelgebruikt wachtwoord. Een zin van vier woorden werkt goed.",
        mustChangePassword: "U logde in met een eenmalig wachtwoord. Kies nu uw eigen wachtwoord.",
        passwordsDiffer: "De twee nieuwe wachtwoorden zijn niet gelijk.",
        logoutEverywhere: "Overal uitloggen", logoutEverywhereNote: "Beëindigt al uw sessies, op elk apparaat, ook deze.",
        twoFactor: "Inloggen in twee stappen", twoFactorOn: "Aan: bij het inloggen vragen we ook een code uit uw app.",
        twoFactorOff: "Uit.", twoFactorSetUp: "Inloggen in twee stappen aanzetten",
        twoFactorScan: "Scan de code met een authenticator-app (bijvoorbeeld FreeOTP, Aegis of Google Authenticator), of typ de sleutel over.",
        twoFactorSecret: "Sleutel", twoFactorCode: "Code uit de app (6 cijfers)", twoFactorConfirm: "Bevestigen en aanzetten",
        twoFactorDisable: "Uitzetten (vraagt uw wachtwoord)", twoFactorPrompt: "Typ de code van 6 cijfers uit uw authenticator-app.",
        twoFactorWrong: "De code klopt niet of is al gebruikt.",
        disable: "Uitschakelen", enable: "Inschakelen", disabled: "uitgeschakeld", resetPassword: "Nieuw eenmalig wachtwoord",
        mustChange: "moet wachtwoord kiezen",
        unexpectedError: "Er ging iets mis aan onze kant; er is niets half opgeslagen. Probeer het opnieuw.",
        responsesNote: "Antwoorden", minGroupLabel: "Kleinste getoonde groep (0: alle)",
        gone: "Wat u wilde wijzigen bestaat niet meer; het is intussen verwijderd.", done: "Dit was al gedaan.",
        literature: "Literatuur", screening: "Screenen", interviews: "Interviews", studyReport: "Studierapport", responses: "Antwoorden",
        closeConfirm: "Ja, sluiten: nieuwe respondenten kunnen dan niet meer beginnen; wie al bezig is, kan nog een uur versturen.",
        exportExcelCSV: "Antwoorden voor Nederlandse Excel (CSV met puntkomma's)",
        exportXLSX: "Antwoorden als Excel-werkmap (.xlsx, met codeboek)",
        respondentTexts: "Teksten", questionnaire: "Vragenlijst")

    static let english = WorkspaceText(
        overview: "Overview", members: "Members", audit: "Audit trail", settings: "Settings", data: "Delete data",
        myAccount: "My account", yourRole: "Your role",
        roleLead: "lead", roleAnalyst: "analyst", roleCoder: "coder", roleViewer: "viewer",
        addMember: "Add a member", member: "Member", add: "Add", change: "Change", remove: "Remove", since: "Since",
        rightsNote:
            "Lead: everything, including members, contact details, closing and deletion. Analyst: answers, exports and reports; no contact details or members. Coder: assigned coding and screening work and the report. Viewer: the report only, small groups always hidden, no open answers.",
        auditIntro: "Who did what in this study. Never answers or respondents' data.",
        auditDownload: "Download the audit trail (CSV)", auditWhen: "When (UTC)", auditWho: "Who", auditWhat: "What",
        auditDetail: "Details", noEvents: "Nothing recorded yet.", accountEvents: "Account events",
        settingsTitle: "Study settings", retentionLabel: "Keep until (YYYY-MM-DD, empty: no date)",
        retentionNote: "After this date `voelspriet purge --expired` deletes the contact details (or with --whole-study everything).",
        requireTwoFactorLabel: "All members must use two-step sign-in", save: "Save",
        dataTitle: "Delete data",
        dataIntro: "Deletion is final: the data is gone from the database. The audit trail records that it happened.",
        deleteContacts: "Delete contact details",
        deleteContactsNote: "Do this once the interviews are planned; respondents were promised their details would be deleted after the study.",
        deleteStudy: "Delete the whole study",
        deleteStudyNote: "Answers, contact details, members and the questionnaire are deleted at once.",
        confirmSlug: "Type the study's address to confirm",
        waitingContacts: "Contact details waiting",
        waitingContactsNote:
            "Contact details stay encrypted until there are 10; then they join the list together, in random order, so that nobody can tell which answers belong to whom. Once the study is closed you can release the last ones, even fewer than 10. Those few are then protected only by the answers that came in since the previous group: do it only when enough answers without contact details came in between.",
        releaseContacts: "Release the waiting contact details now",
        unopenableContacts: "cannot be opened with this server's key (another key file?)",
        allStudiesAdmin: "All studies (administration)",
        adminNote: "As an admin you see a study's content only after adding yourself as a member; that goes into the study's audit trail.",
        join: "Add myself as lead", leads: "Leads",
        changePassword: "Change password", currentPassword: "Current password", newPassword: "New password",
        repeatPassword: "New password again",
        passwordRules: "At least 12 characters, not your user name and not a common password. A sentence of four words works well.",
        mustChangePassword: "You logged in with a one-time password. Choose your own password now.",
        passwordsDiffer: "The two new passwords differ.",
        logoutEverywhere: "Log out everywhere", logoutEverywhereNote: "Ends all your sessions, on every device, this one too.",
        twoFactor: "Two-step sign-in", twoFactorOn: "On: when you log in we also ask for a code from your app.",
        twoFactorOff: "Off.", twoFactorSetUp: "Turn on two-step sign-in",
        twoFactorScan: "Scan the code with an authenticator app (for example FreeOTP, Aegis or Google Authenticator), or type the key.",
        twoFactorSecret: "Key", twoFactorCode: "Code from the app (6 digits)", twoFactorConfirm: "Confirm and turn on",
        twoFactorDisable: "Turn off (asks for your password)", twoFactorPrompt: "Type the 6-digit code from your authenticator app.",
        twoFactorWrong: "The code is wrong or was used already.",
        disable: "Disable", enable: "Enable", disabled: "disabled", resetPassword: "New one-time password",
        mustChange: "must choose a password",
        unexpectedError: "Something went wrong on our side; nothing was half-stored. Please try again.",
        responsesNote: "Responses", minGroupLabel: "Smallest group shown (0: all)",
        gone: "What you wanted to change no longer exists; it was deleted meanwhile.", done: "This had been done already.",
        literature: "Literature", screening: "Screening", interviews: "Interviews", studyReport: "Study report", responses: "Responses",
        closeConfirm: "Yes, close: new respondents can then no longer start; those already filling it in can still send for an hour.",
        exportExcelCSV: "Responses for Dutch Excel (semicolon CSV)",
        exportXLSX: "Responses as an Excel workbook (.xlsx, with codebook)",
        respondentTexts: "Texts", questionnaire: "Questionnaire")
}
