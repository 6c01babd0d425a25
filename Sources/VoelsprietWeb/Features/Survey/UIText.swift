/// Every fixed text of the interface, in Dutch (the default) and English.
///
/// Templates read these as `{{t.name}}`; instrument texts come from the instrument itself.
public struct UIText: Sendable {
    public let lang: String
    public let otherLang: String
    public let otherLangName: String
    public let skipToContent: String
    public let start: String
    public let next: String
    public let back: String
    public let submit: String
    public let stopAnytime: String
    public let anonymityNote: String
    public let stepOf: String
    /// "of about", between the step's number and the branch's estimated length.
    public let ofAbout: String
    public let reviewTitle: String
    public let reviewText: String
    public let specifyLabel: String
    /// The empty first entry of a drop-down list.
    public let choosePrompt: String
    public let requiredMark: String
    public let optionalMark: String
    public let errorSummary: String
    public let thanksTitle: String
    public let thanksText: String
    /// The thank-you page without its receipt (another browser session, or opened directly).
    public let thanksGoneText: String
    /// The banner of the preview link's test mode.
    public let testBanner: String
    /// A closed study, for a respondent who started before it closed but after the grace period.
    public let closedLateText: String
    public let receiptLabel: String
    public let receiptExplain: String
    public let withdrawLink: String
    public let contactLink: String
    public let contactTeaser: String
    public let helpTitle: String
    public let withdrawTitle: String
    public let withdrawText: String
    public let withdrawButton: String
    public let withdrawDone: String
    public let withdrawNotFound: String
    public let withdrawInvalid: String
    public let contactTitle: String
    public let contactText: String
    public let contactName: String
    public let contactEmail: String
    public let contactPhone: String
    public let contactNote: String
    public let contactConsent: String
    public let contactButton: String
    public let contactDone: String
    public let contactNeedConsent: String
    public let contactNeedReach: String
    public let quickExit, quickExitHint, quickExitURL, privateBrowsingNote: String
    public let busyText: String
    public let closedTitle: String
    public let closedText: String
    public let notFoundTitle: String
    public let notFoundText: String
    public let badRequestTitle: String
    public let csrfText: String
    public let backToStart: String
    public let questionnaire: String
    public let cookieNote: String

    /// The texts for `language` (`nl` unless it is `en`).
    public static func forLanguage(_ language: String) -> UIText { language == "en" ? .english : .dutch }

    /// The consent statement as stored with contact details: both languages, the same for
    /// everyone, so that the stored consent does not tell which language a respondent used.
    static var contactConsentRecord: String { "nl: \(dutch.contactConsent) | en: \(english.contactConsent)" }

    public static let dutch = UIText(
        lang: "nl", otherLang: "en", otherLangName: "English", skipToContent: "Naar de inhoud",
        start: "Beginnen", next: "Volgende", back: "Vorige", submit: "Antwoorden versturen",
        stopAnytime:
            "Je mag altijd stoppen: sluit dan gewoon deze pagina. Er wordt pas iets opgeslagen als je op de laatste pagina je antwoorden verstuurt.",
        anonymityNote:
            "Je antwoorden zijn anoniem: we vragen niet naar je naam en slaan geen IP-adres, browsergegevens of tijdstip op, alleen de datum.",
        stepOf: "Stap", ofAbout: "van ongeveer", reviewTitle: "Klaar om te versturen",
        reviewText:
            "Je hebt alle vragen gehad die voor jou van toepassing zijn. Met de knop hieronder verstuur je je antwoorden. Wil je nog iets aanpassen, ga dan terug.",
        specifyLabel: "vul in", choosePrompt: "Kies…", requiredMark: "verplicht", optionalMark: "mag je overslaan",
        errorSummary: "Niet alles is goed ingevuld. Bekijk de vragen met een melding.",
        thanksTitle: "Dank je wel", thanksText: "Je antwoorden zijn opgeslagen.",
        thanksGoneText:
            "De bevestiging is in dit browservenster niet meer te zien. Heb je je antwoorden verstuurd, dan zijn ze opgeslagen; je intrekcode stond op de pagina direct na het versturen.",
        testBanner: "Testmodus: wat je hier invult, wordt als test opgeslagen en telt niet mee in rapporten en exports.",
        closedLateText:
            "De vragenlijst is gesloten terwijl je bezig was, en de tijd om daarna nog te versturen is voorbij. Je antwoorden zijn niet opgeslagen.",
        receiptLabel: "Jouw intrekcode",
        receiptExplain:
            "Bewaar deze code als je je antwoorden later wilt laten verwijderen. We bewaren de code zelf niet, alleen een onherleidbare afgeleide ervan; zonder deze code kunnen we jouw antwoorden niet terugvinden.",
        withdrawLink: "Antwoorden intrekken", contactLink: "Contactgegevens achterlaten voor een interview",
        contactTeaser:
            "Wil je meewerken aan een interview? Laat dan op een aparte pagina je contactgegevens achter. Die worden los van je antwoorden bewaard, zo dat in de opgeslagen gegevens niet te zien is welke antwoorden erbij horen.",
        helpTitle: "Wil je met iemand praten?",
        withdrawTitle: "Antwoorden intrekken",
        withdrawText: "Vul de intrekcode in die je na het versturen kreeg. Je antwoorden worden dan definitief verwijderd.",
        withdrawButton: "Mijn antwoorden verwijderen",
        withdrawDone: "Je antwoorden zijn verwijderd. Ze tellen niet meer mee in het onderzoek.",
        withdrawNotFound: "Met deze code zijn geen antwoorden gevonden. Controleer de code en probeer het opnieuw.",
        withdrawInvalid: "Dit lijkt geen geldige code: een code bestaat uit 16 letters en cijfers, zoals 7K3Q-M2XD-9PRT-4HVA.",
        contactTitle: "Contactgegevens voor een interview",
        contactText:
            "Deze gegevens gebruiken we alleen om je te vragen voor een interview over dit onderzoek. Ze worden apart van je antwoorden bewaard, zonder datum: eerst versleuteld, en pas leesbaar voor de onderzoekers als er minstens 10 zijn binnengekomen, die dan samen in willekeurige volgorde worden opgeslagen. Zo is in de opgeslagen gegevens niet te zien welke antwoorden bij jouw contactgegevens horen. Wat je zelf in de opmerking schrijft, kan je wel herkenbaar maken. Na het onderzoek worden de gegevens verwijderd.",
        contactName: "Naam (of hoe we je mogen noemen)", contactEmail: "E-mailadres", contactPhone: "Telefoonnummer",
        contactNote: "Opmerking (bijvoorbeeld wanneer je het beste bereikbaar bent)",
        contactConsent:
            "Ik geef toestemming dat de onderzoekers mij benaderen voor een interview en mijn contactgegevens daarvoor bewaren tot het einde van het onderzoek.",
        contactButton: "Contactgegevens versturen",
        contactDone: "Dank je wel. De onderzoekers nemen contact met je op.",
        contactNeedConsent: "Zonder je toestemming kunnen we je gegevens niet bewaren.",
        contactNeedReach: "Vul een e-mailadres of telefoonnummer in, zodat we je kunnen bereiken.",
        quickExit: "Snel weg", quickExitHint: "Verlaat deze pagina meteen (of druk twee keer op Esc)",
        quickExitURL: "https://www.buienradar.nl/",
        privateBrowsingNote:
            "Deel je dit apparaat met iemand? Open de vragenlijst dan in een privévenster (incognito), zodat de browser niet onthoudt dat je hem bezocht. Met de rode knop ‘Snel weg’ bovenaan, of twee keer Esc, verlaat je de pagina meteen.",
        busyText: "Het is op dit moment erg druk. Er is nog niets opgeslagen en je antwoorden staan nog op deze pagina: probeer het over een minuut opnieuw.",
        closedTitle: "Deze vragenlijst is gesloten",
        closedText: "Het onderzoek neemt geen nieuwe antwoorden meer aan. Dank voor je belangstelling.",
        notFoundTitle: "Niet gevonden", notFoundText: "Deze pagina of vragenlijst bestaat niet.",
        badRequestTitle: "Er ging iets mis",
        csrfText:
            "Je formulier kon niet worden gecontroleerd (misschien heeft je browser cookies geblokkeerd of is de pagina te lang open geweest). Begin opnieuw; er is niets opgeslagen.",
        backToStart: "Terug naar het begin", questionnaire: "Vragenlijst",
        cookieNote: "Deze site gebruikt alleen een technisch noodzakelijk cookie tegen misbruik van formulieren; geen tracking."
    )

    public static let english = UIText(
        lang: "en", otherLang: "nl", otherLangName: "Nederlands", skipToContent: "Skip to content",
        start: "Start", next: "Next", back: "Previous", submit: "Send my answers",
        stopAnytime:
            "You may stop at any time: just close this page. Nothing is stored until you send your answers on the last page.",
        anonymityNote:
            "Your answers are anonymous: we do not ask your name and store no IP address, browser details or time, only the date.",
        stepOf: "Step", ofAbout: "of about", reviewTitle: "Ready to send",
        reviewText:
            "You have seen every question that applies to you. The button below sends your answers. To change something, go back.",
        specifyLabel: "please specify", choosePrompt: "Choose…", requiredMark: "required", optionalMark: "you may skip this",
        errorSummary: "Not everything was filled in correctly. Please look at the questions with a message.",
        thanksTitle: "Thank you", thanksText: "Your answers have been saved.",
        thanksGoneText:
            "The confirmation can no longer be shown in this browser window. If you sent your answers, they have been saved; your withdrawal code was on the page right after sending.",
        testBanner: "Test mode: what you fill in here is stored as a test and left out of reports and exports.",
        closedLateText:
            "The questionnaire was closed while you were filling it in, and the time to send after that has passed. Your answers were not saved.",
        receiptLabel: "Your withdrawal code",
        receiptExplain:
            "Keep this code if you may want your answers deleted later. We do not keep the code itself, only an irreversible derivative of it; without the code we cannot find your answers.",
        withdrawLink: "Withdraw my answers", contactLink: "Leave contact details for an interview",
        contactTeaser:
            "Would you take part in an interview? Leave your contact details on a separate page. They are stored apart from your answers, in such a way that the stored data does not show which answers belong to them.",
        helpTitle: "Would you like to talk to someone?",
        withdrawTitle: "Withdraw your answers",
        withdrawText: "Enter the withdrawal code you received after sending. Your answers will then be deleted for good.",
        withdrawButton: "Delete my answers",
        withdrawDone: "Your answers have been deleted. They no longer count in the study.",
        withdrawNotFound: "No answers were found with this code. Please check the code and try again.",
        withdrawInvalid: "This does not look like a valid code: a code has 16 letters and digits, like 7K3Q-M2XD-9PRT-4HVA.",
        contactTitle: "Contact details for an interview",
        contactText:
            "We use these details only to invite you for an interview about this study. They are stored apart from your answers, without a date: first encrypted, and readable for the researchers only once at least 10 have come in, which are then stored together in random order. So the stored data does not show which answers belong to your contact details. What you write in the note yourself may still identify you. The details are deleted after the study.",
        contactName: "Name (or what we may call you)", contactEmail: "Email address", contactPhone: "Phone number",
        contactNote: "Note (for example when you are easiest to reach)",
        contactConsent:
            "I agree that the researchers may contact me for an interview and keep my contact details for that purpose until the end of the study.",
        contactButton: "Send contact details",
        contactDone: "Thank you. The researchers will contact you.",
        contactNeedConsent: "Without your consent we cannot keep your details.",
        contactNeedReach: "Please give an email address or phone number so we can reach you.",
        quickExit: "Quick exit", quickExitHint: "Leave this page at once (or press Esc twice)",
        quickExitURL: "https://www.bbc.com/weather",
        privateBrowsingNote:
            "Do you share this device with someone? Then open the questionnaire in a private (incognito) window, so that the browser does not remember your visit. The red ‘Quick exit’ button at the top, or Esc twice, leaves the page at once.",
        busyText: "It is very busy right now. Nothing has been stored yet and your answers are still on this page: please try again in a minute.",
        closedTitle: "This questionnaire is closed",
        closedText: "The study no longer accepts new answers. Thank you for your interest.",
        notFoundTitle: "Not found", notFoundText: "This page or questionnaire does not exist.",
        badRequestTitle: "Something went wrong",
        csrfText:
            "Your form could not be verified (perhaps your browser blocks cookies, or the page was open for very long). Please start again; nothing was stored.",
        backToStart: "Back to the start", questionnaire: "Questionnaire",
        cookieNote: "This site uses only one technically necessary cookie against form abuse; no tracking."
    )
}
