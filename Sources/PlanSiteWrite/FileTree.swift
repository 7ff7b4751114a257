import PlanSiteModel
import Foundation

/// The few folder operations the writers need, as plain system calls: they run once per page,
/// from several threads, where `FileManager` adds a `stat` per path component.
enum FileTree {
    /// `mkdir -p`: creates `path` and any missing parents; an existing folder is fine.
    static func makeDirectories(_ path: String) throws(WriteError) {
        if mkdir(path, 0o777) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash > path.startIndex else {
            throw WriteError(description: "de map `\(path)` kan niet worden gemaakt: \(SystemErrorText.dutch(errno: errno))")
        }
        try makeDirectories(String(path[..<slash]))
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
            throw WriteError(description: "de map `\(path)` kan niet worden gemaakt: \(SystemErrorText.dutch(errno: errno))")
        }
    }

    /// Removes whatever stands where `path` or one of its folders must go: a folder at `path`
    /// itself, or a file in place of one of its parent folders.
    static func clearWay(to path: String) {
        var info = stat()
        if lstat(path, &info) == 0 {
            remove(path)
            return
        }
        var folder = path
        while let slash = folder.lastIndex(of: "/"), slash > folder.startIndex {
            folder = String(folder[..<slash])
            if lstat(folder, &info) == 0 {
                if (info.st_mode & S_IFMT) != S_IFDIR { unlink(folder) }
                return
            }
        }
    }

    /// Removes a file or folder tree if it is there.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Removes a folder plansite made (a site, a staging folder, an old site) with its
    /// marker last: a build killed half way through the removal leaves a folder the next
    /// build still knows as its own and removes (`StaleStaging`). Removed in directory
    /// order, the marker could go first, and what remained stayed beside the output for good.
    static func removeSite(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            unlink(path)
            return
        }
        if let names = try? FileManager.default.contentsOfDirectory(atPath: path) {
            for name in names where name != OutputFolderGuard.markerName { remove(path + "/" + name) }
        }
        unlink(path + "/" + OutputFolderGuard.markerName)
        rmdir(path)
    }

    /// The regular files under `root`, as paths relative to it. Anything that is neither a
    /// folder nor a regular file (a symbolic link someone put there) is removed, so writing
    /// into the tree afterwards can never be sent somewhere else.
    static func survey(_ root: String) -> Set<String> {
        var files: Set<String> = []
        func walk(_ relative: String) {
            let path = relative.isEmpty ? root : root + "/" + relative
            guard let dir = opendir(path) else { return }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(root + "/" + child, &info) == 0 else { continue }
                    type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : Int32(DT_LNK)
                }
                switch type {
                case Int32(DT_DIR): walk(child)
                case Int32(DT_REG): files.insert(child)
                default: unlink(root + "/" + child)
                }
            }
        }
        walk("")
        return files
    }
}

/// Where a published build leaves the site it replaced: `.<output>.oud` beside the output.
/// The next build reuses it as its staging folder: its folders already exist and most of its
/// files already hold the right bytes, so that build overwrites only what changed and creates
/// almost nothing. On this kind of file system, creating 16,000 files and folders costs
/// 12–17 s of kernel time where comparing them costs under one.
struct OldSiteTrash {
    let path: String

    init(output: URL) {
        path = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).oud").path
    }

    /// Takes a replaced site; if it cannot be moved into the trash it is deleted now. A folder
    /// at the trash's name that plansite did not make is left alone.
    func receive(_ oldSite: String) {
        var info = stat()
        if lstat(path, &info) == 0, !OutputFolderGuard.isPlansiteFolder(path) {
            FileTree.removeSite(oldSite)
            return
        }
        FileTree.removeSite(path)
        if rename(oldSite, path) != 0 {
            FileTree.removeSite(oldSite)
            return
        }
        // A foreign folder replaced on `--vervang` becomes plansite's to recycle.
        try? OutputFolderGuard.mark(path)
    }
}

/// Staging folders of builds that were killed (`kill -9`, a power cut) before they could
/// clean up: `.<output>.nieuw-<pid>` beside the output, marked by plansite, whose process is
/// gone. Each can hold a whole site, so the next build removes them.
enum StaleStaging {
    static func removeLeftovers(beside output: URL) {
        let parent = output.deletingLastPathComponent().path
        let prefix = ".\(output.lastPathComponent).nieuw-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid > 0, pid != getpid() else { continue }
            // Still running (or not ours to signal): leave it.
            if kill(pid, 0) == 0 || errno == EPERM { continue }
            let folder = parent + "/" + name
            // Unmarked, it is removed only when empty (killed between mkdir and the marker).
            if OutputFolderGuard.isPlansiteFolder(folder) { FileTree.removeSite(folder) } else { rmdir(folder) }
        }
    }
}
