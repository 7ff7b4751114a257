import Foundation
import ServiceLifecycle

/// Watches the content folder and the `themes/` folder beside it and rebuilds after a burst
/// of saves has settled. inotify wakes it at once on Linux; the truth is always a snapshot
/// of every file's modification time, size and inode, taken on waking and, as a safety net
/// (and where inotify is missing), every `interval`. On graceful shutdown it finishes the
/// rebuild under way, then ends every open event stream so the server can close them.
struct SourceWatcher: Service {
    let roots: [String]
    /// Left out of the snapshots: an output folder inside a watched one.
    let excluded: String
    let rebuilder: SiteRebuilder
    /// Time between two looks at the folders when nothing wakes the watcher.
    let interval: Duration
    /// A burst of saves is over once nothing changed for this long.
    let quiet: Duration
    /// How the watcher starts: the snapshot the first build was made from.
    let initial: SourceSnapshot

    /// A ping on idle event streams, so a closed page is noticed.
    static let pingInterval: Duration = .seconds(15)
    /// With inotify: how often the watcher looks anyway (and notices a shutdown).
    static let safetyInterval: Duration = .milliseconds(250)
    /// The longest a continuous stream of changes can hold a rebuild back.
    static let maximumDelay: Duration = .seconds(1)

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await self.watch()
        }
        rebuilder.events.finish()
    }

    private func watch() async {
        let clock = ContinuousClock()
        let signal = ChangeSignal()
        var last = initial
        signal.watch(last.folders)
        var lastPing = clock.now
        while !Task.isCancelled {
            let woken = await signal.wait(signal.isAvailable ? Self.safetyInterval : interval)
            guard !Task.isCancelled else { break }
            let burstStart = clock.now
            var current: SourceSnapshot
            if woken {
                // Debounce: wait until no change was signalled for `quiet`.
                while clock.now - burstStart < Self.maximumDelay, await signal.wait(quiet) {}
                current = SourceSnapshot.take(roots, excluding: excluded)
            } else {
                current = SourceSnapshot.take(roots, excluding: excluded)
                // Polling: wait until two snapshots `quiet` apart agree.
                while current != last, clock.now - burstStart < Self.maximumDelay {
                    try? await Task.sleep(for: quiet)
                    let again = SourceSnapshot.take(roots, excluding: excluded)
                    if again == current { break }
                    current = again
                }
            }
            guard !Task.isCancelled else { break }
            if current.folders != last.folders { signal.rewatch(current.folders) }
            if current == last {
                if clock.now - lastPing > Self.pingInterval {
                    rebuilder.events.send(.ping)
                    lastPing = clock.now
                }
                continue
            }
            let change = current.change(since: last)
            last = current
            await rebuilder.rebuild(change)
        }
    }
}
