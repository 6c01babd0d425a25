import Testing
@testable import VoelsprietLiterature

/// `ScreeningMetrics` against figures computed by asreview-insights 1.6.1 (fixture
/// `Fixtures/Prioritisation/metrics.json`, made by `make_fixtures.py`).
@Suite struct ScreeningMetricsTests {
    let fixture: MetricsFixture

    init() throws { fixture = try PrioritisationFixtures.decode(MetricsFixture.self, "metrics.json") }

    @Test func fixtureHasSyntheticAndRealOrders() {
        #expect(fixture.cases.count >= 10)
        #expect(fixture.cases.contains { $0.name.hasPrefix("ASReview state") })
    }

    @Test func wssMatchesInsights() {
        for c in fixture.cases {
            for pair in c.wss {
                let ours = ScreeningMetrics.wss(at: pair[0], labelsInOrder: c.order, priors: c.priors, recordCount: c.records)
                #expect(abs(ours - pair[1]) < 1e-9, "\(c.name) WSS@\(pair[0]): \(ours) vs \(pair[1])")
            }
        }
    }

    @Test func recallAtFractionMatchesInsights() {
        for c in fixture.cases {
            for pair in c.recall {
                let ours = ScreeningMetrics.rrf(at: pair[0], labelsInOrder: c.order, priors: c.priors, recordCount: c.records)
                #expect(abs(ours - pair[1]) < 1e-9, "\(c.name) recall@\(pair[0]): \(ours) vs \(pair[1])")
            }
        }
    }

    @Test func recallCurveMatchesInsights() throws {
        let withCurves = fixture.cases.filter { $0.curve != nil }
        #expect(withCurves.count >= 4)
        for c in withCurves {
            let ours = ScreeningMetrics.recallCurve(labelsInOrder: c.order, priors: c.priors, recordCount: c.records)
            let reference = try #require(c.curve)
            #expect(ours.count == reference.count)
            for (point, ref) in zip(ours, reference) {
                #expect(abs(point.screenedFraction - ref[0]) < 1e-12 && abs(point.recall - ref[1]) < 1e-12)
            }
        }
    }

    @Test func recallStepsRedrawTheCurve() {
        // 0 1 0 1 0 after 1 prior: steps at 2/5 (recall 1/2), 4/5 (1), end 5/5.
        let steps = ScreeningMetrics.recallSteps(labelsInOrder: [true, false, true, false, true, false], priors: 1)
        let expected = [RecallPoint(screenedFraction: 0, recall: 0), RecallPoint(screenedFraction: 0.4, recall: 0.5),
                        RecallPoint(screenedFraction: 0.8, recall: 1), RecallPoint(screenedFraction: 1, recall: 1)]
        #expect(steps == expected)
    }
}
