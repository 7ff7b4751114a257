import ArgumentParser
import Foundation
import PlanSite
import PreviewServer

/// `plansite serve`: parses the arguments and hands them to `buildPreviewServer`, which the
/// tests call too.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Bekijk de site terwijl je schrijft: bouwt, serveert en laadt opnieuw bij elke wijziging.")

    @OptionGroup var contentOptions: ContentOptions

    @Option(name: .long, help: "De uitvoermap; zonder deze optie een tijdelijke map (site/ blijft onaangeroerd).")
    var output: String?

    @Option(name: .long, help: "De poort.")
    var port: Int = 8000

    @Option(name: .long, help: "Het adres; standaard alleen deze computer.")
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Neem ook documenten met status `concept` op.")
    var concept = false

    func validate() throws {
        try contentOptions.validateContent()
        guard (0...65535).contains(port) else { throw ValidationError("--port moet tussen 0 en 65535 liggen") }
    }

    func run() async throws {
        var configuration = PreviewConfiguration(content: contentOptions.content, output: output)
        configuration.host = host
        configuration.port = port
        configuration.includeConcept = concept
        do {
            let server = try await buildPreviewServer(configuration)
            try await server.runUntilSignalled()
            Report.stderr("plansite: gestopt")
        } catch let error as PreviewError {
            Report.stderr("plansite: \(error.description)")
            throw ExitCode(2)
        }
    }
}
