import Foundation

/// The few folder operations the writers need, as plain system calls: they run once per page,
/// from several threads, where `FileManager` adds a `stat` per path component.
enum FileTree {
    /// `mkdir -p`: creates `path` and any missing parents; an existing folder is fine.
    static func makeDirectories(_ path: String) throws(WriteError) {
        if mkdir(path, 0o777) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash > path.startIndex else {
            throw WriteError(description: "de map `\(path)` kan niet worden gemaakt: \(String(cString: strerror(errno)))")
        }
        try makeDirectories(String(path[..<slash]))
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
            throw WriteError(description: "de map `\(path)` kan niet worden gemaakt: \(String(cString: strerror(errno)))")
        }
    }

    /// Removes a file or folder tree if it is there.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Where a published build leaves the site it replaced: `.<output>.oud` beside the output.
/// Deleting a large site takes seconds of file-system work (16,000 files: 2.5 s here), so it is
/// not done while the user waits for `build` to publish; the next build empties the trash on a
/// background thread while it loads and renders, and waits for that before it publishes.
final class OldSiteTrash: @unchecked Sendable {
    let path: String
    private let emptied = DispatchGroup()

    init(output: URL) {
        path = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).oud").path
    }

    /// Starts deleting what a previous build left, if anything. Nothing else touches the
    /// trash until `waitUntilEmpty()` returns.
    func emptyInBackground() {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        emptied.enter()
        let group = emptied
        let doomed = path
        Thread.detachNewThread {
            FileTree.remove(doomed)
            group.leave()
        }
    }

    func waitUntilEmpty() {
        emptied.wait()
    }

    /// Takes a replaced site; if it cannot be moved into the trash it is deleted now.
    func receive(_ oldSite: String) {
        FileTree.remove(path)
        if rename(oldSite, path) != 0 { FileTree.remove(oldSite) }
    }
}
