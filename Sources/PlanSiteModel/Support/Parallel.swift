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

    /// `parallelMap` that hands each element to `transform` as its only owner: the array is
    /// consumed, so a transform that changes what it was given (the index stage naming the
    /// blocks of a loaded page) changes it in place instead of copying a tree the array
    /// still holds. A build's trees are its largest data; a copy of them is its peak.
    /// - Parameter transform: called with each element's position and the element, which
    ///   no one else holds (`inout`, so no copy is made to pass it on).
    package consuming func parallelMapOwning<T>(_ transform: (Int, inout Element) -> T) -> [T] {
        let count = self.count
        let items = Slots<Element>(taking: self)
        let slots = Slots<T>(count: count)
        withoutActuallyEscaping(transform) { transform in
            let work = UncheckedSendable(transform)
            DispatchQueue.concurrentPerform(iterations: count) { i in
                // Every slot holds its element until this one iteration takes it.
                guard var item = items.take(i) else { return }
                slots.set(i, work.value(i, &item))
            }
        }
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

/// Lets go of `value` on another thread. Freeing a large graph of objects one by one (the
/// render context and then the parsed site, every Markdown tree, at the end of a build's
/// render: about 0.1 s at 100×) is serial work the caller need not wait for. Frees nothing
/// where the caller, or anyone, still holds the value.
package func releaseInBackground<T: Sendable>(_ value: consuming T) {
    let held = Slots<T>(taking: [value])
    DispatchQueue.global(qos: .userInitiated).async { _ = held.take(0) }
}

/// Fixed slots that parallel workers fill by index, each slot written once.
package final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    package init(count: Int) { storage = Array(repeating: nil, count: count) }

    /// Slots filled with `values`, which the caller no longer holds (see `take`).
    package init(taking values: consuming [Value]) { storage = values.map { $0 } }

    /// Moves the value out of its slot, leaving it empty, so the taker owns it alone.
    package func take(_ index: Int) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        let value = storage[index]
        storage[index] = nil
        return value
    }

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
