"""Wild39 truth for ennobler/gem5-test-doc content/publications/_index.md: a 2018 test copy of the gem5
simulator's "Publications" page (a software project's bibliography: the papers to cite for gem5 and its
features, then papers that used gem5/M5 from 2002 to 2017), converted by pandoc from the old MediaWiki page.

Shape: Hugo front matter (1-6), an intro paragraph (8-13), the wiki's "__TOC__" (15), then "## Original Paper"
(17), "## Special Features of gem5" with "### GPUs", "### DRAM Controller, ...", "### KVM", "### Elastic
Traces", "### SystemC Couping" (26-92), "## Other Publications related to gem5" (94), "## Publications using
gem5 / m5" (171) with "### 2017" down to "### 2002", and "</div>" / "__NOTOC__" at the end.  Every record is a
top-level list item "  - " (two spaces, a dash) whose text wraps onto lines indented four spaces; pandoc
closed many lists with "<!-- end list -->" comments between items (often one per item), others run on.  A
record is "Title. Authors. Venue, date." with extras such as "[pdf](...)" / "[Link](...)" / "[ps]" links on
the last lines.  The title is marked in seven ways left over from the wiki:
- bold link "[**Title**](url)" (19, 30, ...), the title wrapped over two or three lines, once with the
  citation's "." inside the bold ("... in the Nanoscale Era.**](...)", 309-310);
- escaped brackets around an autolink and bold "\\[<url>**Title**\\]." (175, 185, 193, 202, ...) or, with the
  bold closing after the bracket, "\\[<url> **Title\\]**." (347, 381, 391, 399);
- wiki bold that pandoc left as "'''": "['''Title\\n    '''](url)" (406, 414);
- italics "*Title.*", "*Title,*", "*Title*." or "*Title*" followed by the authors (most records from 2013
  down), one with an escaped "\\!" ("... Obviously Wrong\\!*", 607);
- wiki italics left as "''": "'' Title.''" or "'' Title''." (533, 722, 729, 821, 914, 927);
- plain double quotes with the comma inside ("\"dist-gem5: Distributed Simulation of Computer Clusters,\"",
  113).
Three records of 2005-2004 have a nested item "      - An extended version appears as University of
Michigan Technical Report CSE-TR-..., [pdf](...)" (1112-1114, 1145-1147, 1192-1194).

Decisions:
- Entries: every top-level item whose subject is a scholarly work: conference, workshop and journal papers,
  magazine articles (IEEE Micro, CACM), technical reports, master's theses and dissertations.  185 entries.
  Records repeated in two sections are kept ("Accuracy Evaluation of GEM5 Simulator System" 155 and 466,
  "The M5 Simulator: Modeling Networked Systems" 160 and 1044).
- Not entries: "DRAMPower: Open-source DRAM Power & Energy Estimation Tool" (64-68), a tool cited by its
  website (no venue); "Optimization and Mathematical Modeling in Computer Architecture" (444-448, under
  2013), a Synthesis Lectures book (144 pages).
- The nested "extended version" items are part of their parent record (the same paper, another version,
  with no title of its own): they fall inside the parent's span and are not entries of their own.
- Span: the item's first line through its last indented line (the nested item included), not the
  "<!-- end list -->" comments.
- Title: the marked title as above, the lines joined; the citation's "." or "," after or inside the marking
  dropped; "\\!" renders "!".  Typos kept ("realisitic", "subsytem", "Custimization", "Acelerating").
- Ids: from the record's own lines: doi.org / dx.doi.org / doi.acm.org / doi.ieeecomputersociety.org links
  and the "DOI=10.1109/MM.2006.82" query of the 2006 M5 record's "[Link]"; SimpleSSD's arXiv PDF gives
  1705.06419.  IEEE Xplore arnumber links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "ennobler__gem5-test-doc__content__publications___index@aeff9c8.md"
PART = "wild39_development"

ITEM = re.compile(r"^  - ")
BOLD_LINK = re.compile(r"^\[\*\*(.+?)\*\*\]\(")
AUTOLINK_BOLD = re.compile(r"^\\\[<[^>]+> ?\*\*(.+?)(?:\*\*\\\]|\\\]\*\*)")
WIKI_BOLD = re.compile(r"^\['''(.+?)'''\]\(")
ITALIC = re.compile(r"^\*(.+?)\*")
WIKI_ITALIC = re.compile(r"^''(.+?)''")
QUOTED = re.compile(r'^"(.+?)"')
NOT_PAPERS = ("DRAMPower: Open-source DRAM Power", "Optimization and Mathematical Modeling in Computer")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        if not ITEM.match(ln):
            assert not ln.startswith(" "), (n, ln)
            n += 1
            continue
        last = n
        while last < len(lines) and lines[last].startswith("    "):
            last += 1
        text = " ".join(x.strip() for x in lines[n - 1 : last])[2:]
        for rx in (BOLD_LINK, AUTOLINK_BOLD, WIKI_BOLD, ITALIC, WIKI_ITALIC, QUOTED):
            if m := rx.match(text):
                title = m.group(1)
                break
        else:
            raise AssertionError((n, text))
        if title.strip().startswith(NOT_PAPERS):
            skipped.append(n)
        else:
            papers.append(entry(lines, n, last, title.strip().removesuffix(",")))
        n = last + 1
    assert len(skipped) == 2, skipped
    assert len(papers) == 185, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each top-level '  - ' record of the pandoc-converted gem5 publications page whose subject is a paper,"
        " article, technical report or thesis is an entry (the DRAMPower tool and a Synthesis Lectures book are"
        " not; nested 'extended version' TR items belong to their parent); title = the bold-linked, bracketed"
        " bold, ''' / '' wiki-marked, italic or quoted title, lines joined, final '.'/',' dropped.",
        "All 1228 lines read; the script asserts every indented line belongs to a record and every record has a"
        " marked title; -v output compared for the first and last record of every section and year, every"
        " record of the bracket-autolink shapes (175-289, 347-402), the ''' and '' wiki shapes, the quoted"
        " dist-gem5 113, the '\\!' title 607, the three nested TR items, both repeats, the two non-papers, and"
        " ~30 italic records of 2009-2002; every DOI and the arXiv id printed by -v checked against the links.",
    )


if __name__ == "__main__":
    main()
