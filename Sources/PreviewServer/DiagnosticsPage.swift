import PlanSite

/// The page served for every path while there is no site yet (the first build failed): the
/// diagnostics as a list, readable without JavaScript, with the reload script so the page
/// turns into the site as soon as the sources build.
enum DiagnosticsPage {
    static func html(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let heading = errors == 1 ? "1 fout in de bronnen" : "\(max(errors, diagnostics.count)) fouten in de bronnen"
        var items = ""
        for d in diagnostics {
            items += "<li><p><strong><code>\(escape(d.code.rawValue))</code></strong> \(escape(d.severity.dutch)) in "
                + "<code>\(escape("\(d.location.file):\(d.location.line):\(d.location.column)"))</code></p>"
                + "<p>\(escape(d.message))</p>"
                + (d.hint.map { "<p class=\"hulp\">hulp: \(escape($0))</p>" } ?? "")
                + "</li>\n"
        }
        return """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>De site kan nog niet worden gebouwd – plansite</title>
        <style>
        body{font:1rem/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fff;max-width:48rem;margin:0 auto;padding:1rem}
        h1{color:#b3261e;font-size:1.5rem}li{margin:1rem 0;padding-left:.75rem;border-left:.3rem solid #b3261e}
        li p{margin:.2rem 0}.hulp{white-space:pre-wrap}code{font-size:.95em}
        </style>
        </head>
        <body>
        <main>
        <h1>\(heading)</h1>
        <p>plansite kan de site nog niet bouwen. Herstel de bronbestanden: deze pagina laadt opnieuw zodra de bouw slaagt.</p>
        <ul role="list">
        \(items)</ul>
        </main>
        \(ReloadScript.html)
        </body>
        </html>
        """
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
