import Foundation

/// What a diagnostic code means and how to fix it, in Dutch, with a wrong and a right
/// example: what `plansite uitleg CODE` prints and `docs/meldingen.md` lists, both made from
/// this one catalogue so they cannot drift apart. The catalogue line (severity, one-line
/// summary) stays in `DiagnosticCode+Catalogue.swift`; this is the longer story.
///
/// The examples are files of the guide's example site (`docs/voorbeeld`, copied to
/// `content/`), so a reader can try them; `DiagnosticExplanationTests` builds each one and
/// fails when a wrong example does not give its code or a right one still does.
public struct DiagnosticExplanation: Sendable {
    /// What the code means: when plansite reports it and why that is a problem.
    public var meaning: String
    /// The situation both examples start from, when the example site alone does not have it.
    public var setup: DiagnosticExample?
    public var wrong: DiagnosticExample
    public var right: DiagnosticExample
    /// How to fix it, in the editor's steps.
    public var fix: String

    public init(meaning: String, setup: DiagnosticExample? = nil, wrong: DiagnosticExample, right: DiagnosticExample, fix: String) {
        self.meaning = meaning
        self.setup = setup
        self.wrong = wrong
        self.right = right
        self.fix = fix
    }
}

/// An example: files changed in the example site, or, where the problem cannot be written as
/// text (bytes that are no UTF-8, a symbolic link, file permissions), an illustration that is
/// shown but not built.
public struct DiagnosticExample: Sendable {
    /// One file of the example: where it is and how its text goes in.
    public struct File: Sendable {
        public enum Change: Sendable, Equatable {
            /// The file holds exactly this text (a new file, or one replaced whole).
            case whole
            /// The text is added at the end of the file, after an empty line.
            case append
            /// The text stands in the file where this text stood; the test fails when the
            /// example site no longer has it.
            case replacing(String)
        }

        /// The path from the folder that holds `content/`: `content/regio-voorbeeld/regio.yaml`,
        /// `themes/huisstijl/page.mustache`.
        public var path: String
        public var change: Change
        public var text: String
        /// Whether the file is shown; a file that only sets the scene (an image) is built but
        /// not shown, and the example's `lead` says it is there.
        public var shown: Bool

        public init(_ path: String, _ change: Change, _ text: String, shown: Bool = true) {
            self.path = path
            self.change = change
            self.text = text
            self.shown = shown
        }
    }

    /// A sentence before the files: what the example shows or assumes.
    public var lead: String?
    public var files: [File]
    /// Shown instead of files when the example is not text; never built.
    public var illustration: String?

    public init(lead: String? = nil, files: [File], illustration: String? = nil) {
        self.lead = lead
        self.files = files
        self.illustration = illustration
    }

    /// Text added at the end of a file.
    public static func append(_ path: String, _ text: String, lead: String? = nil) -> DiagnosticExample {
        DiagnosticExample(lead: lead, files: [File(path, .append, text)])
    }

    /// A file that holds exactly this text.
    public static func whole(_ path: String, _ text: String, lead: String? = nil) -> DiagnosticExample {
        DiagnosticExample(lead: lead, files: [File(path, .whole, text)])
    }

    /// Text that stands where `original` stood in a file of the example site.
    public static func replacing(_ path: String, _ original: String, with text: String, lead: String? = nil) -> DiagnosticExample {
        DiagnosticExample(lead: lead, files: [File(path, .replacing(original), text)])
    }

    /// Several files at once.
    public static func files(_ files: [File], lead: String? = nil) -> DiagnosticExample {
        DiagnosticExample(lead: lead, files: files)
    }

    /// What cannot be written as a text file: shown, not built.
    public static func illustration(_ text: String, lead: String? = nil) -> DiagnosticExample {
        DiagnosticExample(lead: lead, files: [], illustration: text)
    }
}

/// The example site's paths, as the examples write them.
enum ExamplePath {
    static let site = "content/site.yaml"
    static let national = "content/hervormingsagenda/hervormingsagenda.yaml"
    static let region = "content/regio-voorbeeld/"
    static let programma = "content/regio-voorbeeld/regioprogramma-2024/"
    static let visie = "content/regio-voorbeeld/regiovisie-2023/"
}

extension DiagnosticCode {
    /// The longer explanation of this code; every code has one (`DiagnosticExplanationTests`).
    /// Each family's explanations live in their own file (`Explanations+<Family>.swift`).
    public var explanation: DiagnosticExplanation? {
        switch family {
        case .yaml: yamlExplanation
        case .bron, .ontw: fileExplanation
        case .md: markdownExplanation
        case .ref: referenceExplanation
        case .ent: entityExplanation
        case .ha: agendaExplanation
        case .gr, .beg: gremiumExplanation
        case .gem: gemeenteExplanation
        case .fn, .html: textExplanation
        case nil: nil
        }
    }

    /// The family a code belongs to, by its prefix (`REF003` → `REF`).
    public var family: DiagnosticFamily? {
        DiagnosticFamily.allCases.first { rawValue.hasPrefix($0.rawValue) && rawValue.dropFirst($0.rawValue.count).allSatisfy(\.isNumber) }
    }

    /// A code as an editor types it (`ref003`, ` REF003 `), or nil.
    public init?(written: String) {
        self.init(rawValue: written.trimmingCharacters(in: .whitespaces).uppercased())
    }
}

/// The families of codes, in the order the guide lists them, with what each is about.
public enum DiagnosticFamily: String, Sendable, CaseIterable {
    case yaml = "YAML"
    case bron = "BRON"
    case ontw = "ONTW"
    case md = "MD"
    case ref = "REF"
    case ent = "ENT"
    case ha = "HA"
    case gr = "GR"
    case gem = "GEM"
    case beg = "BEG"
    case fn = "FN"
    case html = "HTML"

    /// A Dutch title for the family's section.
    public var title: String {
        switch self {
        case .yaml: "YAML: de gegevensbestanden en de front matter"
        case .bron: "BRON: de bestanden zelf"
        case .ontw: "ONTW: het ontwerp (`ontwerp` en `themes/`)"
        case .md: "MD: Markdown-bestanden en hun namen"
        case .ref: "REF: verwijzingen, links en afbeeldingen"
        case .ent: "ENT: de genummerde onderdelen (opgaven, actielijnen …)"
        case .ha: "HA: de Hervormingsagenda Jeugd"
        case .gr: "GR: overlegvormen (gremia)"
        case .gem: "GEM: de gemeenten van een regio en hun andere namen"
        case .beg: "BEG: begrippen"
        case .fn: "FN: voetnoten"
        case .html: "HTML: HTML in de tekst"
        }
    }

    public var codes: [DiagnosticCode] { DiagnosticCode.allCases.filter { $0.family == self } }
}
