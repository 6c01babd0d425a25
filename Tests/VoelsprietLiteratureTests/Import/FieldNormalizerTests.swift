import Testing
@testable import VoelsprietLiterature

/// Field clean-ups and format detection on hand-written inputs.
@Suite struct FieldNormalizerTests {
    @Test(arguments: [
        ("10.1000/xyz", "10.1000/xyz"), ("https://doi.org/10.1000/xyz", "10.1000/xyz"),
        ("http://dx.doi.org/10.1002/cpp.2398", "10.1002/cpp.2398"), ("doi: 10.1000/abc.", "10.1000/abc"),
        ("DOI 10.1/x;", "10.1/x"), ("10.2165/11586800-000000000-00000 [doi]", "10.2165/11586800-000000000-00000"),
        ("10.1016%2fj.x.2020", "10.1016/j.x.2020"),
    ])
    func doiIsBare(input: String, expected: String) {
        #expect(FieldNormalizer.doi(input) == expected)
    }

    @Test func notADOI() {
        #expect(FieldNormalizer.doi("DOI 1") == nil)
        #expect(FieldNormalizer.doi("") == nil)
    }

    @Test(arguments: [
        ("2019", 2019), ("2019///", 2019), ("1948/07//", 1948), ("2019 Mar 5", 2019), ("Mar 2019", 2019),
        ("2021/02/01/", 2021), ("12345", nil), ("10 15", nil), ("SEP", nil),
    ] as [(String, Int?)])
    func yearFromDates(input: String, expected: Int?) {
        #expect(FieldNormalizer.year(input) == expected)
    }

    @Test func pagesAndLists() {
        #expect(FieldNormalizer.pages(start: "379", end: "423") == "379-423")
        #expect(FieldNormalizer.pages(start: "1-5", end: "5") == "1-5")
        #expect(FieldNormalizer.pages(start: nil, end: nil) == nil)
        #expect(FieldNormalizer.splitList("['Marx, Karl', 'Lindgren, Astrid']") == ["Marx, Karl", "Lindgren, Astrid"])
        #expect(FieldNormalizer.splitList("A, B and C, D") == ["A, B", "C, D"])
    }

    @Test(arguments: [
        ("{\\\"o}", "ö"), ("\\'{e}t\\'e", "été"), ("Stra{\\ss}e \\& {\\c c}a", "Straße & ça"),
        ("\\emph{Owls}~at  night", "Owls at night"),
    ])
    func latexAccents(latex: String, plain: String) {
        let decoded = LaTeXText.decode(latex)
        #expect(decoded == plain)
    }

    @Test func formatDetectionFromContent() {
        let cases: [(String, String, ExportFormat?)] = [
            ("\n\nTY  - JOUR\nER  - \n", "x.txt", .ris),
            ("PMID- 1\nTI  - t\n", "x.ris", .medline),
            ("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n", "x.ris", .wosPlain),
            ("% c\n@article{k,\n title={T}}\n", "x.txt", .bibtex),
            ("Authors,Title,EID\na,b,c\n", "x.csv", .scopusCSV),
            ("title;abstract\na;b\n", "x.txt", .csv),
            ("{\"title\": 1}", "x.ris", nil),
            ("owls\nbats\n", "x.csv", nil),
        ]
        for (text, name, expected) in cases {
            let detected = LiteratureImporter.detectFormat(text, fileName: name)
            #expect(detected == expected, Comment(rawValue: name))
        }
    }
}
