import ArgumentParser
import Foundation
import PlanSite

/// `plansite uitleg [CODE]`: what a diagnostic code means, a wrong and a right example and how
/// to fix it (like `rustc --explain`); without a code, every code with its meaning. With
/// `--markdown` it writes `docs/meldingen.md`, the same catalogue for the guide.
struct UitlegCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uitleg",
        abstract: "Leg een meldingscode uit (zoals REF003), of toon alle codes.")

    @Argument(help: "De code, zoals REF003 of ref003; zonder code de lijst van alle codes.")
    var code: String?

    @Flag(name: .long, help: "Schrijf Markdown (zonder code: heel docs/meldingen.md).")
    var markdown = false

    /// An unknown code is a usage error (exit 2) with the codes closest to it.
    func validate() throws {
        if let code, DiagnosticCode(written: code) == nil {
            throw ValidationError(ExplanationText.unknownCode(code))
        }
    }

    func run() throws {
        let text: String
        switch (code.flatMap(DiagnosticCode.init(written:)), markdown) {
        case (let found?, false): text = ExplanationText.text(for: found)
        case (let found?, true): text = ExplanationMarkdown.section(for: found)
        case (nil, false): text = ExplanationText.list()
        case (nil, true): text = ExplanationMarkdown.document()
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
