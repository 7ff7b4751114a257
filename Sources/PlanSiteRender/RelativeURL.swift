import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// Links between pages are relative, so a built site works under any base path, from
/// `file://` and in the preview server alike. Page URLs are folders ending in "/" (or "" for the home page).
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

    /// The shortest relative form (`matrix/`, `../maatregel-1-3/`): up to the folder the two
    /// URLs share, then down. Climbing to the root first made every link of a page deep in a
    /// document repeat the region's and the document's folders (`../../../regio/plan/x/`
    /// where `../x/` does), a fifth of a typical page's bytes. Counted on bytes.
    static func shortest(to target: String, from pageURL: String) -> String {
        var page = pageURL, goal = target
        let path = page.withUTF8 { from in
            goal.withUTF8 { to -> String in
                // The bytes after the last "/" both start with.
                var shared = 0
                var i = 0
                while i < from.count, i < to.count, from[i] == to[i] {
                    if from[i] == UInt8(ascii: "/") { shared = i + 1 }
                    i += 1
                }
                var ups = 0
                var inSegment = false
                for byte in from[shared...] {
                    if byte == UInt8(ascii: "/") { inSegment = false } else if !inSegment { inSegment = true; ups += 1 }
                }
                let down = String(decoding: UnsafeBufferPointer(rebasing: to[shared...]), as: UTF8.self)
                return (ups < prefixes.count ? prefixes[ups] : String(repeating: "../", count: ups)) + down
            }
        }
        return path.isEmpty ? "./" : path
    }

    /// The folder a page's links are made from, as far as `shortest` tells them apart: pages
    /// in one folder link alike to everything outside themselves.
    /// Read in the UTF-8 (`/` is ASCII): by characters, every page asked it twice for its
    /// contents list, 14,000 instructions each.
    static func folder(of pageURL: String) -> Substring {
        let bytes = pageURL.utf8
        let end = bytes.last == UInt8(ascii: "/") ? bytes.index(before: bytes.endIndex) : bytes.endIndex
        guard let slash = bytes[..<end].lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return pageURL[...slash]
    }

    /// A link to an element of the page it is on.
    static func onPage(_ id: String) -> String { "#" + id }

    static func href(to target: String, fragment: String? = nil, from pageURL: String) -> String {
        let hash = fragment.map(onPage) ?? ""
        if target == pageURL { return hash.isEmpty ? "./" : hash }
        return shortest(to: target, from: pageURL) + hash
    }
}
