"""Wild38 truth for zhoujiagen/learning-dbms docs/overview/database-internals/DI-references.md: a student's
annotated copy of the bibliography of Alex Petrov's book "Database Internals" (storage engines, B-trees, LSM
trees, transactions, distributed systems, consensus), with Chinese notes.

Shape: "# References of **Database Internals**", then
- 3-823: 222 numbered bullets "- n [KEY] Authors. Year.  **Title.**  Venue ... URL/DOI." in the book's Chicago
  author-date style, one line each except 50 (192-193, the author list wrapped); books are written with the
  bold title and a "City: Publisher" tail ("**Database Management Systems (3rd Ed.)** . New York: McGraw-Hill.").
  After most bullets, separated by a blank line, come the student's notes: a Chinese translation of the title
  ("事务提交中的共识"), a short English tag ("Spanner", "Count-min sketch") or a "==Topic==" highlight naming the
  book chapter's further-reading topic.
- 369-381: after bullet 97, a label line "[Das2002]" and a fenced "@INPROCEEDINGS" BibTeX block for the SWIM
  paper (Das, Gupta, Motivala, DSN 2002), which has no numbered bullet of its own.
- 827-999: 41 unnumbered bullets "- Authors. Year. “Title.” Venue." (the book's per-chapter further reading),
  each followed by "==Topic==" lines; 836-838 and 865-866 are wrapped over several lines; 999 holds two books
  in one bullet ("... O’Reilly Media. +Sridharan, Cindy. 2018. Distributed Systems Observability ...").

Decisions:
- An entry is a bullet (or the BibTeX block) whose subject is a scholarly work: journal and conference papers,
  technical reports, theses/dissertations (177, 183, 923, the MSc essay 900, Primi's "Paxos made code" 955),
  working papers (20, SSRN), survey monographs printed in Foundations and Trends journals (92, 105, 836, 919),
  a handbook chapter (162), Demaine's summer-school survey (58), vendor or lab technical papers cited as such
  (21 Libra consensus, 32 is not: see below; 133 FAA report, 198 Bitcask, 203 Derby progress report, 80),
  Drepper's "What Every Programmer Should Know About Memory" (63, a Red Hat technical paper, although written
  like a book), magazine articles in ACM Queue (104), IEEE Computer/Internet Computing (1, 85, 213) and Linux
  Journal (158, 159), and the linguistics article 170.  Repeated records are kept (52 and 53 cite the same
  Count-Min paper; 122 and 216 the same "A Note on Distributed Computing").
- Not entries: books and textbooks (3, 26, 27, 28, 38, 40, 70, 79, 82, 124, 131, 132, 180, 194, 199, 200,
  205, 206, 219; further reading 832, 843, 847 a Synthesis Lectures book, 857 McKenney's perfbook, 861, 890,
  905, 911, 967-999 including both books of 999), course lecture notes (896), blog posts and web pages (2, 17,
  55, 62, 68, 69, 74, 88, 100, 121, 127, 128, 129, 146, 160, 172, 185, 188, 189, 192, 197, 207), the LWN news
  article 49, and vendor marketing documents (32 Redis Labs white paper, 113 Intel technology brief); the
  Chinese/English notes and "==Topic==" lines.
- Span: the bullet's lines up to the next blank line (192-193, 836-838, 865-866 multi-line); the BibTeX entry is
  369-381 (label line through the closing fence).
- Title: the bold text (numbered bullets), the text inside “ ” (further reading) or the BibTeX title field, as
  written (typos such as "atomiccommitment", "concurrent object" kept), the citation's final '.' dropped, also
  after a capital letter ("A history and evaluation of System R", "..., Part I"); in 170 the '.' stands inside
  the closing quote ("... or ‘Overflown.’") and is kept as written.
- Ids from the entry's own line(s).  Fixed by hand: 85's DOI is written "10.1109/MC. 2011.389" (a stray space
  from the PDF copy) and is rejoined to 10.1109/mc.2011.389; the BibTeX "doi={10.1109/DSN.2002.1028914}}" is
  set without its braces.  214's "https://doi.org/0.1145/2926965" (a digit lost) is not a DOI and gives none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "zhoujiagen__learning-dbms__docs__overview__database-internals__DI-references@d7131b3.md"
PART = "wild38_development"

NUMBERED = re.compile(r"^- (\d+) \[[^\]]+\] ")
BOLD = re.compile(r"\*\*(.+?)\*\*")
QUOTED = re.compile(r"“(.+?)”")
# numbered references that are not scholarly works (books, blogs/web pages, news, vendor documents)
NOT_PAPERS = {
    3, 26, 27, 28, 38, 40, 70, 79, 82, 124, 131, 132, 180, 194, 199, 200, 205, 206, 219,  # books
    2, 17, 55, 62, 68, 69, 74, 88, 100, 121, 127, 128, 129, 146, 160, 172, 185, 188, 189, 192, 197, 207,  # web
    49,  # LWN news article
    32, 113,  # vendor white paper / technology brief
}
# further-reading bullets (by first line) that are books or lecture notes
NOT_PAPERS_FURTHER = {832, 843, 847, 857, 861, 890, 896, 905, 911, 967, 971, 975, 979, 983, 987, 991, 995, 999}
DOI_FIX = {325: "10.1109/mc.2011.389", 369: "10.1109/dsn.2002.1028914"}


def span(lines: list[str], first: int) -> int:
    last = first
    while last < len(lines) and lines[last].strip() and not lines[last].startswith("- "):
        last += 1
    return last


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        if m := NUMBERED.match(ln):
            k = int(m.group(1))
            numbers.append(k)
            last = span(lines, n)
            if k not in NOT_PAPERS:
                text = " ".join(lines[n - 1 : last])
                title = BOLD.search(text).group(1).strip()
                # the citation's '.' is inside the bold; drop it here, since tidy() keeps a '.' after a capital
                # letter ("System R.", "Part I.")
                papers.append(entry(lines, n, last, title.removesuffix(".")))
            n = last + 1
            continue
        if ln.startswith("- ") and n >= 827:
            last = span(lines, n)
            if n not in NOT_PAPERS_FURTHER:
                text = " ".join(lines[n - 1 : last])
                papers.append(entry(lines, n, last, QUOTED.search(text).group(1)))
            n = last + 1
            continue
        if ln == "[Das2002]":
            assert lines[n + 1] == "```" and lines[n + 11] == "```", n
            title = re.search(r"^\s*title=\{(.+?)\},$", "\n".join(lines[n + 2 : n + 11]), re.MULTILINE).group(1)
            papers.append(entry(lines, n, n + 12, title))
            n += 13
            continue
        assert not ln.startswith("- "), n
        n += 1
    assert numbers == list(range(1, 223)), numbers
    for p in papers:
        if p["line"] in DOI_FIX:
            p["doi"] = DOI_FIX[p["line"]]
    assert len(papers) == 222 - len(NOT_PAPERS) + 1 + 41 - len(NOT_PAPERS_FURTHER), len(papers)
    assert len(papers) == 202, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered reference bullet, further-reading bullet and the fenced SWIM BibTeX block whose subject is a"
        " scholarly work (papers, technical reports, theses, working papers, FnT surveys, a handbook chapter,"
        " magazine articles) is an entry; books, lecture notes, blog posts/web pages, the LWN news item and vendor"
        " briefs are not; title = the bold title, the “quoted” title or the BibTeX title, final '.' dropped; the"
        " Chinese notes and ==Topic== lines are not part of entries.",
        "All 222 numbered references and 41 further-reading bullets listed with their venue text and classified"
        " one by one (book / blog / web page / paper / report / thesis); the -v output compared for the first and"
        " last reference of each alphabetical letter and ~30 in between, every multi-line span (192-193, 369-381,"
        " 836-838, 865-866), the two-book bullet 999, the repeated Count-Min and Waldo records, every DOI and arXiv"
        " id printed by -v (85 rejoined, BibTeX braces removed, 214's broken DOI left out).",
    )


if __name__ == "__main__":
    main()
