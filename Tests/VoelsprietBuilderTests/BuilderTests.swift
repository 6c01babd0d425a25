import Foundation
import Testing
import VoelsprietBuilder
import VoelsprietDomain

@Suite("The questionnaire builder's model")
struct BuilderTests {
    let languages = ["nl", "en"]

    @Test("conditions as one line, and back")
    func conditions() throws {
        #expect(try ConditionText.parse("role = student") == .equals(item: "role", value: "student"))
        #expect(try ConditionText.parse("experience != no") == .notEquals(item: "experience", value: "no"))
        #expect(try ConditionText.parse("sector in youth, shelter") == .isIn(item: "sector", values: ["youth", "shelter"]))
        #expect(try ConditionText.parse("sector not in other") == .notIn(item: "sector", values: ["other"]))
        let both = try ConditionText.parse("role = student and experience != no")
        #expect(both == .all([.equals(item: "role", value: "student"), .notEquals(item: "experience", value: "no")]))
        #expect(try ConditionText.parse("  ") == nil)
        for condition: Condition in [
            .equals(item: "a", value: "x"), .isIn(item: "a", values: ["x", "y"]),
            .any([.equals(item: "a", value: "x"), .notIn(item: "b", values: ["z"])]),
            .all([.not(.equals(item: "a", value: "x"))]),
        ] {
            #expect(try ConditionText.parse(ConditionText.format(condition)) == condition)
        }
        #expect(throws: BuilderError.self) { try ConditionText.parse("role = a and b = c or d = e") }
        #expect(throws: BuilderError.self) { try ConditionText.parse("role student") }
    }

    @Test("options as lines with flags and short labels, and back")
    func options() throws {
        let text = """
            colleagues = Collega's | Colleagues
            youth = Jeugdzorg, inclusief jeugdbescherming | Youth care [short: Jeugdzorg | Youth]
            other = Anders | Other [specify]
            nobody = Niemand | Nobody [exclusive]
            """
        let options = try OptionLines.parse(text, languages: languages)
        #expect(options.map(\.code) == ["colleagues", "youth", "other", "nobody"])
        #expect(options[1].short?.values["nl"] == "Jeugdzorg")
        #expect(options[1].label.values["nl"] == "Jeugdzorg, inclusief jeugdbescherming")
        #expect(options[2].specify)
        #expect(options[3].exclusive)
        #expect(try OptionLines.parse(OptionLines.format(options, languages: languages), languages: languages) == options)
        do {
            _ = try OptionLines.parse("a = A\nno label here", languages: languages)
            Issue.record("a line without '=' was accepted")
        } catch {
            #expect(error.english.contains("line 2"))
        }
    }

    @Test("an item as form fields and back, with only its type's settings")
    func itemFields() throws {
        let item = InstrumentItem(
            id: "hours", type: .numeric, text: LocalizedText(["nl": "Uren", "en": "Hours"]), required: true,
            showIf: .equals(item: "role", value: "professional"), format: .decimal, min: 0, max: 60.5,
            unit: LocalizedText(["nl": "uur", "en": "hours"]))
        var fields = ItemForm.fields(of: item, languages: languages)
        #expect(try ItemForm.item(from: fields, languages: languages) == item)
        fields["max"] = "60,5"
        #expect(try ItemForm.item(from: fields, languages: languages).max == 60.5)
        fields["type"] = "text"
        let text = try ItemForm.item(from: fields, languages: languages)
        #expect(text.min == nil && text.unit == nil && text.format == nil)
        fields["type"] = "likert"
        #expect(throws: BuilderError.self) { try ItemForm.item(from: fields, languages: languages) }
    }

    @Test("edits: add, move across sections, rename, delete")
    func edits() throws {
        var instrument = Instrument(id: "t", languages: languages, title: LocalizedText(["nl": "T", "en": "T"]), scales: [:], sections: [])
        try InstrumentEdit.addSection(id: "a", title: LocalizedText(["nl": "A"])).apply(to: &instrument)
        try InstrumentEdit.addSection(id: "b", title: LocalizedText(["nl": "B"])).apply(to: &instrument)
        let q = InstrumentItem(id: "q", type: .yesno, text: LocalizedText(["nl": "Q"]))
        try InstrumentEdit.addItem(section: "a", item: q).apply(to: &instrument)
        try InstrumentEdit.moveItem(id: "q", by: 1).apply(to: &instrument)
        #expect(instrument.sections[1].items.map(\.id) == ["q"])
        var renamed = q
        renamed.id = "q2"
        try InstrumentEdit.updateItem(id: "q", item: renamed).apply(to: &instrument)
        #expect(instrument.item("q2") != nil)
        try InstrumentEdit.deleteItem(id: "q2").apply(to: &instrument)
        #expect(instrument.orderedItems.isEmpty)
        #expect(throws: BuilderError.self) { try InstrumentEdit.deleteItem(id: "nope").apply(to: &instrument) }
    }

    @Test("the YAML and JSON texts read back to the same instrument")
    func texts() throws {
        let instrument = try BuiltInInstruments.quickscan()
        #expect(try InstrumentParser.load(Data(InstrumentText.yaml(instrument).utf8), format: .yaml) == instrument)
        #expect(try InstrumentParser.load(Data(InstrumentText.json(instrument).utf8), format: .json) == instrument)
    }

    @Test("version changes name removed items and codes")
    func changes() throws {
        let old = try BuiltInInstruments.quickscan()
        var new = old
        new.sections[0].items.removeFirst()
        let removed = old.sections[0].items[0].id
        let changes = VersionChanges(from: old, to: new)
        #expect(changes.removedItems == [removed])
        #expect(VersionChanges(from: old, to: old).isEmpty)
    }
}
