/// Every link of one part of the site (`LinkParts`) as written, where it is written, with
/// how the plan resolved it: what render asks of each link it writes
/// (`ResolvedPlan.resolution(of:from:)`). Resolution depends on nothing else.
///
/// Built for the whole render, so it is laid out small: the hash table holds a compact key
/// and the place of the resolution in an array sized once. A dictionary from the key with
/// its optional indices to the resolution itself took 14.8 MB of the 100× build's peak;
/// buckets stand three-quarters full at most, and a resolution is some ninety bytes.
struct LinkTable: Sendable {
    /// A link as written (`destination`), where it is written (the context's indices, -1
    /// for none).
    struct Key: Hashable, Sendable {
        var region: Int32
        var document: Int32
        var page: Int32
        var destination: String

        init(_ context: ReferenceContext, _ destination: String) {
            region = Int32(truncatingIfNeeded: context.region ?? -1)
            document = Int32(truncatingIfNeeded: context.document ?? -1)
            page = Int32(truncatingIfNeeded: context.page ?? -1)
            self.destination = destination
        }
    }

    private var places: [Key: Int32] = [:]
    private var resolutions: [PlanResolution] = []

    /// The first resolution of each link in `references` (a link written twice in one
    /// context resolves the same).
    init(_ references: [ResolvedReference]) {
        places.reserveCapacity(references.count)
        resolutions.reserveCapacity(references.count)
        for reference in references {
            let key = Key(reference.occurrence.context, reference.occurrence.link.destination)
            if places[key] == nil {
                places[key] = Int32(resolutions.count)
                resolutions.append(reference.resolution)
            }
        }
    }

    subscript(destination: String, context: ReferenceContext) -> PlanResolution? {
        places[Key(context, destination)].map { resolutions[Int($0)] }
    }
}
