import Testing

@testable import VoelsprietDomain

@Suite("Response validation and branching")
struct ResponseValidatorTests {
    let validator: ResponseValidator

    init() throws {
        validator = ResponseValidator(instrument: try Fixtures.quickscan())
    }

    @Test("complete responses of both branches are accepted")
    func validResponses() {
        for body in [Fixtures.studentWithExperience, Fixtures.professionalWithoutExperience] {
            let outcome = validator.validate(RawAnswers(body))
            #expect(outcome.problems == [])
            #expect(outcome.answers.count == body.keys.filter { !$0.contains(".") }.count)
        }
        let outcome = validator.validate(RawAnswers(Fixtures.professionalWithoutExperience))
        #expect(outcome.answers["sector"] == Answer(.codes(["veilig_thuis", "other"]), specified: ["other": "Huisartsenpost"]))
    }

    @Test("an answer to an item the branching hides is rejected, or discarded on the web")
    func hiddenItems() {
        var body = Fixtures.professionalWithoutExperience
        body["experience_forms"] = .list(["neglect"])
        body["programme_covers_topic"] = .string("4")
        let strict = validator.validate(RawAnswers(body))
        #expect(strict.problems.map(\.field) == ["experience_forms", "programme_covers_topic"])
        #expect(strict.problems.allSatisfy { $0.kind == .notApplicable })
        let lenient = validator.validate(RawAnswers(body), hidden: .discard)
        #expect(lenient.isValid)
        #expect(lenient.answers["experience_forms"] == nil)
    }

    @Test("values outside the scale or options, and unknown fields, are named")
    func invalidValues() {
        var body = Fixtures.studentWithExperience
        body["learn_from_colleagues"] = .string("6")
        body["role"] = .string("student")
        body["shares_with"] = .list(["clients", "clients"])
        body["favourite_colour"] = .string("blue")
        body["knows_others"] = .list(["yes", "no"])
        let problems = validator.validate(RawAnswers(body)).problems
        #expect(problems.contains(AnswerProblem(field: "learn_from_colleagues", kind: .invalidOption, value: "6")))
        #expect(problems.contains(AnswerProblem(field: "shares_with", kind: .duplicateValue, value: "clients")))
        #expect(problems.contains(AnswerProblem(field: "knows_others", kind: .tooManyValues)))
        #expect(problems.last == AnswerProblem(field: "favourite_colour", kind: .unknownField))
    }

    @Test("a missing required answer is reported, an optional one is not")
    func required() {
        var body = Fixtures.professionalWithoutExperience
        body["experience"] = nil
        body["knows_others"] = nil
        let problems = validator.validate(RawAnswers(body)).problems
        #expect(problems == [AnswerProblem(field: "experience", kind: .required)])
        #expect(validator.validate(RawAnswers(["role": .string("")])).problems.first == AnswerProblem(field: "role", kind: .required))
    }

    @Test("specify texts need their option, a length limit and no control characters")
    func specifyTexts() {
        var body = Fixtures.professionalWithoutExperience
        body["sector"] = .list(["veilig_thuis"])
        #expect(validator.validate(RawAnswers(body)).problems == [AnswerProblem(field: "sector.other", kind: .specifyWithoutOption)])
        body["sector.other"] = nil
        body["sector.veilig_thuis"] = .string("x")
        #expect(validator.validate(RawAnswers(body)).problems == [AnswerProblem(field: "sector.veilig_thuis", kind: .unknownField)])
        var text = Fixtures.studentWithExperience
        text["learn_what"] = .string(String(repeating: "é", count: 2001))
        #expect(validator.validate(RawAnswers(text)).problems == [AnswerProblem(field: "learn_what", kind: .tooLong, limit: 2000)])
        text["learn_what"] = .string("a\u{0}b")
        #expect(validator.validate(RawAnswers(text)).problems == [AnswerProblem(field: "learn_what", kind: .invalidCharacters)])
        text["learn_what"] = .string("regel één\r\nregel twee\tmet tab")
        #expect(validator.validate(RawAnswers(text)).isValid)
    }

    @Test("'not equal' on an unanswered item is false: nothing shows before experience is answered")
    func unansweredConditions() {
        let condition = Condition.notEquals(item: "experience", value: "no")
        #expect(!condition.isSatisfied(by: AnswerSet()))
        #expect(condition.isSatisfied(by: AnswerSet(["experience": Answer(.code("past"))])))
        #expect(!condition.isSatisfied(by: AnswerSet(["experience": Answer(.code("no"))])))
        #expect(Condition.equals(item: "m", value: "b").isSatisfied(by: AnswerSet(["m": Answer(.codes(["a", "b"]))])))
        #expect(Condition.not(.equals(item: "m", value: "b")).isSatisfied(by: AnswerSet()))
    }

    @Test("the stored form reads back to the same answers")
    func wireRoundTrip() {
        let answers = validator.validate(RawAnswers(Fixtures.studentWithExperience)).answers
        #expect(validator.validate(answers.rawAnswers).answers == answers)
    }
}

@Suite("Step-by-step form")
struct FormNavigatorTests {
    @Test("each persona sees exactly the items of their branch, step by step")
    func personas() throws {
        let instrument = try Fixtures.quickscan()
        let navigator = FormNavigator(instrument: instrument)
        let validator = ResponseValidator(instrument: instrument)
        let all = Set(instrument.orderedItems.map(\.item.id))

        let student = validator.validate(RawAnswers(Fixtures.studentWithExperience)).answers
        let studentSeen = navigator.steps(answers: student).flatMap(\.itemIDs)
        #expect(Set(studentSeen) == all.subtracting(["sector"]))
        #expect(studentSeen.count == Set(studentSeen).count)

        let professional = validator.validate(RawAnswers(Fixtures.professionalWithoutExperience)).answers
        let professionalSeen = Set(navigator.steps(answers: professional).flatMap(\.itemIDs))
        #expect(professionalSeen == all.subtracting(Fixtures.studentOnlyIDs).subtracting(Fixtures.experienceOnlyIDs))
    }

    @Test("a step ends before an item that depends on an answer on the same step")
    func dependencySplitsSteps() throws {
        let instrument = try Fixtures.quickscan()
        let navigator = FormNavigator(instrument: instrument)
        let first = try #require(navigator.step(from: 0, answers: AnswerSet()))
        #expect(first.itemIDs == ["role"])
        let afterRole = try #require(
            navigator.step(from: first.end, answers: AnswerSet(["role": Answer(.code("professional"))])))
        #expect(afterRole.itemIDs == ["sector"])
        let experience = try #require(navigator.step(from: afterRole.end, answers: AnswerSet(["role": Answer(.code("professional"))])))
        #expect(experience.itemIDs == ["experience"])
        #expect(experience.sectionID == "own_experience")
    }

    @Test("the form ends when no visible item remains")
    func end() throws {
        let instrument = try Fixtures.quickscan()
        let navigator = FormNavigator(instrument: instrument)
        #expect(navigator.step(from: navigator.positionCount, answers: AnswerSet()) == nil)
    }
}
