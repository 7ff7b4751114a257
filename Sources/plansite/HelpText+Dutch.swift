/// swift-argument-parser writes the frame of `--help` in English (OVERVIEW, USAGE, "Show
/// help information.", "(default: …)") around our Dutch texts; every word plansite prints is
/// Dutch, so the frame is translated by its fixed phrases, as `ArgumentErrorText` translates
/// its usage errors.
enum HelpText {
    private static let phrases: [(english: String, dutch: String)] = [
        ("OVERVIEW: ", "OVERZICHT: "),
        ("USAGE: ", "GEBRUIK: "),
        ("ARGUMENTS:", "ARGUMENTEN:"),
        ("OPTIONS:", "OPTIES:"),
        ("SUBCOMMANDS:", "OPDRACHTEN:"),
        ("Show help information.", "Toon deze hulp."),
        ("See 'plansite help <subcommand>' for detailed help.", "Zie `plansite <opdracht> --help` voor de hulp bij een opdracht."),
        ("<subcommand>", "<opdracht>"),
        ("(default:", "(standaard:"),
        ("; default:", "; standaard:"),
        ("(values:", "(waarden:"),
    ]

    static func dutch(_ help: String) -> String {
        phrases.reduce(help) { text, phrase in text.replacingOccurrences(of: phrase.english, with: phrase.dutch) }
    }
}
