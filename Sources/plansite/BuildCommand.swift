import ArgumentParser
import Foundation
import PlanSite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Bouw de site uit de inhoudsmap.")

    @OptionGroup var contentOptions: ContentOptions

    @Option(name: .long, help: "De uitvoermap; wordt pas vervangen als de bouw slaagt.")
    var output: String = "site"

    @Flag(name: .long, help: "Waarschuwingen tellen als fouten.")
    var strict = false

    @Flag(name: .long, help: "Neem ook documenten met status `concept` op.")
    var concept = false

    @Flag(name: .long, help: "Toon ook info-meldingen.")
    var verbose = false

    @Flag(name: .long, help: "Vervang de uitvoermap ook als plansite die niet heeft gemaakt (de oude inhoud gaat weg).")
    var vervang = false

    func validate() throws { try contentOptions.validateContent() }

    func run() throws {
        let start = Date()
        var options = SiteBuild.Options(content: contentOptions.content, output: output)
        options.strict = strict
        options.includeConcept = concept
        options.replaceForeignOutput = vervang
        options.quotesInfos = verbose
        let builder = SiteBuild(options: options)
        let buildStart = DispatchTime.now().uptimeNanoseconds
        let outcome = builder.build()
        if StageTimings.enabled { StageTimings.report("build", since: buildStart) }
        for notice in outcome.notices { Report.stderr("plansite: \(notice)") }
        Report.printText(outcome.diagnostics, sources: outcome.sources, verbose: verbose)
        if builder.blocks(outcome.diagnostics) {
            Report.stderr("plansite: \(outcome.diagnostics.summary()); de site is niet bijgewerkt")
            Report.explainPointer(outcome.diagnostics)
            Report.exit(1, keeping: outcome)
        }
        if let error = outcome.writeError {
            Report.stderr("plansite: \(error.description)")
            Report.exit(2, keeping: outcome)
        }
        let ms = Int(Date().timeIntervalSince(start) * 1000)
        Report.stderr("plansite: \(outcome.pageCount) pagina's geschreven naar \(output)/ in \(ms) ms (\(outcome.diagnostics.summary()))")
        Report.exit(0, keeping: outcome)
    }
}
