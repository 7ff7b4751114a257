import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// Links between pages are relative, so a built site works under any base path and in the
/// preview server alike. Page URLs are folders ending in "/" (or "" for the home page).
enum RelativeURL {
    /// "../" once per folder of `pageURL`.
    static func root(from pageURL: String) -> String {
        // The number of non-empty "/"-separated segments, counted on bytes: splitting the
        // String walked graphemes and allocated, thousands of instructions per link.
        func depth(_ bytes: some Sequence<UInt8>) -> Int {
            var depth = 0
            var inSegment = false
            for byte in bytes {
                if byte == UInt8(ascii: "/") {
                    inSegment = false
                } else if !inSegment {
                    inSegment = true
                    depth += 1
                }
            }
            return depth
        }
        let count = pageURL.utf8.withContiguousStorageIfAvailable(depth) ?? depth(pageURL.utf8)
        return count < prefixes.count ? prefixes[count] : String(repeating: "../", count: count)
    }

    /// "", "../", "../../", …: made once, shared by every link.
    private static let prefixes = (0..<12).map { String(repeating: "../", count: $0) }

    /// The shortest relative form (`matrix/`, `../maatregel-1-3/`), for links between pages
    /// of one folder; `href` always climbs to the root first.
    static func shortest(to target: String, from pageURL: String) -> String {
        let from = pageURL.split(separator: "/"), to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
        let path = String(repeating: "../", count: from.count - common) + to[common...].map { $0 + "/" }.joined()
        return path.isEmpty ? "./" : path
    }

    /// A link to an element of the page it is on.
    static func onPage(_ id: String) -> String { "#" + id }

    static func href(to target: String, fragment: String? = nil, from pageURL: String) -> String {
        let hash = fragment.map(onPage) ?? ""
        if target == pageURL { return hash.isEmpty ? "./" : hash }
        let path = root(from: pageURL) + target
        return (path.isEmpty ? "./" : path) + hash
    }
}
