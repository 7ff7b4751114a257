import Foundation
import PlanSite

/// What the responder needs to know about the last build, shared between the rebuild queue
/// and the request handlers.
final class PreviewState: @unchecked Sendable {
    struct Snapshot: Sendable {
        /// A successful build is in the output folder.
        var hasSite: Bool
        /// The diagnostics that stop the current sources from building (errors, and the
        /// warnings beside them); empty when the last build succeeded.
        var blocking: [Diagnostic]
        /// Changes with every published build; with `instance`, the page's build id.
        var generation: Int
    }

    /// Distinguishes this server from an earlier one on the same port, so a page that
    /// reconnects to a restarted server reloads.
    let instance = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    private var value = Snapshot(hasSite: false, blocking: [], generation: 0)
    private let lock = NSLock()

    var snapshot: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func update(_ change: (inout Snapshot) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        change(&value)
    }

    var buildID: String { "\(instance)-\(snapshot.generation)" }
}
