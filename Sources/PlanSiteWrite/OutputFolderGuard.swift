import PlanSiteModel
import Foundation

/// Decides, before anything is written, whether a folder may receive a built site. A build
/// replaces the whole output folder (and keeps the replaced one beside it for the next build
/// to recycle), so pointing `--output` at the content folder, at a folder above it, or at a
/// folder of someone's own files would hide and then delete those files. Folders plansite
/// made carry a marker file; any other non-empty folder is refused unless the user says
/// `--vervang`.
public enum OutputFolderGuard {
    /// The marker in the root of every output and staging folder plansite makes.
    public static let markerName = ".plansite"
    static let markerText = Data("Deze map is gemaakt door plansite. Een nieuwe bouw vervangt de hele map.\n".utf8)

    /// What a permitted write must say to the user first.
    public struct Permission: Sendable {
        /// Set when a foreign folder is replaced because the user asked for it.
        public var warning: String?
    }

    /// - Parameters:
    ///   - output: the folder the site goes to.
    ///   - content: the content folder; nil when there is none to protect (tests of the writer).
    ///   - replaceForeign: `--vervang`: a non-empty folder without the marker may be replaced.
    public static func check(output: String, content: String?, replaceForeign: Bool) throws(WriteError) -> Permission {
        // The folder is swapped out whole and the replaced one renamed beside it: through a
        // symbolic link that would be the link that moves, and the folder it points to that
        // is marked, recycled and emptied the build after.
        var named = stat()
        if lstat(absolute(output), &named) == 0, (named.st_mode & S_IFMT) == S_IFLNK {
            let behind = realPath(output)
            throw WriteError(description: "de uitvoermap `\(output)` is een symbolische koppeling (naar `\(behind)`); plansite vervangt de uitvoermap in haar geheel en zou de koppeling of de map erachter beschadigen. Geef de map zelf met --output: `--output \(behind)`")
        }
        let target = realPath(output)
        if let content {
            let source = realPath(content)
            if target == source {
                throw WriteError(description: "de uitvoermap `\(output)` is de inhoudsmap zelf; de bouw zou de bronnen vervangen. Kies een andere map met --output, bijvoorbeeld `site`")
            }
            if source.hasPrefix(target == "/" ? "/" : target + "/") {
                throw WriteError(description: "de uitvoermap `\(output)` bevat de inhoudsmap `\(content)`; de bouw zou de bronnen vervangen. Kies een map naast de inhoudsmap met --output, bijvoorbeeld `site`")
            }
            if target.hasPrefix(source + "/") {
                throw WriteError(description: "de uitvoermap `\(output)` ligt in de inhoudsmap `\(content)`; de volgende bouw zou haar als inhoud lezen. Kies een map buiten de inhoudsmap met --output, bijvoorbeeld `site`")
            }
        }
        var info = stat()
        guard lstat(target, &info) == 0 else { return Permission() }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw WriteError(description: "de uitvoermap `\(output)` bestaat al, maar is geen map")
        }
        // A mount point (a Docker volume, a share) cannot be swapped out: found before the
        // build, not after it as "is in gebruik".
        var parent = stat()
        if stat((target as NSString).deletingLastPathComponent, &parent) == 0, parent.st_dev != info.st_dev {
            throw WriteError(description: "de uitvoermap `\(output)` is een koppelpunt (een eigen schijf of volume); plansite vervangt de uitvoermap in haar geheel, en dat kan bij een koppelpunt niet. Geef een map daarbinnen met --output, bijvoorbeeld `\(output)/site`")
        }
        if isMarked(target) || isEmptyFolder(target) { return Permission() }
        guard replaceForeign else {
            throw WriteError(description: "de map `\(output)` bestaat al, is niet leeg en is niet door plansite gemaakt; de bouw zou deze bestanden vervangen. Kies een nieuwe of lege map met --output, of geef --vervang als de inhoud weg mag")
        }
        let kept = URL(fileURLWithPath: target).deletingLastPathComponent().appendingPathComponent(".\(URL(fileURLWithPath: target).lastPathComponent).oud").path
        // The replaced contents are kept there only if plansite may use that name.
        var keptInfo = stat()
        if lstat(kept, &keptInfo) == 0, !isPlansiteFolder(kept) {
            throw WriteError(description: "`\(kept)` bestaat al en is niet door plansite gemaakt, dus de oude inhoud van `\(output)` kan daar niet worden bewaard. Verplaats of verwijder `\(kept)` en bouw opnieuw")
        }
        return Permission(warning: "let op: de map `\(output)` is niet door plansite gemaakt en wordt vervangen (--vervang); de oude inhoud staat tot de volgende bouw in `\(kept)`")
    }

    /// True when the folder holds plansite's marker file (a site or staging folder it made).
    public static func isMarked(_ folder: String) -> Bool {
        var info = stat()
        return lstat(folder + "/" + markerName, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// True for a folder plansite made that it may recycle, empty or remove: a real folder
    /// with the marker, never a symbolic link to one (`.site.oud` pointing at a published
    /// site elsewhere would have had that site emptied).
    static func isPlansiteFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR && isMarked(path)
    }

    /// Puts the marker into a folder plansite has just made.
    static func mark(_ folder: String) throws(WriteError) {
        try SiteStaging.write(markerText, to: folder + "/" + markerName, replacing: true)
    }

    private static func isEmptyFolder(_ path: String) -> Bool {
        guard let dir = opendir(path) else { return false }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { return false }
        }
        return true
    }

    /// The real path of `path`, or of its nearest existing ancestor with the rest appended:
    /// the output folder need not exist yet, and `..` or a symbolic link must not hide that
    /// it is the content folder. Resolved as the kernel resolves it: `lnk/..` is the parent of
    /// the folder `lnk` points to, not the folder `lnk` is in, so `..` is never dropped from
    /// the text before the links are followed.
    static func realPath(_ path: String) -> String {
        var current = absolute(path)
        var missing: [String] = []
        while true {
            if let resolved = realpath(current, nil) {
                defer { free(resolved) }
                var result = String(cString: resolved)
                for part in missing.reversed() {
                    if part == "." || part.isEmpty { continue }
                    if part == ".." { result = (result as NSString).deletingLastPathComponent; continue }
                    result += (result.hasSuffix("/") ? "" : "/") + part
                }
                return result
            }
            guard let slash = current.lastIndex(of: "/"), current != "/" else { return URL(fileURLWithPath: path).standardizedFileURL.path }
            missing.append(String(current[current.index(after: slash)...]))
            current = slash == current.startIndex ? "/" : String(current[..<slash])
        }
    }

    /// `path` from the root, as given: relative to the working directory, nothing resolved.
    static func absolute(_ path: String) -> String {
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed.hasPrefix("/") { return trimmed }
        return FileManager.default.currentDirectoryPath + "/" + trimmed
    }
}

/// The one rule for a path inside the output: relative, no empty, `.` or `..` components, no
/// NUL. Every write and delete in an output or staging folder goes through it, so even a name
/// the load stage let through could never reach outside.
enum OutputPath {
    /// Split at its "/" bytes, as the file system reads the path (`pathParts`): split by
    /// Characters, a "/" that a combining mark follows was no separator (so `/\u{301}x` passed
    /// as relative), and that split cost 20,000 instructions a file.
    static func isSafe(_ path: String) -> Bool {
        // NUL found by memchr: by `contains` it was a byte loop of its own for every file.
        let holdsNUL = path.utf8.withContiguousStorageIfAvailable { $0.firstOffset(of: 0, in: 0..<$0.count) != nil } ?? path.utf8.contains(0)
        guard !holdsNUL else { return false }
        return path.pathParts(omittingEmpty: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    static func refused(_ path: String) -> WriteError {
        WriteError(description: "het pad `\(path.prefix(80))` valt buiten de uitvoermap en is niet geschreven")
    }
}
