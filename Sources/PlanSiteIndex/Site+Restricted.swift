import PlanSiteModel
extension Site {
    /// This site with one document's texts left in full: every other document keeps its
    /// place (so the indices in a `ReferenceContext` stay valid) and its configuration, but
    /// loses its pages and its agenda, and other regions lose their begrippen and gremia.
    /// Walking it (link occurrences, the checks) visits that document, its region's YAML and
    /// the national texts, instead of the whole site; callers keep what belongs to the
    /// document (by context or by location) and resolve references against the whole site.
    package func restricted(toDocumentAt r: Int, _ d: Int) -> Site {
        var part = self
        for i in part.regions.indices {
            if i != r {
                part.regions[i].begrippen = []
                part.regions[i].gremia = []
            }
            for j in part.regions[i].documents.indices where !(i == r && j == d) {
                part.regions[i].documents[j].pages = []
                part.regions[i].documents[j].agenda = nil
            }
        }
        return part
    }

    /// The site restricted to the document at `r`, `d` (`restricted(toDocumentAt:_:)`) with
    /// its pages' text left out too: what its mapping's checks read (its entities, its
    /// mapping, the region's begrippen), for a mapping saved on its own.
    package func restricted(toMappingOfDocumentAt r: Int, _ d: Int) -> Site {
        var part = restricted(toDocumentAt: r, d)
        for p in part.regions[r].documents[d].pages.indices {
            part.regions[r].documents[d].pages[p].blocks = []
            part.regions[r].documents[d].pages[p].frontMatter.doel = nil
        }
        return part
    }

    /// The site with only the region at `r` holding texts: every other region's begrippen,
    /// gremia, pages and mappings left out, every region and document still in its place.
    package func restricted(toRegionAt r: Int) -> Site {
        var part = self
        for i in part.regions.indices where i != r {
            part.regions[i].begrippen = []
            part.regions[i].gremia = []
            for j in part.regions[i].documents.indices {
                part.regions[i].documents[j].pages = []
                part.regions[i].documents[j].agenda = nil
            }
        }
        return part
    }
}

extension Document {
    /// The folder of the document's files as diagnostics show it (`content/regio/plan/`):
    /// every file of the document, and no other file, lies inside it.
    package var sourceFolder: String {
        guard let slash = configFile.lastIndex(of: "/") else { return "" }
        return String(configFile[...slash])
    }
}
