extension Collection {
    /// `compactMap` into storage sized once to this collection's count. The standard
    /// `compactMap` grows its result by doubling, and the arrays the load makes (every
    /// gremium and begrip of the site, their lists) live through the whole build: grown, they
    /// kept up to half their storage unused (some 5 MB of the 100× corpus at its peak).
    @inlinable
    package func compactMapSized<T>(_ transform: (Element) throws -> T?) rethrows -> [T] {
        var out: [T] = []
        out.reserveCapacity(count)
        for element in self {
            if let value = try transform(element) { out.append(value) }
        }
        return out
    }
}
