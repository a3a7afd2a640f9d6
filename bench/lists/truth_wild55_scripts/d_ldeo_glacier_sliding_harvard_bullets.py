"""Wild55 truth for ldeo-glaciology/LEAP-Cryo-planning papers.md: "a list of relevant papers" of a glaciology group
(Lamont-Doherty, LEAP cryosphere planning): glacier basal sliding, machine learning for ice flow, Antarctic bed
properties, newest commit touching the file (f6e2b31).

Shape: 22 lines.  ``# a list of relevant papers`` (1), then three plain-text group labels ending with a colon
(``papers we read in the basal-sliding reading class (fall 2023):`` 3, ``ML-glaciology papers:`` 12, ``bed
properties papers:`` 19), each over ``- `` bullets with no blank line (4-10, 13-17, 20-21).  Every bullet is a Google
Scholar "Harvard" citation: ``Surname, I., Surname, I. and Surname, I., 2017. Title. Journal, 63(241), pp.854-866.
[url](...)``; sometimes no space before ``[url]`` (6, 9, 15, 21).

Special cases:
- 7's title ends with a question mark followed by the citation's period (``...basal sliding speed?. Geophysical
  Research Letters``): the question mark is kept.
- Titles keep Unicode hyphens (``multi‐decadal`` 7, ``Data‐driven`` 13) and a lower-case proper noun (``rutford ice
  stream`` 13) as written.
- 17 has no venue (``... physics-informed deep learning. (preprint) [url](...)``); 14 is a GMD Discussions paper and
  20 an Authorea preprint: all entries.
- DOIs come only from the URLs (Royal Society, AGU/Wiley, Science links: 6, 7, 8, 10, 13); Cambridge Core,
  Copernicus, Research Square, Authorea and nature.com/articles (21) links give none.

Decisions:
- Entry = every ``- `` bullet (4-10, 13-17, 20-21): 14 entries; the group labels are not entries.
- Title = the text after ``, YYYY. `` up to the first period followed by a space.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "ldeo-glaciology__LEAP-Cryo-planning__papers@f6e2b31.md"
PART = "wild55_development"

ITEM = re.compile(r"^- .+?, (?:19|20)\d\d\. (?P<title>.+?)\. ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [*range(4, 11), *range(13, 18), 20, 21], sorted(by)
    assert by[4]["title"] == "Sensitivity of grounding line dynamics to the choice of the friction law", by[4]
    assert by[6]["doi"] == "10.1098/rspa.2004.1350", by[6]
    assert by[7]["title"].endswith("changes in glacier basal sliding speed?"), by[7]
    assert by[7]["doi"] == "10.1029/2021gl092858", by[7]
    assert by[13]["title"].endswith("Case study on rutford ice stream, Antarctica"), by[13]
    assert by[14]["title"] == "Universal Differential Equations for glacier ice flow modelling", by[14]
    assert by[17]["title"] == (
        "Discovering the rheology of Antarctic Ice Shelves via physics-informed deep learning"), by[17]
    assert by[20]["title"] == "Antarctic sedimentary basins and their influence on ice sheet dynamics", by[20]
    assert by[4]["doi"] is None and by[14]["doi"] is None, (by[4], by[14])
    assert len(papers) == 14, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries are all 14 '- ' bullets, each a Google Scholar Harvard citation 'Authors, YYYY. Title. Journal,"
        " vol(issue), pp. [url](...)', under three plain-text group labels (3, 12, 19) that are not entries.  Title"
        " = the text after ', YYYY. ' up to the first period followed by a space (so 7 keeps its '?' before '?.').",
        "Read all 22 lines; compared -v with every bullet: the title cut (7's '?.', 13's long subtitle, 17 with no"
        " venue), Unicode hyphens kept, and DOIs only from the Royal Society/AGU/Science URLs (none from Cambridge"
        " Core, Copernicus, Research Square, Authorea or the nature.com/articles link 21).",
    )


if __name__ == "__main__":
    main()
