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

    /// This snapshot with `paths` looked at again, and nothing else: what `take` would give
    /// when only those paths changed (the watcher's inotify events name them). A path that
    /// is now a folder is walked whole; one that is gone takes whatever was below it along.
    func updating(_ paths: Set<String>, excluding excluded: String = "") -> SourceSnapshot {
        var next = self
        for path in paths.sorted() {
            let name = path.split(separator: "/").last ?? ""
            let inExcluded = !excluded.isEmpty && (path == excluded || path.hasPrefix(excluded + "/"))
            guard !name.hasPrefix("."), !name.hasSuffix("~"), !inExcluded else { continue }
            // Whatever the path held before goes; what it holds now comes back below.
            if next.folders.contains(path) {
                let below = path + "/"
                next.files = next.files.filter { !$0.key.hasPrefix(below) }
                next.folders = next.folders.filter { $0 != path && !$0.hasPrefix(below) }
            }
            next.files[path] = nil
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var visited: Set<[UInt64]> = []
                Self.walk(path, excluding: excluded, into: &next, visited: &visited)
            } else {
                next.files[path] = Stamp(info)
            }
        }
        return next
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
                snapshot.files[path] = Stamp(child)
            }
        }
    }

    /// `change(since:)` when only `paths` (files, or folders with everything below them)
    /// can differ, as after `updating(paths)`: it looks at those alone.
    func change(since old: SourceSnapshot, among paths: Set<String>) -> SiteRebuilder.Change {
        var candidates: Set<String> = []
        for path in paths {
            if folders.contains(path) || old.folders.contains(path) {
                let below = path + "/"
                candidates.formUnion(files.keys.filter { $0.hasPrefix(below) })
                candidates.formUnion(old.files.keys.filter { $0.hasPrefix(below) })
            } else {
                candidates.insert(path)
            }
        }
        var change = SiteRebuilder.Change()
        for path in candidates where files[path] != old.files[path] {
            change.paths.append(path)
            if files[path] == nil || old.files[path] == nil { change.addedOrRemoved = true }
        }
        change.paths.sort()
        return change
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

extension SourceSnapshot.Stamp {
    init(_ info: stat) {
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        self.init(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), size: Int(info.st_size), inode: UInt64(info.st_ino))
    }
}
