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

/// Runs two independent pieces of work at once, one per core, and returns both results: for
/// a stage that need not wait for another (the preview renders an edited page while its
/// checks run). Both closures may only read what they share.
package func concurrently<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
    let a = Slots<A>(count: 1), b = Slots<B>(count: 1)
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            let work = UncheckedSendable((first, second))
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                if i == 0 { a.set(0, work.value.0()) } else { b.set(0, work.value.1()) }
            }
        }
    }
    // Both slots were filled above.
    guard let resultA = a.values[0], let resultB = b.values[0] else { preconditionFailure("concurrentPerform ran both") }
    return (resultA, resultB)
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
