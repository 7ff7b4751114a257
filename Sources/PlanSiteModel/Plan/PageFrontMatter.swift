/// The front matter of a chapter, bijlage or verantwoording file.
public struct PageFrontMatter: Sendable {
    public var titel: Located<String>?
    public var nummer: Located<String>?
    /// A bijlage's number as the source prints it when that is more than "Bijlage N":
    /// `nummer: "10.1 Bijlage 1"` is bijlage 1, shown as "10.1 Bijlage 1".
    public var printedNumber: String?
    public var id: Located<String>?
    public var toon: Located<String>?
    public var doel: RichText?

    public init(titel: Located<String>? = nil, nummer: Located<String>? = nil, printedNumber: String? = nil, id: Located<String>? = nil, toon: Located<String>? = nil, doel: RichText? = nil) {
        self.titel = titel
        self.nummer = nummer
        self.printedNumber = printedNumber
        self.id = id
        self.toon = toon
        self.doel = doel
    }
}

import Foundation
