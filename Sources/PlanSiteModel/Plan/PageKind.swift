/// What a Markdown page of a document is; it follows from the file's folder and name.
public enum PageKind: Sendable {
    case chapter, bijlage, verantwoording
}
