#!/usr/bin/env python3
"""Reference stems for the Swift Snowball stemmers (SnowballStemmerTests).

Writes stems_nl.json and stems_en.json beside this script: word -> stem as computed by the PyPI
package `snowballstemmer` (pip install snowballstemmer==3.1.1), algorithms "dutch" and "english".

The word list per language is
  * words generated here from inflecting lists written for this fixture (nouns, verbs,
    adjectives with their plural, diminutive, tense, comparative and derivational endings),
  * tricky cases (diaeresis, 'ij', prefixes 'ge-', apostrophes, Porter2's exceptions),
  * optionally a sample of the official Snowball vocabulary: pass --snowball-data DIR, a
    checkout of https://github.com/snowballstem/snowball-data (DIR/dutch/voc.txt,
    DIR/english/voc.txt); every k-th word is taken so that about --sample words come from it.
    The committed files used snowball-data commit ba91f32bb9c5c25634eaa36e9dadb869f519ebd9 and
    the default --sample; run without --snowball-data, only the generated words are written.

Usage: python3 make_fixtures.py [--snowball-data DIR] [--sample 3000]
"""
import argparse
import importlib.metadata
import json
import os
import sys

import snowballstemmer

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- Dutch
NL_NOUNS = """
kind ervaring hulpverlener professional cliënt gezin moeder vader ouder broer zus school student
docent opleiding organisatie team collega gesprek interview verhaal geweld mishandeling
thuissituatie veiligheid zorg jeugdzorg instelling werk baan functie rol taak vraag antwoord
onderzoek rapport thema code citaat fragment bron deelnemer respondent groep sessie moment
gevoel emotie angst boosheid verdriet schaamte schuld vertrouwen steun hulp behandeling therapie
traject plan doel keuze grens ruimte afstand nabijheid relatie partner vriend vriendin buurman
politie rechter advocaat wet regel beleid richtlijn protocol melding dossier verslag huis kamer
deur raam tafel stoel boek brief telefoon bericht dag week maand jaar leven jeugd tijd toekomst
verleden herinnering beeld woord zin taal stem blik hand hoofd hart lichaam pijn wond litteken
kracht zwakte kennis inzicht vaardigheid houding waarde norm cultuur samenleving gemeente wijk
stad dorp land wereld geld prijs kans risico gevaar signaal teken gebeurtenis omstandigheid
ideeën zee knie ruïne reünie coöperatie museum cafe café auto foto baby menu paraplu radio
""".split()

NL_VERBS = """
werken praten luisteren vertellen vragen antwoorden helpen steunen delen leren begrijpen
herkennen erkennen ervaren voelen denken weten zien horen zeggen spreken schrijven lezen
beginnen stoppen blijven gaan komen lopen rennen vallen staan zitten liggen wonen leven
groeien veranderen verbeteren ontwikkelen gebruiken inzetten toepassen bespreken onderzoeken
coderen analyseren citeren beschrijven benoemen melden signaleren beschermen behandelen
begeleiden ondersteunen verwerken herstellen vertrouwen twijfelen schamen zorgen maken bakken
openen sluiten kiezen verliezen winnen zoeken vinden hopen wachten missen vergeten onthouden
emotioneren beëindigen gebeuren innen enten effenen varen geven nemen hebben zijn worden
""".split()

NL_ADJECTIVES = """
groot klein jong oud nieuw goed slecht mooi lelijk sterk zwak veilig onveilig open eerlijk
moeilijk makkelijk belangrijk persoonlijk professioneel emotioneel kwetsbaar bewust zichtbaar
duidelijk snel langzaam warm koud rustig druk blij boos bang verdrietig trots zeker onzeker
echt vrij arm rijk lief hard zacht hoog laag lang kort breed smal dik dun licht donker
financieel naïef actief positief negatief creatief
""".split()

NL_TRICKY = """
ë ij gebeurtenissen kinderen hulpverlening hulpverleners ervaringsdeskundige ervaringsdeskundigen
ervaringsdeskundigheid ervaringskennis geëmotioneerd geïnd geënt geëindigd beëindigd ideeën
knieën zeeën financiële financieel naïeve coöperaties reünies ruïnes café's auto's foto's zo'n
's avonds menu's baby's oma's kinderachtig kinderachtiger kinderachtigst schilderij schilderijen
schild schilden innig innen in geeft effen effende geeffende gevallen geval vallen gevaren
gevaar gevaarten varen valies gevalideerd opgelost gelopen meegenomen uitgenodigd aangegeven
bijgedragen huiselijk huiselijke kindermishandeling mishandelingen ijs ijzer wijk wijken bijtje
meisje meisjes huisje huisjes boompje boompjes koninkje koninkjes kettinkje tuintje tuintjes
bloempje lampje lampjes tekeningetje mannetje vrouwtje vrouwtjes filmpje cafeetje la'tje
heden heiden gewoonheden moeilijkheden lijkt lijken mogelijke mogelijkheid mogelijkheden
ongelooflijk theoretische logische nationale nationaliteit activiteit activiteiten biologie
filosofie fotografie pedagogiek psychologie psycholoog maatschappij maatschappelijke
aanpassing aanpassingen leraar leraren kapper kappers bakker bakkerij bakkerijen lerares
""".split()

NL_NOUN_ENDINGS = ["", "en", "s", "je", "jes", "tje", "tjes", "etje", "pje", "eren", "es", "'s",
                   "heid", "heden", "ing", "ingen", "isch", "ische", "lijk", "lijke", "loos", "achtig"]
NL_ADJ_ENDINGS = ["", "e", "er", "ere", "st", "ste", "heid", "heden", "lijk", "ig", "ige", "iger",
                  "igst", "baar", "baarheid", "achtig", "achtige", "s", "en"]


def nl_verb_forms(infinitive):
    """Regular Dutch verb forms from the infinitive (naive 't kofschip rule)."""
    if not infinitive.endswith("en") or len(infinitive) < 4:
        return [infinitive]
    stem = infinitive[:-2]
    if len(stem) >= 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]
    if stem.endswith("v"):
        stem = stem[:-1] + "f"
    if stem.endswith("z"):
        stem = stem[:-1] + "s"
    voiceless = stem[-1] in "tkfschp"
    past = "te" if voiceless else "de"
    participle_end = "t" if voiceless else "d"
    prefix = "" if infinitive.startswith(("be", "ge", "ver", "her", "ont", "er")) else "ge"
    return [infinitive, stem, stem + "t", stem + past, stem + past + "n", prefix + stem + participle_end,
            prefix + stem + participle_end + "e", infinitive + "d", infinitive + "de", stem + "ing",
            stem + "ingen", stem + "baar", stem + "ster", stem + "er", stem + "ers", "ver" + infinitive,
            "her" + infinitive, "mee" + infinitive, "uitge" + stem + participle_end]


def dutch_words():
    words = set(NL_TRICKY)
    for noun in NL_NOUNS:
        words.update(noun + e for e in NL_NOUN_ENDINGS)
    for adjective in NL_ADJECTIVES:
        words.update(adjective + e for e in NL_ADJ_ENDINGS)
    for verb in NL_VERBS:
        words.update(nl_verb_forms(verb))
    return words


# ---------------------------------------------------------------- English
EN_NOUNS = """
child experience worker professional client family mother father parent brother sister school
student teacher training organisation organization team colleague conversation interview story
violence abuse situation safety care institution job function role task question answer
research report theme code quote fragment source participant respondent group session moment
feeling emotion fear anger sadness shame guilt trust support help treatment therapy plan goal
choice boundary space distance relation relationship partner friend neighbour police judge
lawyer law rule policy guideline protocol file record house room door window table chair book
letter phone message day week month year life youth time future past memory image word
sentence language voice hand head heart body pain wound scar strength weakness knowledge
insight skill attitude value norm culture society community city village country world money
price chance risk danger signal sign event circumstance sky ski news atlas bias cosmos
""".split()

EN_VERBS = """
work talk listen tell ask answer help support share learn understand recognize recognise
acknowledge experience feel think know see hear say speak write read begin stop stay go come
walk run fall stand sit lie live grow change improve develop use apply discuss investigate
code analyse analyze quote describe name report signal protect treat guide process recover
trust doubt care make bake open close choose lose win seek find hope wait miss forget remember
hop hope plan tap tape dine din fit rate relate generate communicate organize realize
succeed proceed exceed agree need feed bleed die lie tie vie dye
""".split()

EN_ADJECTIVES = """
big small young old new good bad nice ugly strong weak safe unsafe open honest difficult easy
important personal professional emotional vulnerable aware visible clear fast slow warm cold
calm busy happy angry afraid sad proud sure unsure real free poor rich kind hard soft high low
long short wide narrow thick thin light dark general generous hopeful careful careless active
sensitive possible stable rational national conditional early gentle single only idle
""".split()

EN_TRICKY = """
generously generous generosity generously dying lying tying vying skies skis sky news cannings
canning inning innings outing outings herring earring evening evenings proceed proceeding
exceeded succeeding agreed feed bleeding gently early ugly only singly idly howe andes atlas
atlases bias biases cosmos cosmoses arsenal arsenic communism community communities university
universal universe emergency emerge emerging organic organization organise lateral later past
paste pasted pasting interval international internment interfere don't won't john's children's
'tis o'clock rock'n'roll yes yesterday yield yielding eyes boys toys say says said saying
players playing played happily happiness relational rationalization realizations sensitivity
stability possibility hopefulness carelessly carelessness fully hopping hoping tapped taped
dined dinning fitted rated ties tied cries cried flies ies caresses ponies cats running
agreement arguing argument conditionally conditional electrical electricity formalize
""".split()

EN_NOUN_ENDINGS = ["", "s", "es", "'s", "ful", "less", "lessness", "al", "ally", "ic", "ism",
                   "ist", "ize", "ization", "ous", "ly"]
EN_VERB_ENDINGS = ["", "s", "es", "ed", "ing", "ingly", "er", "ers", "ation", "ations", "able",
                   "ment", "ive", "ively", "iveness", "edly"]
EN_ADJ_ENDINGS = ["", "er", "est", "ly", "ness", "ity", "ities", "ize", "ization", "ism", "al",
                  "ally", "ence", "ance", "li", "ousness"]


def inflect(base, ending):
    """A naive spelling rule: drop a final e before a vowel, y -> i before most endings."""
    if ending and base.endswith("e") and ending[0] in "aeiou":
        return base[:-1] + ending
    if ending and base.endswith("y") and ending not in ("'s", "ing", "ingly", "s"):
        return base[:-1] + "i" + ending
    return base + ending


def english_words():
    words = set(EN_TRICKY)
    for bases, endings in ((EN_NOUNS, EN_NOUN_ENDINGS), (EN_VERBS, EN_VERB_ENDINGS),
                           (EN_ADJECTIVES, EN_ADJ_ENDINGS)):
        for base in bases:
            words.update(inflect(base, ending) for ending in endings)
            words.update(base + ending for ending in endings[:4])
    return words


# ---------------------------------------------------------------- output
def sample_vocabulary(snowball_data, language, size):
    path = os.path.join(snowball_data, language, "voc.txt")
    with open(path, encoding="utf-8") as f:
        vocabulary = [line.strip() for line in f if line.strip()]
    step = max(1, len(vocabulary) // size)
    return vocabulary[::step]


def write(language, code, words, sources):
    stemmer = snowballstemmer.stemmer(language)
    stems = {w: stemmer.stemWord(w) for w in sorted(words)}
    data = {
        "generator": "snowballstemmer %s, algorithm %s" % (importlib.metadata.version("snowballstemmer"), language),
        "sources": sources,
        "count": len(stems),
        "stems": stems,
    }
    out = os.path.join(HERE, "stems_%s.json" % code)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=0, sort_keys=False)
        f.write("\n")
    print("%s: %d words" % (out, len(stems)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--snowball-data", help="checkout of snowballstem/snowball-data")
    parser.add_argument("--sample", type=int, default=3000)
    args = parser.parse_args()
    for language, code, generated in (("dutch", "nl", dutch_words()), ("english", "en", english_words())):
        words = set(generated)
        sources = ["generated inflections (%d words)" % len(generated)]
        if args.snowball_data:
            sample = sample_vocabulary(args.snowball_data, language, args.sample)
            words.update(sample)
            sources.append("snowball-data %s/voc.txt, every k-th word (%d words)" % (language, len(sample)))
        write(language, code, words, sources)
    return 0


if __name__ == "__main__":
    sys.exit(main())
