extension GFMSpecExample {
    /// plansite's own examples, held against cmark-gfm like the spec's (file `plansite`,
    /// numbered from 1): Markdown that plan texts use and the spec's examples do not cover,
    /// and at least one example of every rule by which plansite changes what the reader gets.
    static let plansiteExamples: [String] = [
        // 1–3. A footnote label matches its definition whatever its case, and a definition
        // may stand in a block quote or a list item, as in GFM.
        "Tekst[^Noot].\n\n[^noot]: De noot.\n",
        "> [^1]: In een citaat.\n\nTekst[^1].\n",
        "- Punt[^a].\n\n  [^a]: In een lijst.\n",
        // 4. Footnotes in a heading, a table cell and a list item.
        "## Kop[^1]\n\n| a | b |\n|---|---|\n| c[^2] | d |\n\n- punt[^3]\n\n[^1]: Een.\n[^2]: Twee.\n[^3]: Drie.\n",
        // 5. Notes whose text is a code block or a list, one referred to twice.
        "Tekst[^a], meer[^b] en weer[^a].\n\n[^a]:\n        code\n\n[^b]:\n    - een\n    - twee\n",
        // 6. Printed footnote numbers.
        "Eerst[^7], dan[^3].\n\n[^3]: Drie.\n[^7]: Zeven.\n",
        // 7. Filled link text.
        "[](https://www.example.nl/)\n",
        // 8–9. Id attributes on a heading and a list item.
        "## Kop {#eigen}\n",
        "- {#inspanning:3.1.2} Verkennen van de vraag\n",
        // 10. Empty table header.
        "|  |  |\n|--|--|\n| a | b |\n",
        // 11. Image descriptions.
        "![CO<sub>2</sub>-uitstoot](grafiek.png \"Uitstoot\")\n",
        // 12–13. Addresses with `&`, `'`, spaces in `<…>` and letters outside ASCII.
        "[zoek](<https://example.nl/zoek?q=jeugd zorg&p=ü> 'Zoek') en [x](https://example.nl/it's)\n",
        "<https://x.nl/?a=b&c=d> en www.example.nl/pad?x=1&y=2\n",
        // 14. The allowed raw HTML, closed.
        "240 km<sup>2</sup>, H<sub>2</sub>O, <abbr title=\"Jeugdwet\">JW</abbr>, <b>vet</b> en <i>schuin</i><br>\nen verder.\n",
    ]
}
