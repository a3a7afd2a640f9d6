"""Wild41 truth for souffle-lang/souffle-lang.github.io pages/docs/publications.md: the "Publications and Talks"
page of the Soufflé Datalog engine's documentation site (a software project's bibliography): papers on Soufflé,
theses written on it, and talks about it.

Shape: Jekyll front matter (1-7), then three "## " sections.
- "## Publications" (8): 14 items in DBLP style, " * Authors:" with the title and venue on the next, unindented
  line (9-28, ten records), or all on one line (29-32, four records):
      * Author, Author, and Author:
      Title. VENUE Year: pages; ([link](url)).
  Venue text varies ("ACM Trans. Program. Lang. Syst. 42, 2, Article 7 (April 2020)", "Concurrency Computat
  Pract Exper. 2020", "PMAM@PPoPP 2019"); en dashes in page ranges; no "; " before the link in 16.
- "## Theses" (34): six items "* Author:" / "Title, Degree Year. ([link](url))." (Masters of Philosophy, Honours).
- "## Talks" (49): eight one-line items "Speaker: Talk title, date or venue, place" with stray backquotes, one
  keynote, one "Tool Talk", YouTube URLs (one on its own line, 56).

Decisions:
- Entries: the 14 publication items (conference papers, journal articles, a workshop paper, an experience report)
  and the 6 theses (an MPhil thesis and five honours theses) = 20.  The talks are not entries (talks, not
  papers; one, 58, has the title of the paper 31, but it records the talk).
- Span: the item's author line through its title line (one line for 29-32).
- Title: publications: the text after the authors' colon (the first ": " on the author line, or the whole next
  line) up to the first ". " (the venue follows), so "Soufflé: On Synthesis of Program Analyzers" keeps its own
  colon; theses: the text before ", Masters of Philosophy" / ", Honours".
- Ids: DOIs from the links (dl.acm.org/doi/10.1145/..., link.springer.com/chapter/10.1007/..., the Wiley
  onlinelibrary.wiley.com/doi/abs/10.1002/cpe.5643); local PDFs, the VLDB PDF, the IEEE Xplore document link and
  the Sydney repository handle give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "souffle-lang__souffle-lang.github.io__pages__docs__publications@81fa8e1.md"
PART = "wild41_development"

PUB_SPLIT = re.compile(r"^ \* ([^:]+):\s*$")
PUB_ONE = re.compile(r"^ \* ([^:]+): (.+)$")
THESIS = re.compile(r"^\* ([^:]+):\s*$")
THESIS_TITLE = re.compile(r"^(.+), (?:Masters of Philosophy|Honours) \d{4}\. \(\[link\]\(\S+\)\)\.$")


def pub_title(text: str) -> str:
    title, sep, _venue = text.partition(". ")
    assert sep, text
    return title


def main() -> None:
    lines = read_lines(NAME)
    start = {ln: i for i, ln in enumerate(lines, 1) if ln.startswith("## ")}
    assert list(start) == ["## Publications", "## Theses", "## Talks"], start
    papers = []
    n = start["## Publications"] + 1
    while n < start["## Theses"]:
        ln = lines[n - 1]
        if not ln.strip():
            n += 1
            continue
        if m := PUB_SPLIT.match(ln):
            papers.append(entry(lines, n, n + 1, pub_title(lines[n])))
            n += 2
            continue
        m = PUB_ONE.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, pub_title(m.group(2))))
        n += 1
    assert len(papers) == 14, len(papers)
    n = start["## Theses"] + 1
    while n < start["## Talks"]:
        ln = lines[n - 1]
        if not ln.strip():
            n += 1
            continue
        assert THESIS.match(ln), (n, ln)
        t = THESIS_TITLE.match(lines[n])
        assert t, (n + 1, lines[n])
        papers.append(entry(lines, n, n + 1, t.group(1)))
        n += 2
    talks = [ln for ln in lines[start["## Talks"]:] if ln.startswith(" * ")]
    assert len(talks) == 8, len(talks)
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each 'Authors:' / 'Title. Venue' item under Publications (14) and each 'Author:' / 'Title, Degree Year'"
        " item under Theses (6) is one work (20); the 8 talks are not entries; title = the text after the authors'"
        " colon up to the first '. ' (publications) or before ', Masters of Philosophy'/', Honours' (theses); DOIs"
        " from ACM, Springer and Wiley links.",
        "Script asserts the section layout, that every non-blank Publications/Theses line is an author line or a"
        " title line, and the 8 talks; -v output compared by eye with the file for all 20 entries (two-line records"
        " 9-28 and 36-47, one-line records 29-32, the colon-titled CAV paper 30, the TOPLAS and Wiley venues 20, 22),"
        " and the 5 DOIs checked against their links (10, 14, 16, 18, 22).",
    )


if __name__ == "__main__":
    main()
