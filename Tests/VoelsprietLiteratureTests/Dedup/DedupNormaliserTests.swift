import Testing
@testable import VoelsprietLiterature

@Suite("Deduplication normalisers")
struct DedupNormaliserTests {
    @Test func doiLosesResolverCaseAndTrailingPunctuation() {
        #expect(DOI.normalise("https://doi.org/10.1111/JCPP.12345.") == "10.1111/jcpp.12345")
        #expect(DOI.normalise("http://dx.doi.org/10.1097/MOL.0b013e3282ffaf82") == "10.1097/mol.0b013e3282ffaf82")
        #expect(DOI.normalise("doi: 10.1000/ABC;") == "10.1000/abc")
        #expect(DOI.normalise("10.1000/a 10.1000/b") == "10.1000/a")
        #expect(DOI.normalise("NA") == nil)
        #expect(DOI.normalise("978-3-16-148410-0") == nil)
        #expect(DOI.normalise("10.1000") == nil)
    }

    @Test func titlesFoldMarkupCaseAccentsAndPunctuation() {
        #expect(TitleNormaliser.normalise("Coffee &amp; Tea in M&uuml;nster.") == "coffee and tea in munster")
        #expect(TitleNormaliser.normalise("Caf\u{E9} & cr\u{E8}me") == "cafe and creme")
        #expect(TitleNormaliser.normalise("Sch{\\\"o}n and \\'etude") == "schon and etude")
        #expect(TitleNormaliser.normalise("TNF-\u{3B1} in <i>vivo</i>") == "tnf alpha in vivo")
        #expect(TitleNormaliser.normalise("Gro\u{DF}e Stra\u{DF}e") == "grosse strasse")
        #expect(TitleNormaliser.normalise("Schmiedeberg's &#233;tude &#x3B2;") == "schmiedebergs etude beta")
        #expect(TitleNormaliser.compact("Insulin-resistant states") == TitleNormaliser.compact("insulin resistant states."))
    }

    @Test func bracketedTranslationGivesVariants() {
        let variants = TitleNormaliser.variants("Depressionen im Jugendalter [Depression in adolescence: a survey]")
        #expect(variants.contains("depression in adolescence a survey"))
        #expect(variants.contains("depressionen im jugendalter"))
        // A one-word bracket is no translation: only the whole title and the text outside it.
        #expect(TitleNormaliser.variants("[18F]FDG uptake in the brain") == ["18f fdg uptake in the brain", "fdg uptake in the brain"])
    }

    @Test func noticesAndNumbers() {
        #expect(TitleNormaliser.notice("erratum parental warmth") == .erratum)
        #expect(TitleNormaliser.notice("correction to parental warmth") == .erratum)
        #expect(TitleNormaliser.notice("parental warmth authors reply") == .comment)
        #expect(TitleNormaliser.notice("retraction notice parental warmth") == .retraction)
        #expect(TitleNormaliser.notice("response of beta cells to glucose") == nil)
        #expect(TitleNormaliser.numbers("measuring resilience part ii theory") == ["2"])
        #expect(TitleNormaliser.numbers("part i of type 2 diabetes in glp 1") == ["1", "2", "1"])
        #expect(TitleNormaliser.numbers("sglt2 and glp 01 in two trials") == ["2", "1", "2"])
    }

    @Test func authorFormatsGiveOneKey() {
        let expected = AuthorKey(surname: "smith", initials: "ja")
        for name in ["Smith, J. A.", "Smith JA", "J A Smith", "J. A. Smith", "John Andrew Smith", "SMITH JA", "Smith J. A."] {
            #expect(AuthorKey(name) == expected, "\(name)")
        }
        #expect(AuthorKey("van der Berg, J.")?.surname == "vanderberg")
        #expect(AuthorKey("J. van der Berg")?.surname == "vanderberg")
        #expect(AuthorKey("El Hachmane M. F.") == AuthorKey(surname: "elhachmane", initials: "mf"))
        #expect(AuthorKey("M{\\\"u}ller, K.") == AuthorKey("Müller K"))
        #expect(AuthorKey("Anonymous") == nil)
        let berg = AuthorKey(surname: "berg", initials: "j")
        #expect(AuthorKey(surname: "vanderberg", initials: "j").sameSurname(as: berg))
        #expect(AuthorKey(surname: "kraenkel", initials: "").sameSurname(as: AuthorKey(surname: "krankel", initials: "")))
        #expect(!AuthorKey(surname: "lee", initials: "").sameSurname(as: AuthorKey(surname: "li", initials: "")))
    }

    @Test func pagesAndJournals() {
        #expect(PageRange("123-9") == PageRange("123-129"))
        #expect(PageRange("1312-7")?.last == "1317")
        #expect(PageRange("S394-S395")?.first == "394")
        #expect(PageRange("S394-S395")?.prefix == "s")
        #expect(PageRange("01-Jul") == nil)
        #expect(PageRange("2.05031E+15") == nil)
        let full = JournalName.words("Journal of Child Psychology and Psychiatry")
        #expect(JournalName.agree(JournalName.words("J Child Psychol Psychiatry"), full))
        #expect(JournalName.agree(JournalName.words("J Am Coll Cardiol"), JournalName.words("Journal of the American College of Cardiology")))
        #expect(JournalName.agree(JournalName.words("Natl Sci Rev"), JournalName.words("National Science Review")))
        #expect(JournalName.agree(JournalName.words("Microcirculation. Conference: 66th Annual Meeting"), JournalName.words("Microcirculation")))
        #expect(!JournalName.agree(JournalName.words("Diabetes"), JournalName.words("Diabetes Care")))
        #expect(JournalName.issns("0957-9672 (Print)\n1522-964X") == ["09579672", "1522964X"])
    }

    @Test func boundedEditDistance() {
        #expect(EditDistance.bounded(Array("kitten".utf8), Array("sitting".utf8), limit: 3) == 3)
        #expect(EditDistance.bounded(Array("kitten".utf8), Array("sitting".utf8), limit: 2) == nil)
        #expect(EditDistance.bounded(Array("abc".utf8), Array("abc".utf8), limit: 0) == 0)
        #expect(EditDistance.bounded(Array("flaw".utf8), Array("lawn".utf8), limit: 2) == 2)
    }
}
