import Foundation
import Testing

@testable import VoelsprietWeb

/// The statistics check page: any logged-in researcher pastes a text and sees each statement
/// recomputed, the wrong one marked; nothing needs a study, and nobody logged out gets in.
@Suite("Statistics check page")
struct StatcheckPageTests {
    @Test("a pasted text is checked: the inconsistent p is marked, the right one is not")
    func pastedText() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            var anonymous = Browser(client)
            let out = try await anonymous.get("/admin/statcheck")
            #expect(out.status != .ok)
            var researcher = try await Workspace.browser(client, "vera")
            let page = try await researcher.get("/admin/statcheck")
            #expect(page.status == .ok)
            let token = try await researcher.token()
            let text = "Er was een verschil (χ²(2) = 8,44; p = 0,02).\nGeen verschil: t(28) = 1,20; p = 0,24.\n<script>x</script>"
            let checked = try await researcher.post("/admin/statcheck", form: [("_csrf", token), ("text", text), ("alpha", "0,05")])
            #expect(checked.status == .ok)
            #expect(checked.text.contains("2 uitspraken, 1 gemarkeerd"))
            #expect(checked.text.contains("inconsistent"))
            #expect(!checked.text.contains("<script>x"))
            let bad = try await researcher.post("/admin/statcheck", form: [("_csrf", token), ("text", "x"), ("alpha", "2")])
            #expect(bad.status == .unprocessableContent)
        }
    }
}
