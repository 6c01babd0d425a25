"""Invented Dutch vocabulary and sentence shapes for the generated interview transcripts.

Every word and phrase here was written for this benchmark; nothing is taken from the study
report or from real interviews. The sentences only need to look like spoken Dutch: varied words,
speaker turns, diacritics (ë, ï, é, ö) and curly quotes so that offsets in Unicode code points,
UTF-8 bytes and UTF-16 units differ.

The search phrase of the benchmark (see generate.py) uses the words "reiger" and "gemaal", which
appear in none of these lists, so the phrase occurs exactly where generate.py puts it.
"""

# Subjects with the verb form they take: 1 = "ik", 3 = third person singular, P = plural.
SUBJECTS = [
    ("ik", "1"), ("ik", "1"), ("ik", "1"),
    ("de cliënt", "3"), ("mijn collega", "3"), ("mijn leidinggevende", "3"), ("het team", "3"),
    ("de huisarts", "3"), ("de wijkagent", "3"), ("mijn moeder", "3"), ("de buurvrouw", "3"),
    ("de coördinator", "3"), ("een vriendin", "3"), ("de jeugdzorgwerker", "3"), ("mijn broer", "3"),
    ("de stagebegeleider", "3"), ("de docent", "3"), ("zij", "3"), ("hij", "3"), ("niemand", "3"),
    ("wij", "P"), ("de kinderen", "P"), ("mijn ouders", "P"), ("de collega's", "P"),
    ("de meeste mensen", "P"), ("zij", "P"), ("de hulpverleners", "P"),
]

# (ik-form, third person singular, plural) of transitive verbs.
VERBS = [
    ("merk", "merkt", "merken"), ("herken", "herkent", "herkennen"), ("zie", "ziet", "zien"),
    ("bespreek", "bespreekt", "bespreken"), ("vermijd", "vermijdt", "vermijden"),
    ("onderschat", "onderschat", "onderschatten"), ("begrijp", "begrijpt", "begrijpen"),
    ("voel", "voelt", "voelen"), ("benoem", "benoemt", "benoemen"), ("mis", "mist", "missen"),
    ("zoek", "zoekt", "zoeken"), ("deel", "deelt", "delen"), ("houd", "houdt", "houden"),
    ("vertrouw", "vertrouwt", "vertrouwen"), ("onthoud", "onthoudt", "onthouden"),
    ("waardeer", "waardeert", "waarderen"), ("negeer", "negeert", "negeren"),
    ("accepteer", "accepteert", "accepteren"), ("regel", "regelt", "regelen"),
    ("verwacht", "verwacht", "verwachten"), ("bewaak", "bewaakt", "bewaken"),
    ("herinner", "herinnert", "herinneren"), ("combineer", "combineert", "combineren"),
    ("ervaar", "ervaart", "ervaren"), ("verzwijg", "verzwijgt", "verzwijgen"),
    ("kies", "kiest", "kiezen"), ("vraag", "vraagt", "vragen"), ("gebruik", "gebruikt", "gebruiken"),
]

# (article, noun): only definite articles, so every adjective takes the -e form.
NOUNS = [
    ("de", "spanning"), ("het", "gesprek"), ("de", "afstand"), ("het", "verhaal"), ("de", "grens"),
    ("het", "dossier"), ("de", "melding"), ("het", "vertrouwen"), ("de", "steun"), ("de", "schaamte"),
    ("het", "rooster"), ("de", "supervisie"), ("de", "intervisie"), ("het", "huisbezoek"),
    ("de", "signalen"), ("de", "ideeën"), ("de", "twijfel"), ("het", "patroon"), ("de", "opleiding"),
    ("de", "stage"), ("het", "protocol"), ("de", "meldcode"), ("de", "veiligheid"), ("het", "netwerk"),
    ("de", "financiële zorgen"), ("de", "privésituatie"), ("het", "werkoverleg"), ("de", "reünie"),
    ("de", "agenda"), ("het", "contact"), ("de", "ruimte"), ("de", "herkenning"), ("het", "gevoel"),
    ("de", "rol"), ("de", "verantwoordelijkheid"), ("het", "dilemma"), ("de", "keuze"),
    ("de", "coördinatie"), ("het", "onderwerp"), ("de", "ervaring"), ("het", "ritme"),
    ("de", "afspraak"), ("de", "wachtlijst"), ("het", "café"), ("de", "kantine"), ("de", "zorg"),
    ("de", "weerstand"), ("de", "nabijheid"), ("het", "evenwicht"), ("de", "loyaliteit"),
    ("het", "begrip"), ("de", "drempel"), ("de", "terugval"), ("het", "herstel"), ("de", "ruzie"),
]

ADJECTIVES = [
    "lastige", "onduidelijke", "veilige", "eerste", "nieuwe", "zware", "kleine", "grote", "oude",
    "vreemde", "eerlijke", "gespannen", "rustige", "dubbele", "stille", "financiële", "tweede",
    "ongemakkelijke", "gewone", "hele", "korte", "lange", "echte", "beroemde", "gedeelde",
    "geïnterviewde", "persoonlijke", "onzekere", "sterke", "dagelijkse",
]

ADVERBS = [
    "soms", "vaak", "eigenlijk", "nog steeds", "achteraf", "meteen", "bijna nooit", "telkens",
    "opnieuw", "wel", "niet", "gewoon", "heel erg", "een beetje", "inmiddels", "toen al",
    "vooral", "zelden", "ook", "nauwelijks", "steeds vaker", "elke week", "zo nu en dan",
]

# Adverbs that can start a main clause (the verb then comes before the subject).
OPENERS = [
    "Achteraf", "Toen", "Later", "Soms", "Eigenlijk", "Daarna", "In het begin", "Op het werk",
    "Tijdens de stage", "Thuis", "Nu", "Vorig jaar", "Na de opleiding", "Bij het eerste gesprek",
    "Meestal", "Gelukkig", "Uiteindelijk", "In die periode",
]

PLACES = [
    "op het werk", "in de wijk", "na de opleiding", "tijdens de stage", "bij de huisarts",
    "thuis", "op school", "in het begin", "met de kinderen", "zonder hulp", "in het team",
    "bij de intake", "na het huisbezoek", "in de supervisie", "tijdens het werkoverleg",
    "op de afdeling", "aan de telefoon", "in de kantine", "na de reünie", "bij een cliënt",
    "in het café", "op de stagedag", "bij het eerste contact", "in de auto", "op zaterdag",
]

CONNECTORS = ["want", "maar", "en", "omdat", "terwijl", "dus"]

EVALUATIONS = [
    "Dat was lastig", "Dat vond ik moeilijk", "Dat hielp wel", "Dat was een opluchting",
    "Dat bleef hangen", "Dat voelde dubbel", "Dat ging eigenlijk vanzelf", "Dat was nieuw voor mij",
    "Dat kostte energie", "Dat was best confronterend", "Dat snapte ik pas later",
]

THINKING = [
    "Ik denk dat", "Ik merk dat", "Ik weet niet of", "Het kan zijn dat", "Ik hoop dat",
    "Het viel me op dat", "Ik geloof dat", "Ik had niet verwacht dat", "Je ziet vaak dat",
]

FILLERS = [
    "Ja.", "Nee.", "Precies.", "Hmm, even nadenken.", "Nou ja, dat weet ik eigenlijk niet zo goed.",
    "[lacht]", "Goede vraag.", "Ja, zeker.", "Dat is het eigenlijk.", "Ehm, ja.", "Klopt.",
    "[stilte]", "Zo is het gegaan, ja.", "Dat zou ik nu anders doen.",
]

QUESTIONS = [
    "Kun je iets meer vertellen over {obj}?", "Hoe was dat voor jou, {place}?",
    "Wat bedoel je precies met {obj}?", "En {place}, hoe ging dat?",
    "Merkte je dat ook {place}?", "Wat heeft je toen geholpen?", "Hoe kijk je daar nu op terug?",
    "Heb je {obj} met iemand gedeeld?", "Wie wist er van {obj}?",
    "Wat zou je een student willen meegeven over {obj}?", "Was {obj} voor jou een drempel?",
    "Hoe reageerde je team op {obj}?", "Wat maakte {obj} zo belangrijk?",
    "Zou je daar nog iets over willen zeggen?", "Als je terugdenkt aan {obj}, wat zie je dan?",
]
