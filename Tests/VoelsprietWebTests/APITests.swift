import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import VoelsprietStorage

@testable import VoelsprietWeb

@Suite("JSON intake API")
struct APITests {
    @Test("a valid response is stored and acknowledged with a receipt code")
    func submit() async throws {
        try await TestApp.run { client, setup in
            let response = try await Bodies.submit(client, Bodies.json(Bodies.professionalWithoutExperience))
            #expect(response.status == .created)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: String])
            let receipt = try #require(object["receipt"])
            #expect(receipt.range(of: "^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$", options: .regularExpression) != nil)
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 1)
            let student = try await Bodies.submit(client, Bodies.json(Bodies.studentWithExperience))
            #expect(student.status == .created)
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 2)
        }
    }

    @Test("bad input gets a 4xx problem and stores nothing", arguments: BadInput.allCases)
    func badInput(_ input: BadInput) async throws {
        try await TestApp.run { client, setup in
            let response = try await input.send(client)
            #expect(response.status == input.expectedStatus, "\(input)")
            #expect(response.headers[.contentType] == "application/problem+json")
            let problem = try Bodies.problem(response)
            #expect(problem["status"] as? Int == Int(input.expectedStatus.code))
            #expect((problem["detail"] as? String)?.isEmpty == false)
            if let field = input.expectedField {
                let errors = problem["errors"] as? [[String: String]] ?? []
                #expect(errors.contains { $0["field"] == field }, "\(errors)")
            }
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 0)
            // The server keeps serving.
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
        }
    }

    @Test("a closed study answers 410; an unknown one 404")
    func closedAndUnknown() async throws {
        try await TestApp.run { client, setup in
            try await setup.repositories.studies.setStatus(slug: "quickscan", status: .closed)
            // The cache lives two seconds; a fresh lookup must see the closed status.
            try await Task.sleep(for: .milliseconds(2100))
            let closed = try await Bodies.submit(client, Bodies.json(Bodies.professionalWithoutExperience))
            #expect(closed.status == .gone)
            let unknown = try await Bodies.submit(client, Bodies.json(Bodies.professionalWithoutExperience), slug: "nope")
            #expect(unknown.status == .notFound)
        }
    }

    @Test("withdrawal removes the response; a wrong receipt reveals nothing")
    func withdraw() async throws {
        try await TestApp.run { client, setup in
            let response = try await Bodies.submit(client, Bodies.json(Bodies.studentWithExperience))
            let receipt = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: String])["receipt"]!
            _ = try await Bodies.submit(client, Bodies.json(Bodies.professionalWithoutExperience))
            let wrong = try await client.execute(
                uri: "/api/v1/studies/quickscan/withdrawals", method: .post, headers: Bodies.jsonHeaders,
                body: Bodies.json(["receipt": "0000-0000-0000-0000"]))
            #expect(wrong.status == .notFound)
            #expect(!String(buffer: wrong.body).contains("student"))
            let done = try await client.execute(
                uri: "/api/v1/studies/quickscan/withdrawals", method: .post, headers: Bodies.jsonHeaders,
                body: Bodies.json(["receipt": receipt.lowercased()]))
            #expect(done.status == .noContent)
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 1)
            let study = try #require(try await setup.repositories.studies.find(slug: "quickscan"))
            let csv = try await StudyExporter(repositories: setup.repositories).answersCSV(study)
            #expect(!csv.contains("haagse_hogeschool"))
            #expect(csv.contains("Huisartsenpost"))
            let again = try await client.execute(
                uri: "/api/v1/studies/quickscan/withdrawals", method: .post, headers: Bodies.jsonHeaders,
                body: Bodies.json(["receipt": receipt]))
            #expect(again.status == .notFound)
        }
    }

    @Test("concurrent submissions are committed together and each acknowledged once stored")
    func groupCommit() async throws {
        try await TestApp.run { client, setup in
            let receipts = try await withThrowingTaskGroup(of: String.self) { group in
                for index in 0..<200 {
                    group.addTask {
                        let body = index.isMultiple(of: 2) ? Bodies.professionalWithoutExperience : Bodies.studentWithExperience
                        let response = try await Bodies.submit(client, Bodies.json(body))
                        #expect(response.status == .created)
                        return String(buffer: response.body)
                    }
                }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(receipts.count == 200)
            #expect(try await setup.repositories.responses.count(studySlug: "quickscan") == 200)
        }
    }

    @Test("a method an API path does not support gets 405 with Allow, even an unknown one")
    func methodNotAllowed() async throws {
        try await TestApp.run { client, _ in
            for method in [HTTPRequest.Method.get, .delete, HTTPRequest.Method("QUERY")!] {
                let response = try await client.execute(uri: "/api/v1/studies/quickscan/responses", method: method)
                #expect(response.status == .methodNotAllowed, "\(method)")
                #expect(response.headers[.allow] == "POST")
                #expect(response.headers[.contentType] == "application/problem+json")
            }
            let put = try await client.execute(uri: "/api/openapi.json", method: .put)
            #expect(put.headers[.allow] == "GET")
            // Paths the API does not have stay 404.
            #expect(try await client.execute(uri: "/api/v1/nothing", method: .get).status == .notFound)
        }
    }

    @Test("the instrument and the OpenAPI document are served")
    func documents() async throws {
        try await TestApp.run { client, _ in
            let instrument = try await client.execute(uri: "/api/v1/studies/quickscan/instrument", method: .get)
            #expect(instrument.status == .ok)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(buffer: instrument.body)) as? [String: Any])
            #expect(object["id"] as? String == "quickscan")
            let openAPI = try await client.execute(uri: "/api/openapi.json", method: .get)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: openAPI.body)) as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            #expect(try await client.execute(uri: "/api/v1/studies/nope/instrument", method: .get).status == .notFound)
        }
    }
}

/// The kinds of bad input the intake must refuse.
enum BadInput: String, CaseIterable, CustomTestStringConvertible {
    case unknownItem, valueOutsideScale, missingRequired, hiddenItem, numberInsteadOfString, notAnObject, malformedJSON,
        brokenUTF8, wrongContentType, oversizeBody, specifyWithoutOption, unknownStudy

    var testDescription: String { rawValue }

    var expectedStatus: HTTPResponse.Status {
        switch self {
        case .unknownItem, .valueOutsideScale, .missingRequired, .hiddenItem, .numberInsteadOfString, .specifyWithoutOption:
            return .unprocessableContent
        case .notAnObject, .malformedJSON, .brokenUTF8: return .badRequest
        case .wrongContentType: return .unsupportedMediaType
        case .oversizeBody: return .contentTooLarge
        case .unknownStudy: return .notFound
        }
    }

    var expectedField: String? {
        switch self {
        case .unknownItem: return "favourite_colour"
        case .valueOutsideScale: return "skill_inner_world"
        case .missingRequired: return "experience"
        case .hiddenItem: return "programme_covers_topic"
        case .numberInsteadOfString: return "learn_from_colleagues"
        case .specifyWithoutOption: return "sector.other"
        default: return nil
        }
    }

    func send(_ client: any TestClientProtocol) async throws -> TestResponse {
        var body = Bodies.professionalWithoutExperience
        switch self {
        case .unknownItem: body["favourite_colour"] = "blue"
        case .valueOutsideScale: body["skill_inner_world"] = "7"
        case .missingRequired: body["experience"] = nil
        case .hiddenItem: body["programme_covers_topic"] = "3"
        case .numberInsteadOfString: body["learn_from_colleagues"] = 4
        case .specifyWithoutOption: body["sector"] = ["veilig_thuis"]
        case .notAnObject: return try await Bodies.submit(client, ByteBuffer(string: "[\"role\"]"))
        case .malformedJSON: return try await Bodies.submit(client, ByteBuffer(string: "{\"role\": \"professional\""))
        case .brokenUTF8: return try await Bodies.submit(client, ByteBuffer(bytes: Array("{\"role\": \"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)))
        case .wrongContentType:
            var headers = HTTPFields()
            headers[.contentType] = "text/plain"
            return try await Bodies.submit(client, Bodies.json(body), headers: headers)
        case .oversizeBody:
            body["sharing_desirability_explanation"] = String(repeating: "x", count: 70_000)
        case .unknownStudy: return try await Bodies.submit(client, Bodies.json(body), slug: "does-not-exist")
        }
        return try await Bodies.submit(client, Bodies.json(body))
    }
}
