/// The key a "genoemd in" list is filed under: made here, by the resolver for each link and
/// by the pages that show the list, so the two always meet.
public enum MentionKey {
    /// An entity of a document: `entiteit:<regio>/<document>/<soort>:<nummer>`.
    public static func entity(document: String, entity: String) -> String {
        "entiteit:" + document + "/" + entity
    }

    /// A gremium of a region's overlegvormen: `gremium:<regio>/<id>`.
    public static func gremium(region: String, id: String) -> String {
        "gremium:" + region + "/" + id
    }

    /// A thema or maatregel of the national Hervormingsagenda: `landelijk:maatregel:1.3`.
    public static func national(kind: String, id: String) -> String {
        "landelijk:" + kind + ":" + id
    }
}
