import ArgumentParser
import Foundation
import PlanSite

/// `plansite`: thin commands over the PlanSite library. Exit status (contract): 0 no errors,
/// 1 the content has errors, 2 the command itself cannot run.
@main
struct PlanSiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plansite",
        abstract: "Bouwt een toegankelijke website van regionale jeugdplannen en controleert elke verwijzing.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, UitlegCommand.self])

    /// ArgumentParser exits with 64 for usage errors; the contract says 2.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(HelpText.dutch(fullMessage(for: error)))
                Foundation.exit(0)
            }
            if let exit = error as? ExitCode {
                Foundation.exit(exit.rawValue)
            }
            // The reason in Dutch, then where to read more; the library's English usage
            // block is left out (`--help` shows it).
            let text = "plansite: " + ArgumentErrorText.dutch(message(for: error))
                + "\nZie `plansite --help` of `plansite <opdracht> --help` voor de mogelijkheden."
            FileHandle.standardError.write(Data((text + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "De inhoudsmap.")
    var content: String = "content"

    func validateContent() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("de inhoudsmap `\(content)` bestaat niet (geef een andere met --content)")
        }
    }
}

enum Report {
    static func printText(_ diagnostics: [Diagnostic], sources: [String: SourceFile], verbose: Bool) {
        let shown = diagnostics.filter { verbose || $0.severity != .info }
        var text = ""
        for block in shown.texts(sources: sources) { text += block + "\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// After the summary, where to read what a code means (like rustc's pointer to
    /// `--explain`), named after the first fout or waarschuwing.
    static func explainPointer(_ diagnostics: [Diagnostic]) {
        guard let first = diagnostics.first(where: { $0.severity != .info }) else { return }
        stderr("plansite: meer over een code: `plansite uitleg \(first.code.rawValue)`")
    }

    static func stderr(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Ends the process with `status` while `outcome` is still held. Everything is written
    /// and reported by then; released after its last use, as Swift does, the whole site (its
    /// trees, plan and diagnostics: hundreds of MB at 100×) was freed object by object first,
    /// 0.15 s of a 100× build. The operating system takes the memory back at once.
    static func exit<T>(_ status: Int32, keeping outcome: T) -> Never {
        withExtendedLifetime(outcome) {
            fflush(nil)
            Foundation.exit(status)
        }
    }
}
