import PlanSiteModel
/// One source line as UTF-8 bytes with the character column of every byte column, built
/// once per line. The converter asks for many positions on the same line (every link,
/// footnote reference and HTML tag); walking the line from its start for each of them made
/// a long line quadratic, so positions are searched in the bytes and looked up here.
final class LineColumns {
    let bytes: [UInt8]
    private let line: Substring
    /// 0-based character offset of each byte offset `0...bytes.count`, built on the
    /// `lookupsBeforeTable`-th lookup of a line that is not ASCII: walking every character of
    /// a line costs more than the few lookups most lines get, and the table keeps a line with
    /// thousands of positions linear.
    private var characterOffsets: [Int32]?
    private let isASCII: Bool
    private var lookups = 0
    private static let lookupsBeforeTable = 4

    init(_ line: Substring) {
        // Copied as one block where the line's storage allows (it always does for text read
        // from a file); element by element the copy was the largest part of this type's cost.
        let bytes = line.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(line.utf8)
        self.bytes = bytes
        self.line = line
        isASCII = bytes.withUnsafeBufferPointer(ByteWord.allASCII)
    }

    /// The table from the bytes alone when every scalar of the line is a character of its
    /// own (`SeparateScalars`): Dutch text (é, ë, ’, –, “”, …) needs no grapheme breaking,
    /// which made building the table a sixth of the Markdown conversion.
    private static func scalarTable(_ bytes: [UInt8]) -> [Int32]? {
        bytes.withUnsafeBufferPointer { bytes -> [Int32]? in
            var table = [Int32](repeating: 0, count: bytes.count + 1)
            var scalar: Int32 = -1
            for i in bytes.indices {
                if bytes[i] & 0xC0 != 0x80 {
                    guard SeparateScalars.isSeparate(bytes, at: i) else { return nil }
                    scalar += 1
                }
                // A byte inside a scalar counts as that scalar's start (see `table`).
                table[i] = scalar
            }
            table[bytes.count] = scalar + 1
            return table
        }
    }

    private static func table(_ line: Substring, byteCount: Int) -> [Int32] {
        var table = [Int32](repeating: 0, count: byteCount + 1)
        var byte = 0
        var count: Int32 = 0
        for character in line {
            let length = character.utf8.count
            // Same answer as counting the characters of the prefix: a prefix that ends inside
            // the first scalar of a character is cut back to the character's start; one that
            // ends after it holds a partial character, which counts as one.
            let firstScalar = character.unicodeScalars.first.map { UTF8.width($0) } ?? length
            table[byte] = count
            for k in 1..<max(1, length) where byte + k < table.count {
                table[byte + k] = k < firstScalar ? count : count + 1
            }
            byte += length
            count += 1
        }
        if byteCount < table.count { table[byteCount] = count }
        return table
    }

    /// The 1-based character column of a 1-based byte column, as
    /// `StringProtocol.characterColumn(ofByteColumn:)` computes it.
    func characterColumn(ofByteColumn byteColumn: Int) -> Int {
        let target = max(0, min(byteColumn - 1, bytes.count))
        if isASCII { return target + 1 }
        if characterOffsets == nil {
            lookups += 1
            if lookups < Self.lookupsBeforeTable { return line.characterColumn(ofByteColumn: byteColumn) }
            characterOffsets = Self.scalarTable(bytes) ?? Self.table(line, byteCount: bytes.count)
        }
        return Int(characterOffsets?[target] ?? Int32(target)) + 1
    }

    /// The byte offset of `needle` closest to `near` (the leftmost on a tie). Searches outward
    /// from `near`, so the cost is the distance to the answer, not the length of the line.
    func nearest(_ needle: [UInt8], near: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        let last = bytes.count - needle.count
        func matches(_ i: Int) -> Bool {
            guard i >= 0, i <= last, bytes[i] == first else { return false }
            for k in 1..<needle.count where bytes[i + k] != needle[k] { return false }
            return true
        }
        let center = max(0, min(near, last))
        var distance = 0
        // Past both ends nothing is left to find.
        while center - distance >= 0 || center + distance <= last {
            if matches(center - distance) { return center - distance }
            if distance > 0, matches(center + distance) { return center + distance }
            distance += 1
        }
        return nil
    }
}
