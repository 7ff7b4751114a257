/// Every name a view answers (`TemplateView.child(_:)`), so a template's names are matched
/// to fields once, when the theme is compiled (`TemplateName.fields`), and a lookup is a
/// jump on a number. Matched as strings at every lookup, the views' `switch` compared the
/// name with each case in turn: `LayoutView` alone has 25, and lookups were about five
/// percent of a build's instructions. A name a template writes that no view answers has no
/// field and renders nothing, as Mustache renders a missing name.
///
/// A view's `switch` names its cases from here, so a field missing here does not compile.
enum TemplateField: String, Sendable, CaseIterable {
    case aanmelding, about, aboutItems, accessibilityHref, adres, afkorting, agendaHref, alsoIn
    case anchor, andereNamen, answerCount, antwoorden, begrippen, begrippenHref, beschrijvingen
    case betekenis, bijdragen, body, breadcrumbs, breedte, bron, bronPDF, captionID, cellen, cells
    case celTekst, chains, chapterHref, chapterTitle, children, contact, contents, contentsHref
    case contentsID, contributions, count, current, currentTitle, datum, description, diagram, doc
    case document, documentJaar, documentLink, documents, documentStatus, documentTitel, documentTitle
    case doel, door, extra, footnotes, frequentie, from, geheel, geldend, gemeenten, gemeentenHref
    case gemeentenText, genoemdIn, georganiseerdDoor, gremia, gremium, groupLevel, groups, hasAgenda
    case hasBegrippen, hasBreadcrumbs, hasChains, hasChildren, hasGemeenten, hasGremia, hasGroups
    case hasItems, hasKenmerken, hasLeden, hasMentions, hasMenu, hasOnbeantwoord, hasOnderdelen
    case hasOnThisPage, hasOther, hasOtherTitle, hasOverigeRijen, hasPredating, hasReportedBy
    case hasReportsTo, hasUnanswered, hasVelden, hasVerantwoording, hasViaThema, hasWerkt, hasWerktAan, header
    case heading, headingLevel, headTitle, home, hoortBij, how, href, id, idPrefix, indexHref
    case isConcept, isLast, isRegionWide, isSearchPage, items, key, kind, kolommen, kop, label
    case landelijkHref, leden, leeg, legtVerantwoordingAfAan, letter, letters, level, lijst, line
    case listsRenderedSections, maatregel, maatregelAnchor, maatregelCount, maatregelen, main, mark
    case matrix, matrixHref, members, mentions, naam, next, niveau, niveauMeervoud, nummer
    case omschrijving, onbeantwoord, onbeantwoordID, onderdeel, onderdelen, onderwerp, oneAnswer
    case onThisPage, other, overigeRijen, overlegvormenHref, overzicht, pager, parent, parts
    case perDocument, periode, places, predating, prev, quote, regio, region, regions, relations
    case reloadScript, reportedBy, reportsTo, rijen, rol, root, rootHref, rows, searchHref, sectionID
    case sections, sitemapHref, siteTitle, slug, soort, soortLabel, statement, status, steps
    case subheadingLevel, summary, svg, tabel, tekst, term, text, themaAntwoord, themaCount, themaHref
    case themaID, themas, themaTekst, titel, title, titleID, to, toelichting, uitleg, unanswered
    case value, vastgesteld, versie, vervangenDoor, vervangt, via, viaGeheel, viaThema, volledigHref, voorWie
    case voorzitter, website, werkt, werktAan, `where`, wieWerkt, withoutAgenda
}
