"""Wild52 truth for zjusuge/zjusuge.github.io _pages/about.md: the one-page AcadHomepage (Jekyll) site of a geological
hazards / machine learning PhD student (debris flows, landslides), newest commit (7dc19d0, 2026-06-22).  The whole
homepage is this one Markdown file; the publications are one section among many.

Shape: 115 lines, 13 KB.  Front matter (1-9), Liquid ``{% assign %}`` lines for a Google Scholar badge (11-16), then
emoji H1 sections with ``<span class='anchor'>``: About Me (20-28), News (30-35, dated bullets), Education (37-41),
Research Grants (43-50: bold grant names with quoted project titles ``"Early Forecasting and Disaster Control Methods
..."``), ``# **📝 Publications**`` (52) with
- ``## **Journal Articles (First/Corresponding Author)**`` (55), a ``{% comment %}`` (56-58), 12 items all numbered
  ``1.`` (59-70): ``1. Authors. Title. *Journal*, vol, pages, **Year**. (JCR Q1) [[DOI]](https://doi.org/...)``;
  the owner bold (``**Tianlong Wang**``), corresponding authors marked with an escaped star (``H. Sun\\*``,
  ``**Tianlong Wang**\\*``), ``et al.`` lists (62, 64), index notes ``(Corresponding Author, EI/CSCD)``;
- ``## **Conference Papers**`` (72), one item (73);
- ``## **Patents**`` (75), 8 items (76-83) with italic patent titles (``*Monitoring and Early Warning Method ...*``);
then Competitions (85-97), Honors (99-108), Misc (110-115; a poetry collection *"Suganniran"* 113).

Special cases:
- Patents have italic titles and numbers like papers but are not research articles: not entries.  Grant project
  titles (45-50), the poetry collection (33, 113) and awards are not entries either.
- 68 has no space before its link (``**2020**.[[DOI]](...)``).
- Every paper has a doi.org link; the Georisk one (59) is ``10.1080/17499518.2026.2651228``.

Decisions:
- Entry = each numbered item under Journal Articles (12) and Conference Papers (1): 13 (below the usual ~15, kept
  for its distractors).
- Title = the text after the author list up to ``. *`` where the italic venue starts; the author list ends at the
  first ``. `` preceded by a capitalised surname (``Li.`` 70), ``et al.``, an escaped star (``Sun\\*.``) or a closing
  ``**``, so initials like ``H. Yang`` or ``N.I. Fomin`` never end it.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "zjusuge__zjusuge.github.io___pages__about@7dc19d0.md"
PART = "wild52_development"

ITEM = re.compile(r"^1\. (?P<body>.+)$")
AUTHORS_END = re.compile(r"(?:\b[A-Z][a-z]+|\bal|\\\*|\*\*)\. ")
VENUE = re.compile(r"\. \*[A-Z]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    counts: dict[str, int] = {}
    for n, ln in enumerate(lines, 1):
        if ln.startswith("#"):
            section = ln.strip("# ").split("**")[1] if "**" in ln else ln
            continue
        m = ITEM.match(ln)
        if not m:
            continue
        counts[section] = counts.get(section, 0) + 1
        if section not in ("Journal Articles (First/Corresponding Author)", "Conference Papers"):
            continue
        body = m.group("body")
        a = AUTHORS_END.search(body)
        v = VENUE.search(body, a.end())
        assert a and v, (n, body)
        title = body[a.end():v.start()]
        assert "**" not in title and "\\*" not in title, (n, title)
        papers.append(entry(lines, n, n, title))
    assert counts == {"Journal Articles (First/Corresponding Author)": 12, "Conference Papers": 1, "Patents": 8}, counts
    assert len(papers) == 13, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[59]["title"], t[59]["doi"]) == (
        ("Intelligent Prediction of Post-Seismic Debris Flow Source Volumes: A Physics-Informed Generative Deep"
        " Learning Framework"), "10.1080/17499518.2026.2651228"), t[59]
    assert t[60]["title"].startswith("Impacts of land use change on hydrological processes based on SWAT"), t[60]
    assert t[62]["title"] == ("A novel method for predicting debris flow hazard: a multi-strategy fusion approach based"
                              " on the light gradient boosting machine framework"), t[62]
    assert (t[68]["title"], t[68]["doi"]) == (
        "Research on Prediction and Optimization of Slope Deformation in Mining Area", "10.23977/erej.2020.040110")
    assert t[73]["title"] == "Carbon emission forecast of China Transport Industry Based on Grey - Markov", t[73]
    assert all(p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries = the '1.'-numbered items under '## **Journal Articles (First/Corresponding Author)**' (59-70, 12) and"
        " '## **Conference Papers**' (73), 13; title = text between the author list (ends at the first '. ' after a"
        " capitalised surname, 'al', an escaped '\\*' or a closing '**') and '. *' where the italic venue starts; the 8"
        " patents (italic titles), grants with quoted project titles, news, awards and the poetry book are not"
        " entries.",
        "Read all 115 lines; compared -v for all 13 entries: author lists with escaped corresponding stars, 'et al.'"
        " (62, 64) and initials like 'N.I. Fomin' kept out of titles; titles with ':' and commas (60-62); the"
        " no-space link of 68; one doi.org DOI per entry; checked the patent items 76-83 were skipped.",
    )


if __name__ == "__main__":
    main()
