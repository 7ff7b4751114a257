import Foundation
import PlanSite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps a request path onto a file inside the output folder, and onto nothing else.
///
/// The raw request target is split on `/` before it is percent-decoded, so an encoded slash
/// (`%2f`) can never make a new path segment; a segment that decodes to `.`, `..`, a name
/// with `/`, `\` or NUL, or a hidden name is refused outright (no normalising). What is left
/// is resolved with `realpath`, symbolic links included, and must still lie inside the
/// folder's own real path. Anything else is "not found".
struct OutputFolder: Sendable {
    let root: String

    enum Resolution: Equatable, Sendable {
        case file(String)
        /// A folder asked for without its trailing slash: send the browser to `location`.
        case redirect(String)
        case notFound
    }

    func resolve(_ target: String) -> Resolution {
        let path = String(target.prefix { $0 != "?" && $0 != "#" })
        let query = target.dropFirst(path.count).prefix { $0 != "#" }
        guard path.hasPrefix("/") else { return .notFound }
        var segments: [String] = []
        for raw in path.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            guard let decoded = raw.removingPercentEncoding, !decoded.isEmpty,
                  decoded != ".", decoded != "..", !decoded.hasPrefix("."),
                  !decoded.contains("/"), !decoded.contains("\\"), !decoded.contains("\0") else { return .notFound }
            segments.append(decoded)
        }
        guard let base = Self.realPath(root) else { return .notFound }
        let candidate = segments.isEmpty ? base : base + "/" + segments.joined(separator: "/")
        guard let real = Self.realPath(candidate), Self.isInside(real, base) else { return .notFound }
        var info = stat()
        guard stat(real, &info) == 0 else { return .notFound }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            return path.hasSuffix("/") ? .notFound : .file(real)
        case S_IFDIR:
            guard path.hasSuffix("/") else {
                let encoded = segments.map { $0.addingPercentEncoding(withAllowedCharacters: Self.segmentCharacters) ?? $0 }
                return .redirect("/" + encoded.joined(separator: "/") + "/" + query)
            }
            guard let index = Self.realPath(real + "/" + Route.pageFile), Self.isInside(index, base),
                  stat(index, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .notFound }
            return .file(index)
        default:
            return .notFound
        }
    }

    /// The site's own `404.html`, when it has one (and it lies inside the folder).
    func notFoundPage() -> Data? {
        guard case .file(let path) = resolve("/" + Route.notFound.url) else { return nil }
        return FileManager.default.contents(atPath: path)
    }

    static func isInside(_ path: String, _ base: String) -> Bool {
        path == base || path.hasPrefix(base == "/" ? "/" : base + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static let segmentCharacters: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: "/?#")
        return set
    }()
}
