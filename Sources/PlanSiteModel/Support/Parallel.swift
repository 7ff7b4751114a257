import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` over the cores, results in the array's order. For stages whose items are
    /// independent (files to load, documents to check, pages to render).
    package func parallelMap<T>(_ transform: (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = Slots<T>(count: count)
        withoutActuallyEscaping(transform) { transform in
            let work = UncheckedSendable(transform)
            DispatchQueue.concurrentPerform(iterations: count) { i in
                slots.set(i, work.value(self[i]))
            }
        }
        // Every slot was filled above; compactMap only unwraps the slot itself.
        return slots.values.compactMap { $0 }
    }
}

/// Runs `background` on another thread while `inline` runs on this one, and returns both
/// results: for a stage that need not wait for another (the preview renders an edited page
/// while its checks run). Not `concurrentPerform`: work nested in one of its iterations
/// runs on that one thread, and `inline` spreads its own pages over the cores.
package func concurrently<A, B: Sendable>(_ inline: () -> A, alongside background: @escaping @Sendable () -> B) -> (A, B) {
    let result = Slots<B>(count: 1)
    let group = DispatchGroup()
    DispatchQueue.global(qos: .userInitiated).async(group: group) { result.set(0, background()) }
    let a = inline()
    group.wait()
    // The group waited for the one slot to be filled.
    guard let b = result.values[0] else { preconditionFailure("the background work set its result") }
    return (a, b)
}

/// Fixed slots that parallel workers fill by index, each slot written once.
package final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    package init(count: Int) { storage = Array(repeating: nil, count: count) }

    package func set(_ index: Int, _ value: Value?) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    package var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// Values appended by parallel workers, in no particular order.
package final class Collector<Value>: @unchecked Sendable {
    private var storage: [Value] = []
    private let lock = NSLock()

    package init() {}

    package func append(_ value: Value) {
        lock.lock()
        storage.append(value)
        lock.unlock()
    }

    package var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// Hands a closure to `concurrentPerform` whose captures the caller knows are only read.
private struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
