import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Wakes the watcher as soon as something in the watched folders changes, through inotify
/// on Linux. It only says "look now": the snapshots decide what changed, so a missed or
/// spurious wake-up costs at most one poll interval or one look. Where inotify is missing
/// (another system, or no watches left) `wait` simply sleeps the timeout: plain polling.
final class ChangeSignal: @unchecked Sendable {
    private let fd: Int32
    /// Folders already watched (inotify watches are per folder, not recursive).
    private var watched: Set<String> = []
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
        for folder in folders where !watched.contains(folder) {
            if inotify_add_watch(fd, folder, mask) >= 0 { watched.insert(folder) }
        }
        #endif
    }

    /// Forgets the watch list, so folders that were removed and made again are watched anew.
    func rewatch(_ folders: Set<String>) {
        watched = watched.intersection(folders)
        watch(folders)
    }

    /// Returns true when something changed within `timeout`, false when the time ran out.
    func wait(_ timeout: Duration) async -> Bool {
        let milliseconds = Int32(max(0, timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000))
        guard fd >= 0 else {
            try? await Task.sleep(for: timeout)
            return false
        }
        return await withCheckedContinuation { continuation in
            queue.async {
                continuation.resume(returning: self.blockingWait(milliseconds))
            }
        }
    }

    private func blockingWait(_ milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return false }
        // Drain the queued events; their content does not matter.
        var buffer = [UInt8](repeating: 0, count: 16384)
        while read(fd, &buffer, buffer.count) > 0 {}
        return true
    }
}
