"""Wild62 truth for TarkhovAndrei/tarkhov.ae publications.ru.md at 6adb33b (2026-02-02): the Russian-language
publications page of a researcher in ageing biology (epigenetic clocks, longevity) and theoretical physics (Bose-
Einstein condensates, chaos, condensed matter), written as HTML cards inside Markdown.

Shape: 380 lines.  Jekyll front matter (1-8), an intro sentence with anchor links (10), then
``### публикации по старению`` (12, ageing papers), ``### патенты по старению`` (232, a Markdown bullet list of four
patents, 233-236), ``### публикации по физике`` (238, physics papers) and ``### кандидатская диссертация по
теоретической физике`` (365, the PhD thesis).  Each item is an HTML card
``<div class="publication">`` ... ``</div>`` of 15-16 lines (e.g. 32-46):
``<h4>`` with a *Russian translation* of the title (33), a figure block with a link and an image caption (34-42),
and ``<div class="publication-text"><p>`` (43-44) holding the original English citation
``<authors>. <br><title>.<br><i><b><journal></b></i> <vol>, <pages> (<year>). <br><a ...>DOI</a></p>``.
Cards are separated by ``<hr>`` except 195/197.

Special cases:
- The title appears twice: translated into Russian in ``<h4>`` and in English inside the ``<p>`` citation.
- The ``<br>`` between authors and title is missing in half of the cards (137, 174, 193, 252, 270, 288, 306, 324,
  360): ``V.N. Gladyshev. Causality-enriched epigenetic age ...``; the ``<br>`` between title and journal is missing in
  99 and 210 (``... Gompertz fit. <i><b>Journal ...``).  Author lists contain ``<strong>`` around the page owner and
  ``...`` elisions (193, 210, 228); 135-137 has a blank line inside the card.
- Titles contain inline ``<i>`` for species names (80 ``<i>Caenorhabditis elegans</i>``, 228 ``<i>Xenopus
  laevis</i>``) and an en dash (324 ``Berezinskii–Kosterlitz–Thouless``).
- The figure links are not the paper's own (journal issue covers, Nature collections, a World Economic Forum story on
  87 and 198); the 217-230 card's figure link is the bioRxiv ``v1.abstract`` page of the same preprint.
- Not papers: the first card (14-28, ``Сотрудничество OpenAI и Retro Biosciences``, a Russian prose description of an
  industry collaboration, no citation), the four patents (233-236) and the PhD thesis card (366-380, title linked to a
  defence page, no journal).

Decisions:
- Entry = each card whose ``<p>`` is a journal/preprint citation, i.e. has the ``<i><b>journal</b></i>`` marker
  (18 entries: 11 ageing papers, 7 physics papers); span = ``<div class="publication">`` line to the card's closing
  ``</div>``.
- Title = the English title in the ``<p>``: after the author list (``<strong>`` removed; initials + surname items and
  ``...`` separated by commas, ending with a full stop, optionally followed by ``<br>``) up to the ``<i><b>`` journal
  marker, with ``<br>``/``<i>`` tags removed and the trailing full stop dropped.  The Russian ``<h4>`` translation is
  not used.  ids: DOIs as the helper finds them in the card's lines.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "TarkhovAndrei__tarkhov.ae__publications.ru@6adb33b.md"
PART = "wild62_held_out"

NAME_ITEM = r"(?:[A-Z][a-z]?\.(?:[A-Z]\.)*\s?[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)*|\.\.\.)"
AUTHORS = re.compile(r"^\s*<p>\s*" + NAME_ITEM + r"(?:,\s+" + NAME_ITEM + r")*\.\s*(?:<br>)?\s*")
TAG = re.compile(r"</?(?:br|i|b)>")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        if lines[n - 1] != '<div class="publication">':
            n += 1
            continue
        last = n + 1
        while lines[last - 1] != "</div>":
            last += 1
        ps = [k for k in range(n, last + 1) if lines[k - 1].strip().startswith("<p>")]
        assert len(ps) == 1, (n, ps)
        p = lines[ps[0] - 1].replace("<strong>", "").replace("</strong>", "")
        if "<i><b>" in p:
            m = AUTHORS.match(p)
            assert m, (ps[0], p[:120])
            rest = p[m.end():]
            title = TAG.sub("", rest[: rest.index("<i><b>")]).strip().rstrip(".").strip()
            papers.append(entry(lines, n, last, title))
        n = last + 1
    assert len(papers) == 18, len(papers)
    on = {p["line"]: p for p in papers}
    assert 14 not in on and 366 not in on, sorted(on)
    assert on[32]["title"] == "Nature of epigenetic aging from a single-cell perspective", on[32]
    assert on[32]["end"] == 46 and on[32]["doi"] == "10.1038/s43587-024-00616-0", on[32]
    assert on[68]["title"] == ("A universal transcriptomic signature of age reveals the temporal scaling of"
                               " Caenorhabditis elegans aging trajectories"), on[68]
    assert on[86]["title"] == "Strehler-Mildvan correlation is a degenerate manifold of Gompertz fit", on[86]
    assert on[124]["end"] == 139, on[124]
    assert on[124]["title"] == "Germline burden of rare damaging variants negatively affects human healthspan and lifespan"
    assert on[162]["title"] == "Causality-enriched epigenetic age uncouples damage and adaptation", on[162]
    assert on[180]["title"] == "PRC2-AgeIndex as a universal biomarker of aging and rejuvenation", on[180]
    assert on[197]["title"] == "Disagreement on foundational principles of biological aging", on[197]
    assert on[216]["title"].endswith("point to gastrulation as aging ground zero in Xenopus laevis"), on[216]
    assert on[312]["title"] == ("Universality of the Berezinskii–Kosterlitz–Thouless type of phase transition in the"
                                " dipolar XY-model"), on[312]
    assert on[330]["title"] == ("Two-stage mechanism of formation of ordered surface nanostructures under atomic"
                                " deposition"), on[330]
    assert on[348]["title"] == "Phase-coherent electron transport in asymmetric crosslike Andreev interferometers"
    for p in papers:
        assert not re.search(r"[А-Яа-я<>]", p["title"]) and "Tarkhov" not in p["title"], p
    write_truth(
        NAME,
        PART,
        papers,
        method="Each HTML card '<div class=\"publication\">...</div>' whose <p> holds a journal/preprint citation"
        " (an '<i><b>journal</b></i>' marker) is one entry, spanning the card (18 entries: 11 ageing, 7 physics)."
        "  Title = the English title in the <p> citation, after the author list (with or without a <br> after it)"
        " and before the journal marker, tags and trailing full stop removed; the Russian translation in <h4> is"
        " not the title.  The OpenAI collaboration card (14-28, prose, no citation), the patent bullets (233-236)"
        " and the PhD-thesis card (366-380) are not entries.  DOIs as the helper finds them in the card.",
        checked="Read the whole file; compared the -v output with every card: spans (incl. the blank line inside"
        " 124-139 and the cards without <hr> at 180/197), English titles with and without <br> around them, species"
        " names in <i> (68, 216), the en dashes in 312, no author or Russian text in any title, and the DOI per card"
        " (bioRxiv 216 included); the non-paper card, patents and thesis excluded.",
    )


if __name__ == "__main__":
    main()
