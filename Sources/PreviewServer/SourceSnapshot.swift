import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The state of the watched folders at one moment: every file's modification time, size and
/// inode. Two snapshots differ exactly when a file was added, removed, replaced or written.
/// A walk over the bundled content (about 70 files) takes well under a millisecond, so the
/// watcher can afford to take one every few tens of milliseconds.
struct SourceSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int
        var inode: UInt64
    }

    var files: [String: Stamp] = [:]
    /// Every folder walked, for the inotify watches.
    var folders: Set<String> = []

    /// Walks `roots` (missing ones are skipped), following symbolic links to folders once.
    /// Hidden names and editor backups (`~`) are left out: the loader ignores them too.
    static func take(_ roots: [String], excluding excluded: String = "") -> SourceSnapshot {
        var snapshot = SourceSnapshot()
        var visited: Set<[UInt64]> = []
        for root in roots { walk(root, excluding: excluded, into: &snapshot, visited: &visited) }
        return snapshot
    }

    private static func walk(_ folder: String, excluding excluded: String, into snapshot: inout SourceSnapshot, visited: inout Set<[UInt64]>) {
        var info = stat()
        guard folder != excluded, stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
              visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted,
              let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        snapshot.folders.insert(folder)
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name.hasPrefix(".") || name.hasSuffix("~") { continue }
            names.append(name)
        }
        for name in names {
            let path = folder + "/" + name
            var child = stat()
            guard stat(path, &child) == 0 else { continue }
            if (child.st_mode & S_IFMT) == S_IFDIR {
                walk(path, excluding: excluded, into: &snapshot, visited: &visited)
            } else {
                #if canImport(Darwin)
                let time = child.st_mtimespec
                #else
                let time = child.st_mtim
                #endif
                snapshot.files[path] = Stamp(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec),
                                             size: Int(child.st_size), inode: UInt64(child.st_ino))
            }
        }
    }

    /// The files that differ between two snapshots: added, removed or written.
    func change(since old: SourceSnapshot) -> SiteRebuilder.Change {
        var change = SiteRebuilder.Change()
        for (path, stamp) in files where old.files[path] != stamp {
            change.paths.append(path)
            if old.files[path] == nil { change.addedOrRemoved = true }
        }
        for path in old.files.keys where files[path] == nil {
            change.paths.append(path)
            change.addedOrRemoved = true
        }
        change.paths.sort()
        return change
    }
}
