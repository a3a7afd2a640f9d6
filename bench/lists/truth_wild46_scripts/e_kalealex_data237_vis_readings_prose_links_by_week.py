"""Wild46 truth for kalealex/data237-au25 docs/readings.md: the readings page of DATA 23700 (University of Chicago,
Autumn 2025, data visualization, MkDocs site), "reading resources for the course separated by the topics we study
each week".

Shape (89 lines, final newline): ``##`` title, one intro sentence, then ``### Week N: topic`` headings (no Week 6)
with ``####`` sub-topics, each over a ``-`` bullet list.  About half the bullets are a bare link ``- [Title](url)``,
sometimes followed by ``by Christopher Healey.`` or a parenthetical label (``(book chapter)``, ``(content analysis of
comics to inform visualization)``); the other half are prose sentences with the link inside, its text often not the
title but a description ("This [paper by Cleveland and McGill](...) set a precedent ...", "Kay's first study on
[uncertainty in bus arrival times](...) ... and the [second study](...)", "Correll's paper on [visualization
ethics](...)") or a short name ("[LIME](...)", "[Gamut](...) and [Summit](...)").  Three bullets link two papers each
(50, 67, 86); one link text names a second work after a comma (70 "..., Chartability").  Hosts: lab and author PDFs,
IEEE Xplore document numbers, JSTOR, SAGE and ACM ``/doi/`` URLs, arXiv PDFs, CiteSeerX, Distill, a book PDF.

Decisions:
- Entries (43): every link whose target is a scholarly work: journal and conference papers, a Distill article (65),
  an R Journal paper (59), review articles (21, 42), preprints.  A bullet linking two papers is two entries on the
  same line (50, 67, 86); 70's link text names the "Four-Level Model of Semantic Content" paper and, after a comma,
  "Chartability" (Elavsky et al.'s accessibility paper, read in the same week), so two entries on line 70.
- Not entries: Tufte's book "The Visual Display of Quantitative Information" (20), Schön's book "Educating the
  reflective practitioner" (22), Healey's web tutorial "Perception in Visualization" (28) and the two items the file
  labels "(book chapter)" (35 "1 Cartography" of the ICA booklet, 52 the handbook chapter on uncertainty
  visualization).
- Title: the link text when it is the work's title or the leading part of it before the colon (the file's short form,
  checked against the works' real titles): bare-link items, prose links whose text is the title (41, 42, 49 "Why
  authors don't visualize uncertainty", 75 "truncating the y-axis" of "Truncating the Y-Axis: Threat or Menace?", 74
  "visualization rhetoric", 76 "designing for disclosure in data visualizations", case as written) and short names
  that open the real title (40 "D3" of "D3: Data-Driven Documents", 67 "Idyll" and "Idyll Studio", 86 "Gamut" and
  "Summit"); 70's first title stops before ", Chartability".  ``null`` when the link text describes the work instead
  ("paper by Cleveland and McGill" 15, "Mackinlay's APT paper" 16, "paper by Zacks and Tversky" 17, 'science of
  "what works"' 21, "survey paper" 36, the two bus studies 50, 51, 55, 56, "visualization ethics" 79, 82's subtitle
  "how people actually lie with charts", "Microsoft's interpretML" 89) or is a name that is not the start of the
  title (LIME 87, SHAP 88, Chartability 70).  Trailing "by ...", labels and prose are not part of titles.
- Ids: from the bullet's line, so two entries on one line share its first id (none of the shared lines has one).
  DOIs from ACM and SAGE ``/doi/``, ``/doi/full/``, ``/doi/pdf/``, ``/doi/reader/`` URLs; arXiv ids from arXiv PDF
  URLs (76's ``v1`` dropped).  CiteSeerX's ``doi=4068...`` parameter (59) is a CiteSeerX document id, not a DOI;
  IEEE document numbers and JSTOR give none.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "kalealex__data237-au25__docs__readings@074c364.md"
PART = "wild46_development"

LINK = re.compile(r"\[(?P<t>[^\]]+)\]\((?P<u>[^)\s]+)\)")
# Links that are not scholarly works: books, a web tutorial, book chapters.
NOT_PAPER = {20: "Tufte's book", 22: "Schon's book", 28: "Healey's web tutorial", 35: "ICA book chapter",
             52: "handbook chapter"}
# Links whose text describes the work or names it by a name that does not open its title: (line, index) -> None.
NO_TITLE = {(15, 0), (16, 0), (17, 0), (21, 0), (36, 0), (50, 0), (50, 1), (51, 0), (55, 0), (56, 0), (79, 0),
            (82, 0), (87, 0), (88, 0), (89, 0)}
SECOND_WORK = ", Chartability"


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 90 and lines[-1] == "", len(lines)
    papers = []
    linked = 0
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            assert "](" not in ln, (n, ln)
            continue
        links = list(LINK.finditer(ln))
        assert links, (n, ln)
        linked += len(links)
        if n in NOT_PAPER:
            assert len(links) == 1
            continue
        for i, m in enumerate(links):
            title = m.group("t")
            if (n, i) in NO_TITLE:
                papers.append(entry(lines, n, n, None))
            elif title.endswith(SECOND_WORK):
                assert n == 70
                papers.append(entry(lines, n, n, title[: -len(SECOND_WORK)]))
                papers.append(entry(lines, n, n, None))
            else:
                papers.append(entry(lines, n, n, title))
    assert linked == 47, linked
    titles = {(p["line"], p["title"]) for p in papers}
    for want in [(40, "D3"), (67, "Idyll"), (67, "Idyll Studio"), (86, "Gamut"), (86, "Summit"),
                 (49, "Why authors don't visualize uncertainty"), (75, "truncating the y-axis"),
                 (70, "Accessible Visualization via Natural Language Descriptions: A Four-Level Model of Semantic Content")]:
        assert want in titles, want
    by_line = {}
    for p in papers:
        by_line.setdefault(p["line"], []).append(p)
    assert by_line[21][0]["doi"] == "10.1177/15291006211051956"
    assert by_line[82][0]["doi"] == "10.1145/3544548.3580910"
    assert by_line[76][0]["arxiv"] == "2508.08383"
    assert by_line[59][0]["doi"] is None
    assert sum(1 for p in papers if p["title"] is None) == 16
    assert len(papers) == 43, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each link in the weekly bullets whose target is a scholarly work is an entry on its bullet's line (43; two"
        " links on a line are two entries, and 70's ', Chartability' a second one); title = the link text when it is"
        " the work's title or the part before its colon, null when it describes the work ('paper by Cleveland and"
        " McGill', 'second study') or is a name that does not open the title (LIME, SHAP); two books, a web tutorial"
        " and two book chapters are not entries; first arXiv id / DOI of the line.",
        "Whole file read (89 lines) against the -v output: all 47 links of the 8 week sections classified (5 not"
        " papers: 20, 22, 28, 35, 52), the two-paper lines 50, 67, 86 and the Chartability split at 70, every link"
        " text compared with the work's real title (descriptions and LIME/SHAP/interpretML null: 16 null titles; D3,"
        " Idyll, Idyll Studio, Gamut, Summit kept as the titles' leading names; 76's title checked against its arXiv"
        " record), prose and 'by'/'(book chapter)' tails outside titles, ACM/SAGE DOIs (16, 21, 32, 36, 82), arXiv ids"
        " (29, 66, 75, 76, 79, 81, 87, 88, 89), CiteSeerX id at 59 not taken as a DOI.",
    )


if __name__ == "__main__":
    main()
