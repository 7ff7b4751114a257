import Foundation
import Testing
@testable import PlanSite
@testable import PlanSiteRender
@testable import PlanSiteCheck
@testable import PlanSiteLoad
@testable import PlanSiteIndex
@testable import PlanSiteModel

@Suite struct SmokeTests {
    @Test func minimalSiteBuildsAsProcess() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(TestSupport.minimalSite(), into: root)
        let result = try TestSupport.run(["build"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try TestSupport.read(root.appendingPathComponent("site/regio-a/plan-2024/inleiding/index.html"))
        #expect(html.contains("<p>Dit is de inleiding.</p>"))
        #expect(html.contains("lang=\"nl\""))
    }
}
