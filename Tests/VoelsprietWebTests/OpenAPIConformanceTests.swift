import Foundation
import HummingbirdTesting
import Testing
import VoelsprietDomain
import VoelsprietServices

@testable import VoelsprietWeb

/// The OpenAPI document is an interface other collection channels build against, and CI runs
/// schemathesis over it. A stored instrument's JSON once gained keys (numeric items, exclusive
/// options, matrix sections) that the document did not know, and `required` became optional
/// in the output while the document still demanded it: schemathesis failed with "Response
/// violates schema". These tests read the served document and hold the served instruments
/// against it, so a new instrument field without a schema change fails here, without Python.
@Suite("OpenAPI document matches what the API sends")
struct OpenAPIConformanceTests {
    static func document(_ client: any TestClientProtocol) async throws -> [String: Any] {
        let response = try await client.execute(uri: "/api/openapi.json", method: .get)
        return try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    static func instrument(_ client: any TestClientProtocol, slug: String) async throws -> Any {
        let response = try await client.execute(uri: "/api/v1/studies/\(slug)/instrument", method: .get)
        #expect(response.status == .ok)
        return try JSONSerialization.jsonObject(with: Data(buffer: response.body))
    }

    /// An instrument that sets every optional field the domain has, so that each key appears once.
    static func everyField() throws -> Instrument {
        var instrument = try InstrumentParser.load(Data(ItemTypeFixture.json.utf8))
        instrument.version = "2"
        instrument.introduction = LocalizedText(["nl": "Welkom", "en": "Welcome"])
        instrument.sections[0].description = LocalizedText(["nl": "Uitleg", "en": "About"])
        instrument.sections[1].showIf = .notEquals(item: "province", value: "gr")
        instrument.sections[0].items[0].required = true
        instrument.sections[0].items[0].help = LocalizedText(["nl": "Per week", "en": "Per week"])
        instrument.sections[0].items[0].reference = "tno2023:T5.2"
        instrument.sections[0].items[1].showIf = .isIn(item: "province", values: ["fr"])
        instrument.sections[0].items[2].options?[0].short = LocalizedText(["nl": "Gr", "en": "Gr"])
        instrument.sections[0].items.append(
            InstrumentItem(id: "note", type: .text, text: LocalizedText(["nl": "Iets", "en": "Something"]), maxLength: 200))
        instrument.sections[0].items.append(
            InstrumentItem(id: "works", type: .yesno, text: LocalizedText(["nl": "Werk je?", "en": "Working?"])))
        return instrument
    }

    @Test("the built-in quickscan's instrument has only keys the document knows, and every key it requires")
    func builtIn() async throws {
        try await TestApp.run { client, _ in
            let schema = SchemaShape(document: try await Self.document(client))
            let problems = schema.problems(in: try await Self.instrument(client, slug: "quickscan"), against: "Instrument")
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    @Test("an instrument using every item type and every optional field matches the document")
    func everyType() async throws {
        try await TestApp.run { client, setup in
            try await setup.services.studies.create(
                slug: "alles", title: "Alles", instrument: try Self.everyField(), by: .command("test"))
            let schema = SchemaShape(document: try await Self.document(client))
            let served = try await Self.instrument(client, slug: "alles")
            let problems = schema.problems(in: served, against: "Instrument")
            #expect(problems.isEmpty, "\(problems)")
            // Every item type the domain has is an allowed value, and the check does catch strays.
            let types = Set(ItemType.allCases.map(\.rawValue))
            #expect(types.isSubset(of: schema.itemTypeEnum))
            var stray = try #require(served as? [String: Any])
            stray["colour"] = "blue"
            #expect(schema.problems(in: stray, against: "Instrument") == ["$: unknown key colour"])
        }
    }
}

/// A small structural check of JSON against the subset of JSON Schema the document uses:
/// `$ref`, `type`, `enum`, `required`, `properties`, `additionalProperties` and `items`.
/// It reports each problem with a path (`$.sections[0].items[2].type`).
struct SchemaShape {
    let document: [String: Any]

    var schemas: [String: Any] { (document["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:] }

    var itemTypeEnum: Set<String> {
        let instrument = schemas["Instrument"] as? [String: Any]
        let sections = (instrument?["properties"] as? [String: Any])?["sections"] as? [String: Any]
        let section = sections?["items"] as? [String: Any]
        let items = (section?["properties"] as? [String: Any])?["items"] as? [String: Any]
        let item = items?["items"] as? [String: Any]
        let type = (item?["properties"] as? [String: Any])?["type"] as? [String: Any]
        return Set(type?["enum"] as? [String] ?? [])
    }

    func problems(in value: Any, against name: String) -> [String] {
        var found: [String] = []
        check(value, ["$ref": "#/components/schemas/\(name)"], path: "$", into: &found)
        return found
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String else { return schema }
        let name = ref.replacingOccurrences(of: "#/components/schemas/", with: "")
        return resolve(schemas[name] as? [String: Any] ?? [:])
    }

    private func check(_ value: Any, _ raw: [String: Any], path: String, into found: inout [String]) {
        let schema = resolve(raw)
        if let allowed = schema["enum"] as? [Any] {
            let text = "\(value)"
            if !allowed.contains(where: { "\($0)" == text }) { found.append("\(path): \(text) not in the enum") }
        }
        if let type = schema["type"] as? String, !Self.matches(value, type) {
            found.append("\(path): not of type \(type)")
            return
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                found.append("\(path): required key \(key) missing")
            }
            for key in object.keys.sorted() {
                let child = object[key]!
                if let property = properties[key] as? [String: Any] {
                    check(child, property, path: "\(path).\(key)", into: &found)
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    check(child, additional, path: "\(path).\(key)", into: &found)
                } else if (schema["additionalProperties"] as? Bool) == false {
                    found.append("\(path): unknown key \(key)")
                }
            }
        } else if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() { check(element, items, path: "\(path)[\(index)]", into: &found) }
        }
    }

    private static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        // Foundation hands JSON booleans and numbers back as NSNumber on Linux: told apart by enum checks only.
        case "boolean", "number", "integer": return value is NSNumber || value is Bool || value is Double || value is Int
        default: return true
        }
    }
}
