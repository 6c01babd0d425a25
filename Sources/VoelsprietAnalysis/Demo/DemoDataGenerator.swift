import VoelsprietDomain

/// Makes synthetic quickscan responses from a `DemoDesign`.
///
/// With `count == nil` the design's counts are dealt out exactly: every seed gives other
/// respondents but the same tables and tests. With a count, that many respondents are drawn
/// independently from the same distributions (for benchmarks at any scale).
public struct DemoDataGenerator: Sendable {
    public let design: DemoDesign
    public let instrument: Instrument

    /// Options nobody combines with another (ticking "nobody" excludes the rest).
    static let exclusiveOptions: Set<String> = ["nobody"]

    public init(design: DemoDesign, instrument: Instrument) {
        self.design = design
        self.instrument = instrument
    }

    /// The design's respondents, dealt out exactly, in random order.
    public func responses(seed: UInt64) throws -> [AnswerSet] {
        var random = SeededGenerator(seed: seed)
        var all: [AnswerSet] = []
        for group in design.groups { all += try deal(group, using: &random) }
        all.shuffle(using: &random)
        return all
    }

    /// Draws `count` respondents from the design's distributions and hands each to `body`
    /// without keeping them (a million fit in constant memory).
    public func sample(seed: UInt64, count: Int, _ body: (AnswerSet) throws -> Void) throws {
        var random = SeededGenerator(seed: seed)
        let sampler = try Sampler(design: design, instrument: instrument)
        for _ in 0..<count { try body(sampler.draw(using: &random)) }
    }

    /// Every respondent of one group, with the design's counts dealt out.
    func deal(_ group: DemoDesign.Group, using random: inout SeededGenerator) throws -> [AnswerSet] {
        var people = [[String: Answer]](repeating: [:], count: group.n)
        var experience: [String] = group.experience.sorted { $0.key < $1.key }.flatMap { Array(repeating: $0.key, count: $0.value) }
        guard experience.count == group.n else {
            throw DemoDataError.inconsistent("group \(group.id): experience counts add up to \(experience.count), n = \(group.n)")
        }
        experience.shuffle(using: &random)
        for person in 0..<group.n {
            people[person]["role"] = Answer(.code(group.role))
            people[person]["experience"] = Answer(.code(experience[person]))
        }
        for item in design.items where item.id != "role" && item.id != "experience" {
            guard let counts = item.counts[group.id] else { continue }
            guard let instrumentItem = instrument.item(item.id) else {
                throw DemoDataError.inconsistent("item \(item.id) is not in the instrument")
            }
            let options = instrument.options(of: instrumentItem).map(\.code)
            if item.type == "multiple" {
                let respondents = item.respondents?[group.id] ?? group.n
                let eligible = eligiblePeople(people, item: item.id)
                guard respondents <= eligible.count else {
                    throw DemoDataError.inconsistent("item \(item.id), group \(group.id): \(respondents) respondents but \(eligible.count) eligible")
                }
                var chosen = [[String]](repeating: [], count: respondents)
                var slots = Array(0..<respondents)
                slots.shuffle(using: &random)
                var next = 0
                // Exclusive options first, one person each; then the rest round robin over the
                // others, most frequent option first, so nobody gets the same option twice and
                // everybody gets at least one.
                for code in options where Self.exclusiveOptions.contains(code) {
                    for _ in 0..<(counts[code] ?? 0) {
                        chosen[slots[next]].append(code)
                        next += 1
                    }
                }
                let others = Array(slots[next...])
                let tokens = options.filter { !Self.exclusiveOptions.contains($0) }
                    .sorted { (counts[$0] ?? 0) > (counts[$1] ?? 0) }
                    .flatMap { Array(repeating: $0, count: counts[$0] ?? 0) }
                if !others.isEmpty {
                    guard tokens.count >= others.count else {
                        throw DemoDataError.inconsistent("item \(item.id), group \(group.id): fewer selections than respondents")
                    }
                    for (index, code) in tokens.enumerated() { chosen[others[index % others.count]].append(code) }
                }
                for (slot, codes) in chosen.enumerated() {
                    let person = eligible[slot]
                    let ordered = options.filter { codes.contains($0) }
                    var specified: [String: String] = [:]
                    for code in ordered where instrument.options(of: instrumentItem).first(where: { $0.code == code })?.specify == true {
                        specified[code] = pick(design.texts["\(item.id).\(code)"], using: &random) ?? "anders"
                    }
                    people[person][item.id] = Answer(.codes(ordered), specified: specified)
                }
            } else {
                let eligible = eligiblePeople(people, item: item.id)
                let missing = item.missing?[group.id] ?? 0
                var codes = options.flatMap { Array(repeating: $0, count: counts[$0] ?? 0) }
                guard codes.count + missing == eligible.count else {
                    throw DemoDataError.inconsistent(
                        "item \(item.id), group \(group.id): \(codes.count) answers + \(missing) missing ≠ \(eligible.count) eligible")
                }
                codes.shuffle(using: &random)
                // The first `missing` eligible people skip it: the same people skip, as in real data.
                let answering = eligible.dropFirst(missing)
                for (person, code) in zip(answering, codes) {
                    var specified: [String: String] = [:]
                    if instrument.options(of: instrumentItem).first(where: { $0.code == code })?.specify == true {
                        specified[code] = pick(design.texts["\(item.id).\(code)"], using: &random) ?? "anders"
                    }
                    people[person][item.id] = Answer(.code(code), specified: specified)
                }
            }
        }
        // Open answers: about two in five eligible people write something.
        for (_, item) in instrument.orderedItems where item.type == .text {
            guard let bank = design.texts[item.id], !bank.isEmpty else { continue }
            for person in eligiblePeople(people, item: item.id) where random.next() % 5 < 2 {
                people[person][item.id] = Answer(.text(bank[Int(random.next() % UInt64(bank.count))]))
            }
        }
        return people.map { AnswerSet($0) }
    }

    /// Indices of people to whom `item` applies, given their answers so far.
    func eligiblePeople(_ people: [[String: Answer]], item: String) -> [Int] {
        guard let condition = condition(of: item) else { return Array(people.indices) }
        return people.indices.filter { condition.isSatisfied(by: AnswerSet(people[$0])) }
    }

    /// The item's condition together with its section's.
    func condition(of itemID: String) -> Condition? { instrument.condition(of: itemID) }

    func pick(_ bank: [String]?, using random: inout SeededGenerator) -> String? {
        guard let bank, !bank.isEmpty else { return nil }
        return bank[Int(random.next() % UInt64(bank.count))]
    }
}
