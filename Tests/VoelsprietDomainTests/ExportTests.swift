import Testing

@testable import VoelsprietDomain

@Suite("Exports, CSV and receipt codes")
struct ExportTests {
    @Test("one column per single item, one per option of a multiple item, one per specify text")
    func layout() throws {
        let instrument = try Fixtures.quickscan()
        let layout = ExportLayout(instrument: instrument)
        let header = layout.header
        #expect(header.prefix(4) == ["response_id", "submitted_on", "language", "role"])
        #expect(header.contains("sector_veilig_thuis"))
        #expect(header.contains("sector_other_text"))
        #expect(header.contains("institution_other_text"))
        #expect(!header.contains("sector"))
        #expect(Set(header).count == header.count)

        let answers = ResponseValidator(instrument: instrument).validate(RawAnswers(Fixtures.professionalWithoutExperience)).answers
        let row = layout.row(responseID: "r1", submittedOn: "2026-11-29", answers: answers)
        let cell = { (name: String) in row[header.firstIndex(of: name)!] }
        #expect(cell("role") == "professional")
        #expect(cell("sector_veilig_thuis") == "1")
        #expect(cell("sector_social_work") == "0")
        #expect(cell("sector_other_text") == "Huisartsenpost")
        // Not shown to this professional: the missing code -99, not a blank.
        #expect(cell("institution") == "-99")
        #expect(cell("experience_forms_neglect") == "-99")
        #expect(cell("institution_other_text") == "")
        #expect(cell("learn_from_colleagues") == "5")
    }

    @Test("the codebook lists codes and labels in both languages")
    func codebook() throws {
        let rows = ExportLayout(instrument: try Fixtures.quickscan()).codebook
        #expect(rows[0] == ["variable", "item", "section", "type", "reference", "question_nl", "question_en", "value", "label_nl", "label_en"])
        let agreement = rows.filter { $0[0] == "skill_connect_reality" }
        #expect(agreement.map { $0[7] } == ["1", "2", "3", "4", "5", "-99", "-98"])
        #expect(agreement[6][8] == "overgeslagen (getoond, niet beantwoord)")
        #expect(agreement[0][8] == "Helemaal mee oneens")
        #expect(agreement[0][4] == "tno2023:T5.2")
    }

    /// Issue 9, finding 5: "not shown" and "skipped" were both blank, both system-missing in SPSS.
    @Test("missing codes: -99 for an item not shown, -98 for one shown and skipped; text stays blank")
    func missingCodes() throws {
        let instrument = try Fixtures.quickscan()
        let layout = ExportLayout(instrument: instrument)
        var raw = Fixtures.professionalWithoutExperience
        raw.removeValue(forKey: "learn_from_colleagues")
        let answers = ResponseValidator(instrument: instrument).validate(RawAnswers(raw)).answers
        let row = layout.row(responseID: "r1", submittedOn: "2026-11-29", language: "en", answers: answers)
        let cell = { (name: String) in row[layout.header.firstIndex(of: name)!] }
        #expect(cell("language") == "en")
        #expect(instrument.item("learn_from_colleagues")?.required == false)
        #expect(cell("learn_from_colleagues") == "-98")
        #expect(cell("institution") == "-99")
    }

    @Test("the Dutch Excel dialect: semicolons, a byte-order mark, and a field with a semicolon quoted")
    func excelDialect() {
        let text = CSVWriter.document([["a", "b;c", "1,5"]], dialect: .excelDutch)
        #expect(text == "\u{FEFF}a;\"b;c\";\"1,5\"\r\n")
        #expect(CSVWriter.document([["a", "b;c"]]) == "a,\"b;c\"\r\n")
    }

    @Test("CSV quotes what needs quoting and defuses formulas")
    func csv() {
        #expect(CSVWriter.line(["a", "b,c", "say \"hi\"", "x\r\ny"]) == "a,\"b,c\",\"say \"\"hi\"\"\",\"x\r\ny\"\r\n")
        #expect(CSVWriter.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVWriter.field("-3") == "-3")
        #expect(CSVWriter.field("@home") == "'@home")
        #expect(CSVWriter.field(" padded") == "\" padded\"")
    }

    @Test("receipt codes: 16 characters in four groups, forgiving of case and look-alikes")
    func receipts() throws {
        var generator = SeededGenerator(seed: 42)
        let code = ReceiptCode.generate(using: &generator)
        #expect(code.description.count == 19)
        #expect(code.description.split(separator: "-").map(\.count) == [4, 4, 4, 4])
        #expect(ReceiptCode(code.description.lowercased()) == code)
        #expect(ReceiptCode(" \(code.characters) ") == code)
        #expect(ReceiptCode("O0IL-0000-0000-0000")?.characters == "0011000000000000")
        #expect(ReceiptCode("UUUU-0000-0000-0000") == nil)
        #expect(ReceiptCode("0000-0000-0000") == nil)
        #expect(ReceiptCode.generate() != ReceiptCode.generate())
    }
}

/// A small deterministic generator (SplitMix64) for reproducible tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
