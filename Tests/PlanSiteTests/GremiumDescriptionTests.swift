import Foundation
import Testing
@testable import PlanSite

/// A gremium two documents describe keeps each document's words (`beschreven-in`): the
/// region's overlegvormen page says which document says what, and a document's own
/// overview (`toon: overlegvormen`) shows only the gremia it describes, with its own words.
@Suite struct GremiumDescriptionTests {
    static let overlegvormen = """
    gremia:
      - id: rpo
        naam: Portefeuillehoudersoverleg
        afkorting: RPO
        niveau: regionaal
        beschreven-in:
          plan-2024:
            rol: Besluit over het plan van 2024.
          visie-2021:
            rol: Stelt de visie vast.
            voorzitter: De wethouder van Aadorp
      - id: tafel
        naam: Beschermingstafel
        beschreven-in:
          visie-2021:
            voor-wie: Ouders en jeugdigen bij wie een raadsonderzoek wordt overwogen.
            doel: Samen bepalen of een raadsonderzoek nodig is.
            georganiseerd-door: Veiligheidshuis Regio A
            aanmelding: tafel@regio-a.example
      - id: werkgroep
        naam: Werkgroep Inkoop
        beschreven-in:
          plan-2024:
            leden: [inkopers, contractmanagers]

    """

    static func site(overlegvormen: String = Self.overlegvormen) -> [String: String] {
        TestSupport.minimalSite(extra: [
            "content/regio-a/overlegvormen.yaml": overlegvormen,
            "content/regio-a/plan-2024/bijlagen/01-overleg.md": "---\ntitel: Overleg\nnummer: \"1\"\ntoon: overlegvormen\n---\n\nDe overleggen van dit plan.\n",
            "content/regio-a/visie-2021/document.yaml": "titel: Regiovisie 2021\nsoort: regiovisie\nniveaus: []\nstatus: vastgesteld\n",
            "content/regio-a/visie-2021/01-overleg.md": "---\ntitel: Overleg\nnummer: \"1\"\ntoon: overlegvormen\n---\n\nDe overleggen van de visie.\n",
        ])
    }

    @Test func eachDocumentShowsOnlyTheGremiaItDescribesInItsOwnWords() throws {
        let root = try TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(Self.site(), into: root)
        let result = try TestSupport.run(["build", "--strict"], in: root)
        #expect(result.status == 0, "\(result.stderr)")

        let plan = try TestSupport.read(root.appendingPathComponent("site/regio-a/plan-2024/overleg/index.html"))
        #expect(plan.contains("Besluit over het plan van 2024."))
        #expect(plan.contains("Werkgroep Inkoop") && plan.contains("inkopers; contractmanagers"))
        #expect(!plan.contains("Stelt de visie vast.") && !plan.contains("Beschermingstafel"))
        #expect(!plan.contains("Volgens "))

        let visie = try TestSupport.read(root.appendingPathComponent("site/regio-a/visie-2021/overleg/index.html"))
        #expect(visie.contains("Stelt de visie vast.") && visie.contains("<dt>Voorzitter</dt><dd>De wethouder van Aadorp</dd>"))
        #expect(!visie.contains("Besluit over het plan van 2024.") && !visie.contains("Werkgroep Inkoop"))
        #expect(visie.contains("<dt>Voor wie</dt><dd>Ouders en jeugdigen bij wie een raadsonderzoek wordt overwogen.</dd>"))
        #expect(visie.contains("<dt>Georganiseerd door</dt><dd>Veiligheidshuis Regio A</dd>"))
        #expect(visie.contains("<dt>Aanmelden</dt><dd><a href=\"mailto:tafel@regio-a.example\">tafel@regio-a.example</a></dd>"))

        // The region's page: every gremium, each document's words under its name, in the order written.
        let region = try TestSupport.read(root.appendingPathComponent("site/regio-a/overlegvormen/index.html"))
        let plan2024 = try #require(region.range(of: "Volgens <a href=\"../plan-2024/\">Plan 2024</a>:"))
        let visie2021 = try #require(region.range(of: "Volgens <a href=\"../visie-2021/\">Regiovisie 2021</a>:"))
        let besluit = try #require(region.range(of: "Besluit over het plan van 2024."))
        let vaststelling = try #require(region.range(of: "Stelt de visie vast."))
        #expect(plan2024.upperBound < besluit.lowerBound && besluit.upperBound < visie2021.lowerBound && visie2021.upperBound < vaststelling.lowerBound)
        #expect(region.contains("Beschermingstafel") && region.contains("Werkgroep Inkoop"))
    }

    @Test func aDescriptionOfADocumentTheRegionDoesNotHaveIsAnError() throws {
        let files = Self.site(overlegvormen: Self.overlegvormen.replacingOccurrences(of: "      visie-2021:\n        voor-wie", with: "      visie-2012:\n        voor-wie"))
        let (outcome, root) = try TestSupport.check(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let diagnostic = try #require(outcome.diagnostics.first { $0.code == .grUnknownDocument })
        #expect(diagnostic.location.file.hasSuffix("regio-a/overlegvormen.yaml") && diagnostic.location.line == 15)
        #expect(diagnostic.message.contains("`visie-2012`"))
        #expect(diagnostic.hint?.contains("`visie-2021`") == true)
    }

    @Test func aFieldOutsideTheDescriptionKeysIsAnUnknownKey() throws {
        let files = Self.site(overlegvormen: Self.overlegvormen.replacingOccurrences(of: "        doel: Samen", with: "        werkt-aan: Samen"))
        let (outcome, root) = try TestSupport.check(files)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(outcome.diagnostics.contains { $0.code == .yamlUnknownKey && $0.message.contains("`werkt-aan`") && $0.location.line == 17 })
    }
}
