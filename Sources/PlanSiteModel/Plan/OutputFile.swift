import Foundation

/// One file of the built site, by path relative to the output folder.
public struct OutputFile: Sendable {
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    public init(path: String, text: String) {
        self.path = path
        self.data = Data(text.utf8)
    }
}
