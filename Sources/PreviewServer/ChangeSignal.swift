import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wakes the watcher as soon as something in the watched folders changes, through inotify
/// on Linux, and says which paths the kernel named, so the watcher looks at those alone
/// instead of every file of a large site (6,300 at the benchmark's 100×). When the kernel
/// lost events (its queue overflowed) or a watched folder itself went away, it says only
/// "look everywhere". Where inotify is missing (another system, or no watches left) `wait`
/// simply sleeps the timeout: plain polling.
final class ChangeSignal: @unchecked Sendable {
    /// What woke the watcher.
    enum Wake: Equatable {
        /// Nothing changed within the timeout.
        case timeout
        /// These absolute paths (files or folders) were written, added or removed.
        case paths(Set<String>)
        /// Something changed, but not only the paths the kernel named: take a whole snapshot.
        case everywhere
    }

    private let fd: Int32
    /// Watch descriptor → the folder it watches (inotify watches are per folder, not
    /// recursive). Written by `watch` on the watcher's task, read while draining events on
    /// `queue`, so under `lock`.
    private var folders: [Int32: String] = [:]
    private var watched: Set<String> = []
    private let lock = NSLock()
    private let queue = DispatchQueue(label: "plansite.preview.inotify")

    init() {
        #if canImport(Glibc)
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        #else
        fd = -1
        #endif
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    var isAvailable: Bool { fd >= 0 }

    /// Watches every folder in `folders` not watched yet (new folders appear in snapshots).
    func watch(_ folders: Set<String>) {
        #if canImport(Glibc)
        guard fd >= 0 else { return }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)
        lock.lock()
        defer { lock.unlock() }
        for folder in folders where !watched.contains(folder) {
            let wd = inotify_add_watch(fd, folder, mask)
            if wd >= 0 {
                watched.insert(folder)
                self.folders[wd] = folder
            }
        }
        #endif
    }

    /// Forgets the watch list, so folders that were removed and made again are watched anew.
    func rewatch(_ folders: Set<String>) {
        lock.lock()
        watched = watched.intersection(folders)
        self.folders = self.folders.filter { folders.contains($0.value) }
        lock.unlock()
        watch(folders)
    }

    /// What changed within `timeout`.
    func wait(_ timeout: Duration) async -> Wake {
        let milliseconds = Int32(max(0, timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000))
        guard fd >= 0 else {
            try? await Task.sleep(for: timeout)
            return .timeout
        }
        return await withCheckedContinuation { continuation in
            queue.async {
                continuation.resume(returning: self.blockingWait(milliseconds))
            }
        }
    }

    private func blockingWait(_ milliseconds: Int32) -> Wake {
        #if canImport(Glibc)
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return .timeout }
        var paths: Set<String> = []
        var everywhere = false
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            lock.lock()
            everywhere = Self.paths(in: buffer[0..<count], folders: folders, into: &paths) || everywhere
            lock.unlock()
        }
        return everywhere ? .everywhere : .paths(paths)
        #else
        return .everywhere
        #endif
    }

    #if canImport(Glibc)
    /// The paths the events in `bytes` name; true when they cannot say everything that
    /// changed (an overflow, a watched folder removed or moved, an unknown watch).
    static func paths(in bytes: ArraySlice<UInt8>, folders: [Int32: String], into paths: inout Set<String>) -> Bool {
        let header = MemoryLayout<inotify_event>.size
        var offset = bytes.startIndex
        var everywhere = false
        while offset + header <= bytes.endIndex {
            let event = bytes[offset..<offset + header].withUnsafeBytes { $0.loadUnaligned(as: inotify_event.self) }
            let nameStart = offset + header
            let nameEnd = min(bytes.endIndex, nameStart + Int(event.len))
            offset = nameEnd
            if event.mask & UInt32(IN_IGNORED) != 0 { continue }
            if event.mask & UInt32(IN_Q_OVERFLOW | IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
                everywhere = true
                continue
            }
            guard let folder = folders[event.wd] else {
                everywhere = true
                continue
            }
            let nameBytes = bytes[nameStart..<nameEnd].prefix { $0 != 0 }
            guard !nameBytes.isEmpty else {
                paths.insert(folder)
                continue
            }
            paths.insert(folder + "/" + String(decoding: nameBytes, as: UTF8.self))
        }
        return everywhere
    }
    #endif
}
