/// Links between pages are relative, so a built site works under any base path and in the
/// preview server alike. Page URLs are folders ending in "/" (or "" for the home page).
enum RelativeURL {
    /// "../" once per folder of `pageURL`.
    static func root(from pageURL: String) -> String {
        let depth = pageURL.split(separator: "/").count
        return String(repeating: "../", count: depth)
    }

    static func href(to target: String, fragment: String? = nil, from pageURL: String) -> String {
        let hash = fragment.map { "#" + $0 } ?? ""
        if target == pageURL { return hash.isEmpty ? "./" : hash }
        let path = root(from: pageURL) + target
        return (path.isEmpty ? "./" : path) + hash
    }
}
