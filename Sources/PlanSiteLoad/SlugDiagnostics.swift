import PlanSiteModel
/// `MD002`: a file or folder name that gives no valid or free URL, each message shape written
/// once. The loader refuses a name outside the slug rule where it reads the folder; the index
/// stage refuses a chapter name that plansite reserves for its own pages, once it knows the
/// document's levels.
extension Diagnostic {
    /// A chapter or bijlage file name whose slug is outside `IdentifierRule.slug`.
    static func fileNameNotASlug(_ name: String, slug: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.markdownReservedSlug, at: location, "de bestandsnaam `\(name)` geeft geen geldige URL",
                   hint: "gebruik alleen kleine letters, cijfers en `-`, bijvoorbeeld `\(Slug.make(slug)).md`")
    }

    /// A region or document folder whose name is not its own slug.
    static func folderNameNotASlug(_ slug: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.markdownReservedSlug, at: location, "de mapnaam `\(slug)` is geen geldige URL", hint: "gebruik `\(Slug.make(slug))`")
    }

    /// A region folder whose name is a folder plansite makes itself at the site root (`gemeenten`).
    static func reservedRegionName(_ slug: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.markdownReservedSlug, at: location,
                   "de mapnaam `\(slug)` is gereserveerd voor pagina's die plansite zelf maakt",
                   hint: "hernoem de map van de regio, bijvoorbeeld `regio-\(slug)`")
    }

    /// A chapter whose slug is a page plansite makes itself (`matrix`, `opgave-3`).
    public static func reservedPageName(_ slug: String, fileName: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.markdownReservedSlug, at: location,
                   "de naam `\(slug)` is gereserveerd voor pagina's die plansite zelf maakt",
                   hint: "hernoem het bestand, bijvoorbeeld `\(fileName.replacingOccurrences(of: slug, with: slug + "-tekst"))`")
    }
}
