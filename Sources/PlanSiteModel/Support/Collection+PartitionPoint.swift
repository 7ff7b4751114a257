extension RandomAccessCollection {
    /// The index of the first element for which `isAfter` holds, in a collection where it
    /// holds for a suffix only (a list in site order asked "at or past this document?"):
    /// found by bisection, so the preview's update finds one document's run in a list of
    /// thousands without walking it. Inlinable, so each caller gets it specialized: the
    /// search cards ask it for a record's posting 60,000 times at 10×, and through the
    /// generic witness each bisection cost fifteen times its work.
    @inlinable package func partitionPoint(where isAfter: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if try isAfter(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
