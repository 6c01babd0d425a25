import VoelsprietDomain

extension DemoDataGenerator {
    /// Draws respondents independently from the design's distributions: a group by its share,
    /// then every item by that group's proportions (including the share who skip it).
    struct Sampler {
        struct Distribution {
            /// Cumulative weights and what each stands for; nil = blank.
            let cumulative: [Double]
            let outcomes: [String?]

            func draw(_ u: Double) -> String? {
                var low = 0
                var high = cumulative.count - 1
                while low < high {
                    let middle = (low + high) / 2
                    if cumulative[middle] < u { low = middle + 1 } else { high = middle }
                }
                return outcomes[low]
            }

            init(_ weights: [(String?, Double)]) {
                let total = weights.reduce(0) { $0 + $1.1 }
                var running = 0.0
                var cumulative: [Double] = []
                for (_, weight) in weights {
                    running += weight / max(total, 1)
                    cumulative.append(running)
                }
                if !cumulative.isEmpty { cumulative[cumulative.count - 1] = 1 }
                self.cumulative = cumulative
                outcomes = weights.map(\.0)
            }
        }

        struct GroupModel {
            let role: String
            let experience: Distribution
            /// Single items: id and distribution.
            let singles: [(String, Distribution)]
            /// Multiple items: id, chance per option of being ticked (given the item applies).
            let multiples: [(String, [(String, Double)])]
        }

        let groups: [GroupModel]
        let groupDistribution: [Double]
        let instrument: Instrument
        let texts: [String: [String]]
        let generator: DemoDataGenerator
        /// Per item, the options that ask for an "other, namely" text.
        let specifying: [String: Set<String>]

        init(design: DemoDesign, instrument: Instrument) throws {
            self.instrument = instrument
            texts = design.texts
            generator = DemoDataGenerator(design: design, instrument: instrument)
            specifying = Dictionary(
                uniqueKeysWithValues: instrument.orderedItems.map { _, item in
                    (item.id, Set(instrument.options(of: item).filter(\.specify).map(\.code)))
                })
            var models: [GroupModel] = []
            var cumulative: [Double] = []
            let total = Double(design.groups.reduce(0) { $0 + $1.n })
            var running = 0.0
            for group in design.groups {
                running += Double(group.n) / total
                cumulative.append(running)
                var singles: [(String, Distribution)] = []
                var multiples: [(String, [(String, Double)])] = []
                for item in design.items where item.id != "role" && item.id != "experience" {
                    guard let counts = item.counts[group.id], let instrumentItem = instrument.item(item.id) else { continue }
                    let options = instrument.options(of: instrumentItem).map(\.code)
                    if item.type == "multiple" {
                        let respondents = Double(max(1, item.respondents?[group.id] ?? group.n))
                        multiples.append((item.id, options.map { ($0, Double(counts[$0] ?? 0) / respondents) }))
                    } else {
                        var weights: [(String?, Double)] = options.map { ($0, Double(counts[$0] ?? 0)) }
                        weights.append((nil, Double(item.missing?[group.id] ?? 0)))
                        singles.append((item.id, Distribution(weights)))
                    }
                }
                models.append(
                    GroupModel(
                        role: group.role,
                        experience: Distribution(group.experience.sorted { $0.key < $1.key }.map { ($0.key, Double($0.value)) }),
                        singles: singles, multiples: multiples))
            }
            cumulative[cumulative.count - 1] = 1
            groups = models
            groupDistribution = cumulative
        }

        func uniform(_ random: inout SeededGenerator) -> Double {
            Double(random.next() >> 11) * 0x1.0p-53
        }

        func draw(using random: inout SeededGenerator) -> AnswerSet {
            let u = uniform(&random)
            let model = groups[groupDistribution.firstIndex { u <= $0 } ?? groups.count - 1]
            var answers: [String: Answer] = ["role": Answer(.code(model.role))]
            answers["experience"] = Answer(.code(model.experience.draw(uniform(&random)) ?? "no"))
            // Conditions are evaluated on role and experience, which is all the quickscan's
            // branching depends on; one small answer set per respondent keeps this fast.
            let base = AnswerSet(answers)
            for (id, distribution) in model.singles {
                if let condition = generator.condition(of: id), !condition.isSatisfied(by: base) { continue }
                if let code = distribution.draw(uniform(&random)) {
                    var specified: [String: String] = [:]
                    if specifying[id]?.contains(code) == true, let bank = texts["\(id).\(code)"], !bank.isEmpty {
                        specified[code] = bank[Int(random.next() % UInt64(bank.count))]
                    }
                    answers[id] = Answer(.code(code), specified: specified)
                }
            }
            for (id, chances) in model.multiples {
                if let condition = generator.condition(of: id), !condition.isSatisfied(by: base) { continue }
                var codes = chances.filter { uniform(&random) < $0.1 }.map(\.0)
                if codes.contains(where: DemoDataGenerator.exclusiveOptions.contains) {
                    codes = codes.filter(DemoDataGenerator.exclusiveOptions.contains)
                }
                if codes.isEmpty, let most = chances.max(by: { $0.1 < $1.1 }) { codes = [most.0] }
                var specified: [String: String] = [:]
                for code in codes where specifying[id]?.contains(code) == true {
                    if let bank = texts["\(id).\(code)"], !bank.isEmpty {
                        specified[code] = bank[Int(random.next() % UInt64(bank.count))]
                    }
                }
                answers[id] = Answer(.codes(codes), specified: specified)
            }
            for (_, item) in instrument.orderedItems where item.type == .text {
                guard let bank = texts[item.id], !bank.isEmpty else { continue }
                if let condition = generator.condition(of: item.id), !condition.isSatisfied(by: base) { continue }
                if random.next() % 5 < 2 { answers[item.id] = Answer(.text(bank[Int(random.next() % UInt64(bank.count))])) }
            }
            return AnswerSet(answers)
        }
    }
}
