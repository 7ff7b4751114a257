import Foundation
import PlanSite

/// Fuzz entry (d): the bytes as a link destination (`actielijn:1.1@plan-2024#x`,
/// `../plan-2025/01-opgaven.md`, ...), resolved from every context of a small indexed site.
@discardableResult
public func fuzzReferences(_ data: Data) -> [String] {
    guard let site = FuzzSite.site else { return ["the fuzz site did not load"] }
    let destination = String(decoding: data, as: UTF8.self)
    let resolver = ReferenceResolver(site: site)
    var problems: [String] = []
    for context in FuzzSite.contexts {
        guard case .target(let target) = resolver.resolve(destination, from: context) else { continue }
        // A resolved link stays inside the site: it is written into pages as a relative URL.
        if target.url.hasPrefix("/") || target.url.split(separator: "/").contains("..") {
            problems.append("`\(destination)` resolved outside the site: \(target.url)")
        }
    }
    return problems
}
