"""Wild60 truth for goethe-tcs/tcs.uni-frankfurt.de content/seminar/graphkernels.md at bfabaf4 (2025-05-27): the
German page of the Goethe University Frankfurt theory group's seminar "Graph Kernels" (SoSe 2022), a Hugo page
with a talk schedule and a reading list ("Literaturliste") for student talks.

Shape: 150 lines.  YAML front matter (1-17).  "## Inhalt" (19-25), "## Dozent:in" (27-32), "## Ablauf" (34-56):
a nested bullet plan; weeks 2-6 and 8-9 read "Morris et al. (2021)" section by section (40, 42), and weeks 13-14
list ten talks on four dates (45-56), each talk as ``      - <Student>: <paper title>`` (46, 47, 49, 50, 52, 53,
55, 56).  "## Literaturliste" (58-103): bold group labels (60, 64, 75, 82) and bullets
``- <Authors> (<year>): [<Title>](url)\\`` whose next line is an italic German one-line comment
``  _..._``.  Then course rules (105-150: Lernziele, Anforderungen, Bewertung, Tipps) without papers.

Special cases:
- 99 names two papers on one bullet: ``Dvorák (2006): [On recognizing graphs by numbers of homomorphisms](...) und
  Dell, Grohe, Rattan (2018): [Lovász Meets Weisfeiler and Leman](...)``: two entries with the same span 99-100.
- 62 (Morris et al. survey) and 77 (Lin et al., Graphonomy) have no comment line: span of one line.
- 84 has authors without a year ("Cai, Fürer, Immerman:").
- The talk schedule repeats titles of the reading list, sometimes spelled differently (50 "Deep Weisfeiler-Leman"
  vs 90 "Deep Weisfeiler Leman"); 55 "TUDataset: A collection of benchmark datasets for learning with graphs" is
  only in the schedule.  53 ``Jasper: ?`` names no paper.
- Links are arxiv.org pdf/abs (with and without ``.pdf``), jmlr.org, a umass.edu PDF and a cuni.cz PDF.
- The line helper gives both papers of 99 the arXiv id 1802.08876 (Dell, Grohe, Rattan); Dvorák's paper links a
  cuni.cz PDF, so for a reading-list title whose own link is not arxiv.org the arXiv id is set to None by hand.

Decisions:
- Reading-list entries: every ``- ...: [Title](url)`` bullet under "Literaturliste", one entry per linked title;
  span = the bullet line and its comment line if any.  Title = the link text.
- Talk-schedule entries: every talk line ``- <Name>: <title>`` whose title is not ``?``; one line each; title =
  the text after the student's name, as written.  They name the paper each talk presents (a session list), so they
  count, even though most repeat a reading-list entry.
- Not entries: the week plan lines 40/42 ("Abschnittsweises gemeinsames Lesen von Morris et al. (2021)": an
  author-year back-reference to 62 within a plan item), 39 (a talk on how to give talks), the group labels, 53.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "goethe-tcs__tcs.uni-frankfurt.de__content__seminar__graphkernels@bfabaf4.md"
PART = "wild60_development"

LINK = re.compile(r"\[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)")
LIT_BULLET = re.compile(r"^- [^\[]+?: \[")
TALK = re.compile(r"^ {6}- (?P<name>[A-Z][a-z]+): (?P<title>.+?)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    lit_start = next(n for n, ln in enumerate(lines, 1) if ln.startswith("## Literaturliste"))
    lit_end = next(n for n, ln in enumerate(lines, 1) if n > lit_start and ln.startswith("## "))
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < lit_start:
            m = TALK.match(ln)
            if m and m.group("title") != "?":
                papers.append(entry(lines, n, n, m.group("title")))
        elif n < lit_end and LIT_BULLET.match(ln):
            last = n + 1 if n < len(lines) and lines[n].startswith("  _") else n
            for lm in LINK.finditer(ln):
                p = entry(lines, n, last, lm.group("title").strip())
                if "arxiv.org" not in lm.group("url"):
                    p["arxiv"] = None  # 99: the arXiv id on the line belongs to the other paper
                papers.append(p)
    by = {}
    for p in papers:
        by.setdefault(p["line"], []).append(p)
    assert len(papers) == 21, len(papers)
    assert sorted(by) == [46, 47, 49, 50, 52, 55, 56, 62, 66, 69, 72, 77, 79, 84, 87, 90, 93, 96, 99, 102], sorted(by)
    assert 53 not in by and 40 not in by
    assert by[46][0]["title"] == "An optimal lower bound on the number of variables for graph identification"
    assert by[50][0]["title"] == "Deep Weisfeiler-Leman", by[50]
    assert by[55][0]["title"] == "TUDataset: A collection of benchmark datasets for learning with graphs", by[55]
    assert by[62][0]["title"] == "Weisfeiler and Leman go Machine Learning: The Story so far", by[62]
    assert by[62][0]["arxiv"] == "2112.09992", by[62]
    assert by[66][0]["title"] == "How Powerful Are Graph Neural Networks?", by[66]
    assert by[66][0]["arxiv"] == "1810.00826", by[66]
    assert by[90][0]["title"] == "Deep Weisfeiler Leman", by[90]
    assert [p["title"] for p in by[99]] == [
        "On recognizing graphs by numbers of homomorphisms",
        "Lovász Meets Weisfeiler and Leman",
    ], by[99]
    assert by[99][0]["arxiv"] is None and by[99][1]["arxiv"] == "1802.08876", by[99]
    assert by[102][0]["title"] == "Homomorphism Tensors and Linear Equations", by[102]
    write_truth(
        NAME,
        PART,
        papers,
        method="Two kinds of entries.  (1) Talk schedule (Ablauf, weeks 13-14): each line '- <Student>: <paper"
        " title>' with a title (not '?') is one entry, one line, title = the text after the name.  (2) Literaturliste:"
        " each bullet '- <Authors> (<year>): [Title](url)' is one entry per linked title (99 names two papers), span ="
        " the bullet and its italic comment line; title = the link text.  Week-plan lines citing 'Morris et al. (2021)'"
        " by author-year, group labels and course rules are not entries.",
        checked="Read the whole file; compared the -v output with the 7 titled talk lines and the 14 linked titles"
        " of the reading list, the two-paper bullet 99, the one-line bullets 62/77, the spans with comment lines, and"
        " the arXiv ids from arxiv.org pdf/abs links.",
    )


if __name__ == "__main__":
    main()
