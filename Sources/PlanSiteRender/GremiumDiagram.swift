import PlanSiteModel
import PlanSiteLoad
import PlanSiteIndex
/// Who reports to whom, drawn at build time as inline SVG (no JavaScript library). The SVG is
/// the one piece of page HTML besides Markdown that Swift writes: its coordinates are computed,
/// not templated. The figure around it and the same relations as a list for screen readers and
/// text browsers come from `gremia.mustache`. Gremia are placed in rows by their distance
/// from the top of the chain.
struct GremiumDiagram {
    let gremia: [Gremium]
    /// Each report to another gremium of the list, by index in `gremia`, in the order of the
    /// list: the region's `legt-verantwoording-af-aan` as the plan resolved it.
    let edges: [(from: Int, to: Int)]

    /// The gremia shown (all of a region, or those one document describes); a report to a
    /// gremium not shown is not drawn.
    init(_ resolved: [ResolvedGremium], in plan: ResolvedPlan) {
        gremia = resolved.map { plan.gremium($0.ref) }
        let position = Dictionary(resolved.enumerated().map { ($1.ref, $0) }, uniquingKeysWith: { first, _ in first })
        edges = resolved.enumerated().flatMap { from, g in
            g.reportsTo.compactMap(\.gremium).filter { $0 != g.ref }.compactMap { target in position[target].map { (from: from, to: $0) } }
        }
    }

    /// The drawing, or nil when no gremium reports to another (there is nothing to draw).
    /// Every box is a link to its gremium's page (`href`, by index in `gremia`).
    func svg(idPrefix: String, href: (Int) -> String) -> String? {
        guard !edges.isEmpty else { return nil }
        let involved = gremia.indices.filter { g in edges.contains { $0.from == g || $0.to == g } }
        // Depth: 0 for gremia that report to nobody; cycles are cut by the visited set.
        var depth: [Int: Int] = [:]
        func depthOf(_ g: Int, _ visiting: Set<Int>) -> Int {
            if let d = depth[g] { return d }
            let parents = edges.filter { $0.from == g }.map(\.to).filter { !visiting.contains($0) }
            let d = parents.isEmpty ? 0 : (parents.map { depthOf($0, visiting.union([g])) }.max() ?? 0) + 1
            depth[g] = d
            return d
        }
        for g in involved { _ = depthOf(g, []) }
        var rows: [[Int]] = []
        for g in involved {
            let d = depth[g] ?? 0
            while rows.count <= d { rows.append([]) }
            rows[d].append(g)
        }
        // Every label whole, wrapped over lines (never cut): the boxes are as wide as the
        // longest line and as high as the most lines need.
        let labels = Dictionary(uniqueKeysWithValues: involved.map { ($0, Self.lines(of: gremia[$0].afkorting ?? gremia[$0].naam)) })
        let longest = labels.values.flatMap { $0 }.map(\.count).max() ?? 10
        let mostLines = labels.values.map(\.count).max() ?? 1
        let boxW = max(120, longest * Self.characterWidth + 24), boxH = mostLines * Self.lineHeight + 18
        let gapX = 16, gapY = 48, pad = 8
        let widest = rows.map(\.count).max() ?? 1
        let width = pad * 2 + widest * boxW + (widest - 1) * gapX
        let height = pad * 2 + rows.count * boxH + (rows.count - 1) * gapY
        var position: [Int: (x: Int, y: Int)] = [:]
        for (rowIndex, row) in rows.enumerated() {
            let rowWidth = row.count * boxW + (row.count - 1) * gapX
            let start = (width - rowWidth) / 2
            for (i, g) in row.enumerated() {
                position[g] = (start + i * (boxW + gapX), pad + rowIndex * (boxH + gapY))
            }
        }
        let titleID = idPrefix + "diagram-titel"
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" aria-labelledby=\"\(HTMLEscape.attribute(titleID))\">\n"
        svg += "<title id=\"\(HTMLEscape.attribute(titleID))\">Schema: wie legt verantwoording af aan wie</title>\n"
        svg += "<defs><marker id=\"\(HTMLEscape.attribute(idPrefix))pijlpunt\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#4a4a4a\"/></marker></defs>\n"
        for edge in edges {
            guard let a = position[edge.from], let b = position[edge.to] else { continue }
            let line: (Int, Int, Int, Int)
            if a.y > b.y {
                line = (a.x + boxW / 2, a.y, b.x + boxW / 2, b.y + boxH)
            } else if a.y < b.y {
                line = (a.x + boxW / 2, a.y + boxH, b.x + boxW / 2, b.y)
            } else {
                let leftToRight = a.x < b.x
                line = (a.x + (leftToRight ? boxW : 0), a.y + boxH / 2, b.x + (leftToRight ? 0 : boxW), b.y + boxH / 2)
            }
            svg += "<line class=\"pijl\" x1=\"\(line.0)\" y1=\"\(line.1)\" x2=\"\(line.2)\" y2=\"\(line.3)\" stroke-width=\"1.5\" marker-end=\"url(#\(HTMLEscape.attribute(idPrefix))pijlpunt)\"/>\n"
        }
        for index in involved {
            guard let p = position[index] else { continue }
            let lines = labels[index] ?? []
            svg += "<a href=\"\(HTMLEscape.attribute(href(index)))\"><g class=\"knoop\"><rect x=\"\(p.x)\" y=\"\(p.y)\" width=\"\(boxW)\" height=\"\(boxH)\" rx=\"4\" stroke-width=\"1.5\"/>"
            let top = p.y + (boxH - lines.count * Self.lineHeight) / 2 + Self.lineHeight - 4
            svg += "<text text-anchor=\"middle\">"
            for (n, line) in lines.enumerated() {
                svg += "<tspan x=\"\(p.x + boxW / 2)\" y=\"\(top + n * Self.lineHeight)\">\(HTMLEscape.text(line))</tspan>"
            }
            svg += "</text></g></a>\n"
        }
        svg += "</svg>"
        return svg
    }

    /// The width of a character of the labels at their size (14 px), generously, so a line
    /// fits its box in any common sans-serif font; and the height of a line.
    static let characterWidth = 8
    static let lineHeight = 17

    /// A label in lines of at most 18 characters, broken between words (a longer word
    /// keeps its own line).
    static func lines(of label: String, width: Int = 18) -> [String] {
        var lines: [String] = []
        for word in label.split(separator: " ") {
            if let last = lines.last, last.count + 1 + word.count <= width {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        return lines.isEmpty ? [label] : lines
    }
}
