import Foundation

/// Ready-made starting codebooks. `study` follows the main themes of the lived-experience study
/// (its topic list), written in our own words; every code is deductive, with fresh GUIDs each
/// time it is applied.
public enum CodebookTemplate {
    /// One node of a template: name (Dutch, English), what it is for, and its children.
    struct Node {
        var nl: String
        var en: String
        var about: (nl: String, en: String)
        var children: [Node] = []
    }

    public static func study(english: Bool = false) -> Codebook {
        var codes: [Code] = []
        for (i, node) in themes.enumerated() {
            add(node, parent: nil, colour: Codebook.highlightColour(i), english: english, into: &codes)
        }
        return Codebook(codes: codes)
    }

    private static func add(_ node: Node, parent: UUID?, colour: String, english: Bool, into codes: inout [Code]) {
        let code = Code(
            name: english ? node.en : node.nl, description: english ? node.about.en : node.about.nl, colour: colour,
            origin: .deductive, parentID: parent)
        codes.append(code)
        for child in node.children { add(child, parent: code.id, colour: colour, english: english, into: &codes) }
    }

    private static func perParty(_ nl: String, _ en: String) -> [Node] {
        [
            Node(nl: "voor de cliënt", en: "for the client", about: ("\(nl) voor wie hulp krijgt.", "\(en) for the person receiving care.")),
            Node(nl: "voor de professional", en: "for the professional", about: ("\(nl) voor de hulpverlener zelf.", "\(en) for the care worker.")),
            Node(nl: "voor collega's en organisatie", en: "for colleagues and organisation", about: ("\(nl) voor het team en de instelling.", "\(en) for the team and the organisation.")),
            Node(nl: "voor de samenleving", en: "for society", about: ("\(nl) buiten de hulprelatie.", "\(en) beyond the care relationship.")),
        ]
    }

    static let themes: [Node] = [
        Node(
            nl: "Wenselijkheid", en: "Desirability",
            about: ("Of het inzetten van eigen ervaring gewenst is, en waarom.", "Whether drawing on one's own experience is wanted, and why."),
            children: [
                Node(nl: "Voordelen", en: "Advantages", about: ("Wat het oplevert.", "What it brings."), children: perParty("Winst", "Gains")),
                Node(nl: "Nadelen", en: "Disadvantages", about: ("Wat het kost of riskeert.", "What it costs or risks."), children: perParty("Risico", "Risks")),
            ]),
        Node(
            nl: "Houding, kennis en vaardigheden", en: "Attitude, knowledge and skills",
            about: ("Wat iemand met eigen ervaring anders ziet of doet.", "What someone with lived experience notices or does differently."),
            children: [
                Node(nl: "Doorleefde kennis", en: "Lived-through knowledge", about: ("Weten van binnenuit hoe het is.", "Knowing from inside what it is like.")),
                Node(nl: "Inlevingsvermogen", en: "Empathy", about: ("Zich kunnen verplaatsen in de cliënt.", "Being able to put oneself in the client's place.")),
                Node(nl: "Voelsprieten", en: "Antennae for signals", about: ("Kleine signalen eerder opvangen.", "Picking up small signs earlier.")),
                Node(nl: "Tijd en geduld", en: "Time and patience", about: ("Ruimte geven, kleine stappen en terugval aanvaarden.", "Giving room, accepting small steps and setbacks.")),
                Node(nl: "Doorvragen", en: "Asking further", about: ("Durven blijven vragen.", "Daring to keep asking.")),
            ]),
        Node(
            nl: "Belemmeringen", en: "Hindering factors",
            about: ("Wat het inzetten van eigen ervaring in de weg staat.", "What stands in the way of using one's experience."),
            children: [
                Node(nl: "Onverwerkte ervaring en triggers", en: "Unprocessed experience and triggers", about: ("Eigen pijn die opspeelt.", "One's own pain flaring up.")),
                Node(nl: "Grenzen vervagen", en: "Blurred boundaries", about: ("Eigen verhaal en dat van de cliënt lopen door elkaar.", "One's own story and the client's get mixed.")),
                Node(nl: "Aannames en te snel alarm", en: "Assumptions and alarm too soon", about: ("Invullen vanuit eigen ervaring.", "Filling in from one's own history.")),
                Node(nl: "Contact met pleger", en: "Meeting a perpetrator", about: ("Werken met iemand die geweld pleegde.", "Working with someone who used violence.")),
                Node(nl: "Stigma", en: "Stigma", about: ("Angst voor het oordeel van anderen.", "Fear of how others will judge.")),
            ]),
        Node(
            nl: "Hoe inzetten", en: "How to use it",
            about: ("De manier waarop eigen ervaring een plaats krijgt in het werk.", "How lived experience finds its place in the work."),
            children: [
                Node(nl: "Intuïtief en algemeen", en: "Intuitive and general", about: ("Eerder in houding dan in details.", "In attitude more than in details.")),
                Node(nl: "Cliënt centraal", en: "Client at the centre", about: ("Alleen als het de cliënt helpt.", "Only when it helps the client.")),
                Node(nl: "Pas na vertrouwen", en: "Only after trust", about: ("Eerst een band, dan eventueel delen.", "First a bond, then perhaps sharing.")),
                Node(
                    nl: "Randvoorwaarden", en: "Preconditions", about: ("Wat nodig is om het goed te doen.", "What is needed to do it well."),
                    children: [
                        Node(nl: "Verwerking", en: "Processing", about: ("De eigen ervaring is voldoende verwerkt.", "One's own experience is processed enough.")),
                        Node(nl: "Reflectie en steun", en: "Reflection and support", about: ("Coaching, intervisie, supervisie, leidinggevende.", "Coaching, peer review, supervision, manager.")),
                        Node(nl: "Veilig klimaat", en: "Safe climate", about: ("Open over praten kan.", "It can be talked about openly.")),
                        Node(nl: "Tijd", en: "Time", about: ("Ruimte in het rooster.", "Room in the schedule.")),
                    ]),
            ]),
        Node(
            nl: "Opleiding", en: "Education",
            about: ("Hoe de opleiding ermee omgaat en wat studenten willen.", "How the programme deals with it and what students want."),
            children: [
                Node(nl: "Huidig programma", en: "Current programme", about: ("Wat er nu aan bod komt.", "What is covered now.")),
                Node(nl: "Delen in de klas", en: "Sharing in class", about: ("Ervaringen met vertellen in de groep.", "Experiences of telling the group.")),
                Node(nl: "Steun", en: "Support", about: ("Bij wie studenten terecht kunnen.", "Who students can turn to.")),
                Node(nl: "Wensen", en: "Wishes", about: ("Wat studenten anders zouden willen.", "What students would like to change.")),
            ]),
    ]
}
