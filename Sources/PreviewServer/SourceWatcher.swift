import Foundation
import ServiceLifecycle
import PlanSite

/// Watches the content folder and the `themes/` folder beside it and rebuilds after a burst
/// of saves has settled. The truth is a snapshot of every file's modification time, size and
/// inode. inotify wakes it at once on Linux and names the paths that changed, which alone
/// are looked at again; a whole snapshot is taken when the kernel cannot name them, every
/// `wholeLookInterval` as a safety net, and every `interval` where inotify is missing. On graceful shutdown it finishes the
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
    /// With inotify: how often the watcher wakes anyway (and notices a shutdown).
    static let safetyInterval: Duration = .milliseconds(250)
    /// With inotify: how often the watcher looks at every file anyway, for changes the
    /// kernel does not report (a network file system, a folder mounted from elsewhere).
    /// At 100× a whole look stats 6,300 files, so it is not taken on every wake.
    static let wholeLookInterval: Duration = .seconds(2)
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
        var lastWhole = clock.now
        while !Task.isCancelled {
            let wake = await signal.wait(signal.isAvailable ? Self.safetyInterval : interval)
            guard !Task.isCancelled else { break }
            let burstStart = clock.now
            var current: SourceSnapshot
            var named: Set<String>?
            if wake != .timeout {
                // Debounce: gather what changes until nothing was signalled for `quiet`.
                var gathered = wake
                while clock.now - burstStart < Self.maximumDelay {
                    let more = await signal.wait(quiet)
                    if more == .timeout { break }
                    gathered = gathered.merged(with: more)
                }
                if case .paths(let paths) = gathered {
                    named = paths
                    current = StageTimings.time("watch") { last.updating(paths, excluding: excluded) }
                } else {
                    current = SourceSnapshot.take(roots, excluding: excluded)
                    lastWhole = clock.now
                }
            } else if signal.isAvailable, clock.now - lastWhole < Self.wholeLookInterval {
                // inotify names every change; the whole look is a safety net, taken seldom.
                current = last
                named = []
            } else {
                lastWhole = clock.now
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
            // With named paths only those are compared: at 100× comparing whole snapshots
            // costs milliseconds on every save.
            let change = named.map { current.change(since: last, among: $0) } ?? current.change(since: last)
            let foldersMoved = named.map { $0.contains { current.folders.contains($0) || last.folders.contains($0) } } ?? (current.folders != last.folders)
            if foldersMoved { signal.rewatch(current.folders) }
            if change.paths.isEmpty {
                last = current
                if clock.now - lastPing > Self.pingInterval {
                    rebuilder.events.send(.ping)
                    lastPing = clock.now
                }
                continue
            }
            last = current
            await rebuilder.rebuild(change)
        }
    }
}

extension ChangeSignal.Wake {
    /// Two wakes of one burst together.
    func merged(with other: ChangeSignal.Wake) -> ChangeSignal.Wake {
        switch (self, other) {
        case (.timeout, let wake), (let wake, .timeout): wake
        case (.paths(let a), .paths(let b)): .paths(a.union(b))
        default: .everywhere
        }
    }
}
