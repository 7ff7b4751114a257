import ArgumentParser
import Foundation
import PlanSite

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Controleer de inhoud zonder te bouwen.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, github
    }

    @OptionGroup var contentOptions: ContentOptions

    @Option(name: .long, help: "Uitvoervorm: text, json of github.")
    var format: Format = .text

    @Flag(name: .long, help: "Waarschuwingen tellen als fouten.")
    var strict = false

    @Flag(name: .long, help: "Toon ook info-meldingen.")
    var verbose = false

    @Flag(name: .long, help: "Neem ook documenten met status `concept` op.")
    var concept = false

    func validate() throws { try contentOptions.validateContent() }

    func run() throws {
        var options = SiteBuild.Options(content: contentOptions.content, output: "")
        options.strict = strict
        options.includeConcept = concept
        let builder = SiteBuild(options: options)
        let outcome = builder.check()
        let shown = outcome.diagnostics.filter { verbose || $0.severity != .info }
        switch format {
        case .text:
            Report.printText(shown, sources: outcome.sources, verbose: true)
            Report.stderr("plansite: \(outcome.diagnostics.summary())")
            Report.explainPointer(shown)
        case .json:
            print(shown.json())
        case .github:
            if !shown.isEmpty { print(shown.githubAnnotations()) }
        }
        Report.exit(builder.blocks(outcome.diagnostics) ? 1 : 0, keeping: outcome)
    }
}
