"""Wild62 truth for dr-lizhiwei/dr-lizhiwei.github.io _pages/publicationList.md at 780a0eb (2025-09-23): the
"Publication List" page of a remote-sensing researcher's al-folio (Jekyll) site, written by hand (no bibliography
tag), in Harvard style.

Shape: 83 lines.  Front matter (1-7), a Google Scholar link (8), ``#### **International Journal Papers**`` (11)
with a legend (13) and a numbered list 1-23 on the odd lines 15-59, one reference per line, blank lines between:
``N. <Authors>, <year>. <title>. ***<journal>***, vol, pages. [[HTML](doi url)] [[PDF](...)] [[Project](...)]``.
``#### **Book Chapter**`` (65) with one bullet (67):
``- <Authors>, 2024. <title>. In ***<book>*** (pp. 44-57). CRC Press. [[HTML]](...)``.
``#### **Conference Papers**`` (73) with five bullets (75-83):
``- <Authors>, <year>. <title>, *<venue>*. pp. ..., <place>.`` (no links).

Special cases:
- Titles are plain text (no markup); the site owner's name is bold in the authors and carries ``\\*``/``#``
  marks (37, 39, 41, 49), so the title starts after the first ``, <year>. ``.
- 17 ends its title with ``?`` directly before the journal (``mapping? ***npj Urban Sustainability***``); 75 ends
  with ``?,`` before the venue: the ``?`` is kept.
- 57: the title contains ``PM2. 5`` (a space after the dot, as in the file); the title runs to the ``. ***``
  before the journal, so it is not cut there.
- 51 has a second ``, 1925. `` (the article number) after the journal: only the first year counts.
- DOIs are in the [[HTML]] links (doi.org) for most journal papers; 17 links nature.com (no DOI); the chapter's
  taylorfrancis link contains ``10.1201/9781003244561-4`` followed by ``/urban-flooding-...``: its DOI is set by
  hand to ``10.1201/9781003244561-4``.  The conference papers have no links.

Decisions:
- Entry = each numbered journal reference (23), the book chapter (1) and each conference bullet (5): 29 entries,
  one line each.  The book chapter is kept: it is a listed publication with its own title.
- Title = text between the first ``, <year>. `` and the journal/venue marker (``. ***`` for journals,
  ``. In ***`` for the chapter, ``, *`` for conference papers), trailing period removed.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "dr-lizhiwei__dr-lizhiwei.github.io___pages__publicationList@780a0eb.md"
PART = "wild62_held_out"

JOURNAL = re.compile(r"^\d+\. .*?, (?:19|20)\d\d\. (.+?)\.? \*\*\*[^*]")
CHAPTER = re.compile(r"^- .*?, (?:19|20)\d\d\. (.+?)\. In \*\*\*")
CONF = re.compile(r"^- .*?, (?:19|20)\d\d\. (.+?),? \*[A-Z]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = JOURNAL.match(ln) or CHAPTER.match(ln) or CONF.match(ln)
        if not m:
            continue
        p = entry(lines, n, n, m.group(1).strip())
        if n == 67:
            # the taylorfrancis URL continues the DOI with '/urban-flooding-...': the DOI itself ends at '-4'
            p["doi"] = "10.1201/9781003244561-4"
        papers.append(p)
    assert len(papers) == 29, len(papers)
    on = {p["line"]: p for p in papers}
    assert sorted(on) == list(range(15, 60, 2)) + [67, 75, 77, 79, 81, 83], sorted(on)
    assert on[15]["title"] == "TerrainFloodSense: Improving seamless flood mapping with cloudy satellite imagery via" \
        " water occurrence and terrain data fusion", on[15]
    assert on[15]["doi"] == "10.1016/j.jag.2025.104855", on[15]
    assert on[17]["title"] == "How will AI transform urban observing, sensing, imaging, and mapping?", on[17]
    assert on[17]["doi"] is None, on[17]
    assert on[37]["title"].startswith("Time series remote sensing image classification framework"), on[37]
    assert on[51]["title"].endswith("stepwise radiometric adjustment and residual correction"), on[51]
    assert on[57]["title"] == "Estimation of ultrahigh resolution PM2. 5 concentrations in urban areas using 160 m" \
        " Gaofen-1 AOD retrievals", on[57]
    assert on[67]["title"] == "Urban Flooding Monitoring and Management in Geospatial Perspective: Data, Techniques," \
        " and Platforms", on[67]
    assert on[75]["title"] == "Can we reconstruct cloud-covered flooding areas in harmonized Landsat and Sentinel-2" \
        " image time series?", on[75]
    assert on[83]["title"] == "Automatic cloud and cloud shadow detection in GF-1 WFV imagery using multiple" \
        " features", on[83]
    assert on[67]["doi"] == "10.1201/9781003244561-4", on[67]
    assert on[83]["doi"] is None and on[83]["arxiv"] is None, on[83]
    write_truth(
        NAME,
        PART,
        papers,
        method="Each reference of the hand-written publication list is one entry: the 23 numbered journal papers"
        " (15-59), the one book-chapter bullet (67) and the five conference bullets (75-83), 29 entries on one line"
        " each.  Title = the plain text after the first ', <year>. ' up to the venue ('. ***journal***', '. In"
        " ***book***', ', *venue*'), without the trailing period; '?' ending a title is kept, and 'PM2. 5' (57) stays"
        " inside its title.",
        checked="Read the whole file; compared the -v output with all 29 references: titles ending in '?' (17, 75),"
        " the 'PM2. 5' title (57), the second year-like number on 51, authors with \\* and # marks, DOIs from the"
        " [[HTML]] links and their absence on 17 and the conference papers.",
    )


if __name__ == "__main__":
    main()
