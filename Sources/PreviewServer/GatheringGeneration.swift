import Foundation

/// Which edit's gathering (its gemeente pages and the search index, `EditPass.gathering`)
/// may still be written, and what it has to make. Every save and every whole build takes
/// the next number; a gathering is written only while its number is the last one taken,
/// and stops early once it is not (`RenderContext.stillWanted`). A stopped gathering's
/// gemeenten stay pending, so the next edit's gathering makes their pages as well: an edit
/// naming Wageningen followed quickly by one naming Nijmegen leaves neither page stale.
final class GatheringGeneration: @unchecked Sendable {
    private var current = 0
    /// The gemeenten whose pages an edit changed and no gathering has written yet.
    private var pending: Set<String> = []
    private let lock = NSLock()

    /// A new number, for a save: the gathering under way, if any, is stale now.
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        current += 1
        return current
    }

    /// A new number for an edit's gathering, and every gemeente it has to make: its own
    /// and those of the gatherings stopped before they were written.
    func next(adding gemeenten: Set<String>) -> (Int, Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        current += 1
        pending.formUnion(gemeenten)
        return (current, pending)
    }

    /// A new number for a whole build, which writes every page itself: nothing is pending.
    func startAfresh() {
        lock.lock()
        defer { lock.unlock() }
        current += 1
        pending = []
    }

    func isCurrent(_ generation: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return generation == current
    }

    /// Runs `write` holding the lock when `generation` is the last one, so a newer edit or
    /// whole build cannot start between the check and the write; when it reports the files
    /// written, nothing is pending any more (a newer edit would have taken a newer number).
    func whileCurrent(_ generation: Int, _ write: () -> Bool) {
        lock.lock()
        defer { lock.unlock() }
        if generation == current, write() { pending = [] }
    }
}
