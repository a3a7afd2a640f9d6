"""Wild38 truth for steffenwoell/steffenwoell.github.io publications.md: the publications page of an
American-studies scholar (literature, space, empire, maps), written as HTML inside Markdown.

Version: in the newest commit (2026-08-07) publications.md is only a Liquid template; the list itself was
moved to _data/publications.yml on 2026-07-29 ("Structured Metadata, Citation system", 3c0385a), so the
file is taken from the last commit that holds the hand-written list, 3fbc9a6 (2026-07-29, "fixes").

Shape: front matter (1-9); a ``<div class="publications-page" markdown="1">`` wrapper; a header block
with profile links and a "Browse by Type" ``<nav>`` table of contents (27-41, not entries); then ten
``## `` sections, each an ``<div class="blue">`` holding one ``<p>`` per record, one record per line:
``<p><strong class="hl hl-pub">Title.</strong> Venue ... year. <a href="...">Open Access<i ...></i></a></p>``.
Titles use HTML entities (``&#8220;``, ``&#8217;``, ``&auml;``) and often end in a quoted work whose
closing quote follows the period (``“The Shadow over Innsmouth.”`` 71, ``“To Build a Fire.”`` 95).

Decisions (which sections hold scholarly works):
- Books & Book Projects (48-50): books and a habilitation book project: not entries.
- Edited Volumes (57-58): journal issues the author co-edited (a whole issue, not one work): not entries.
- Journal Articles (65-78, 14) and Book Chapters (85-96, 12): all entries, including the editorial
  introductions (67, 78), an encyclopedia article (88), a forthcoming chapter without a link (85, 87) and a
  collaborative-research-centre working paper (96).
- Reviews (101-111): the six "Review of <book> by <author>" records (101-106) are book reviews published
  in journals, scholarly articles of their own: entries (the reviewed book is not a separate entry).
  The five "Peer reviewer for <journal>" lines (107-111) are service: not entries.
- Digital Humanities (119-121): a data corpus, interactive visualizations and a map (datasets/tools
  without a paper): not entries.
- Media & Blogs (128-134): 128 is a short article in Academia Letters (a journal): entry.  The TRAFO blog
  posts (129-131), a video essay (132) and two magazine op-eds (133-134) are not.
- Posters (139-140): conference posters (presentations, like talks): not entries.
- Web Projects / Outreach (147-148): not entries.
- Early Work (Unrefereed) (155-160): six student seminar papers posted as SocArXiv preprints (one on
  ResearchGate, 158): unrefereed papers, counted as preprints: entries.
  39 entries in all.
- Title: the ``<strong>`` text, entities decoded, its final '.' dropped (a period inside a closing
  quotation mark stays, as written).
- Ids: the DOI a record's link holds (doi.org; De Gruyter ``/document/doi/10.1515/zaa-2020-2002/html``
  (71), whose ``/html`` page suffix is not part of the DOI and is dropped; Springer chapter URL (90);
  Taylor & Francis ``doi/full`` (77)); OSF, ResearchGate, ProQuest, ScienceDirect pii and journal-site
  links give none.  No arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "steffenwoell__steffenwoell.github.io__publications@3fbc9a6.md"
PART = "wild38_development"

RECORD = re.compile(r'^<p><strong class="hl hl-pub">(.+?)</strong>')
ALL = {"Journal Articles (Peer-Reviewed)", "Book Chapters (Peer-Reviewed)", "Early Work (Unrefereed)"}
NONE = {"Books & Book Projects", "Edited Volumes (Peer-Reviewed)", "Digital Humanities", "Posters",
        "Web Projects / Outreach"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    seen = []
    for i, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln[3:]
            seen.append(section)
            continue
        if not ln.startswith("<p><strong"):
            continue
        m = RECORD.match(ln)
        assert m and section, i
        title = m.group(1)
        if section in ALL:
            keep = True
        elif section in NONE:
            keep = False
        elif section == "Reviews":
            keep = title.startswith("Review of ")
            assert keep or title == "Peer reviewer", i
        else:
            assert section == "Media & Blogs", section
            keep = "Academia Letters" in ln
        if not keep:
            continue
        p = entry(lines, i, i, title)
        if i == 71:  # De Gruyter page URL: '/html' follows the DOI
            assert p["doi"] == "10.1515/zaa-2020-2002/html", p["doi"]
            p["doi"] = "10.1515/zaa-2020-2002"
        papers.append(p)
    assert len(seen) == 10, seen
    t = {p["line"]: p["title"] for p in papers}
    assert t[71] == "The Horrors of the Oriental Space and Language in H.P. Lovecraft’s “The Shadow over Innsmouth.”", t[71]
    assert t[69] == "“Then I Started for the Mountains”: Retracing Louisiana’s Human Geographies across Five " \
        "Remarkable Biographies", t[69]
    assert t[159] == "Empfindung, Bewusstsein, Wirklichkeit: Die Machsche Velozität des unrettbaren Ichs", t[159]
    assert t[128] == "Violence, Representation, and Ecocide in the American West", t[128]
    assert t[101] == "Review of Colonial Ports, Global Trade, and the Roots of the American Revolution by Jeremy Land", t[101]
    d = {p["line"]: p["doi"] for p in papers if p["doi"]}
    assert d == {65: "10.18573/ipics.97", 66: "10.5070/t814160835", 67: "10.5070/t814160878",
                 71: "10.1515/zaa-2020-2002", 77: "10.1080/2373566x.2017.1289821",
                 89: "10.5040/9781350100947.ch-6", 90: "10.1007/978-3-031-13765-5_19"}, d
    assert all(p["arxiv"] is None for p in papers)
    lines_kept = sorted(t)
    assert lines_kept == [*range(65, 79), *range(85, 97), *range(101, 107), 128, *range(155, 161)], lines_kept
    assert len(papers) == 39, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each <p><strong>Title.</strong> ...</p> record under Journal Articles, Book Chapters and Early Work "
        "(seminar-paper preprints), the six 'Review of ...' book reviews and the Academia Letters article under "
        "Media & Blogs is an entry (one line); books, edited journal issues, peer-reviewer lines, datasets and "
        "maps, blog posts, op-eds, a video, posters and web projects are not; title = the <strong> text, entities "
        "decoded, final '.' dropped.",
        "All 163 lines read; every <p> record of the ten sections classified by hand (62 records, kept or dropped as "
        "listed in the docstring) and the 39 entries' titles compared with the -v output, including the "
        "entity-quoted titles (69, 71, 73, 92, 94, 95, 158, 160), the period inside a closing quote (71, 95), "
        "&auml; (159), the links of all 39 for DOIs (doi.org, De Gruyter /html page 71, Springer 90, "
        "tandfonline 77) and the unlinked forthcoming chapters (85, 87, 88).",
    )


if __name__ == "__main__":
    main()
