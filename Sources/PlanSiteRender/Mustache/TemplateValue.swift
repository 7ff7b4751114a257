/// A value as a template sees it. A view answers a name with one of these, so rendering
/// switches over five cases instead of asking the runtime which protocols an `Any`
/// conforms to: those dynamic casts were half of all build time with swift-mustache.
///
/// A view or a list is held through a class (`TemplateViewRef`, `TemplateListRef`), so a
/// value is a few words that copy with a retain: the renderer copies one for every entry it
/// pushes and every view it asks for a name, and with the view's existential inline each of
/// those copies went through its value witnesses (80 instructions; 1.7 million copies, 2 %
/// of a 10× build's instructions).
enum TemplateValue {
    case text(String)
    case number(Int)
    case flag(Bool)
    case view(TemplateViewRef)
    case list(TemplateListRef)
}

extension TemplateValue {
    /// The field `name` of a view, by its `TemplateField` when it has one; nil for any other
    /// value, or a view without that field.
    func child(_ field: TemplateField?, named name: String) -> TemplateValue? {
        guard case .view(let ref) = self else { return nil }
        if let field { return ref.view.child(field)?.templateValue }
        return ref.view.child(named: name)?.templateValue
    }
}

final class TemplateViewRef {
    let view: any TemplateView
    init(_ view: any TemplateView) { self.view = view }
}

final class TemplateListRef: TemplateList {
    let list: any TemplateList
    init(_ list: any TemplateList) { self.list = list }
    var count: Int { list.count }
    func templateValue(at index: Int) -> TemplateValue { list.templateValue(at: index) }
}

/// What a view field may hold: text, a number, a flag, a nested view, or a list of those.
/// A view's `child(_:)` returns its stored field as is; the field's type says which case
/// it becomes, so a field of another type does not compile.
protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

/// A list a section repeats over, read by position so no array of existentials is built.
protocol TemplateList {
    var count: Int { get }
    func templateValue(at index: Int) -> TemplateValue
}

extension String: TemplateValueConvertible {
    var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateValueConvertible {
    var templateValue: TemplateValue { .number(self) }
}

extension Bool: TemplateValueConvertible {
    var templateValue: TemplateValue { .flag(self) }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    var templateValue: TemplateValue { .list(TemplateListRef(self)) }
}

extension Array: TemplateList where Element: TemplateValueConvertible {
    func templateValue(at index: Int) -> TemplateValue { self[index].templateValue }
}
