"""Wild55 truth for SSD-Brandeis/COSI-167A 2024/_modules/modules.md: the class-by-class schedule of Brandeis COSI 167A
("Advanced Data Systems", fall 2024) with its readings, a Jekyll "just the docs"-style module page, newest commit
(af62cb6, 2024-12-31).

Shape: 149 lines.  Front matter (1-3), a header triple (5-7), then one kramdown definition-list block per class day:
``Fri, Aug 30`` (term line), ``: **Class 1:** Topic <br><a ... slides-icon ...>`` (lecture, HTML anchor to slides),
``    : __[P]__ ["Title"](url){:target="_blank"}, *Venue*, Year <br>`` (the primary, required paper) and on the next line,
unindented, ``[B] ["Title"](url){:target="_blank"}, *Venue*, Year`` (background paper).  Titles are written in straight
double quotes inside the link text; kramdown IAL ``{:target="_blank"}`` follows every link.  Many [P] lines continue
after ``<br>`` with a Gradescope label link (``[__Technical Question 1__{: .label .label-red}](...)``) and a purple
``<span>`` holding the question as another link (25, 35, 45, 63, 71, 110, 121, 131); those are assignments, not papers.
Holidays / project days (58-59, 66-67, 79-85, 103-105, 134-148) have no readings.

Special cases:
- 20-21: the same "The Seattle Report on Database Research" twice ([P] 2022 SIGMOD Record DOI version, [B] 2018 PDF):
  two entries.
- 36: ``[B] ["The LSM Design Space and its Read Optimizations"](){...}`` has an empty URL: still an entry.
- 89 and 120 (question on 121): a [P] paper with no [B] line; 98-100, 109-111 and 130-132 put the Gradescope label
  on its own line between [P] and [B].
- 120, 125, 130: two spaces after ``__[P]__``.
- Ids: arXiv from arxiv.org/pdf links (30, 55); DOIs from dl.acm.org/doi/pdf links (20, 31, 45, 64, 76, 130); the rest
  are author/university PDFs with no id.

Decisions:
- Entry = every ``__[P]__`` or ``[B]`` reading (38 papers, all research articles or surveys/monographs in FnT); one
  line each.
- Title = the quoted text inside the link, without the quotes.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "SSD-Brandeis__COSI-167A__2024___modules__modules@af62cb6.md"
PART = "wild55_development"

READ = re.compile(r'(?:__\[P\]__|\[B\])\s+\["(?P<title>[^"]+)"\]\((?P<url>[^)]*)\)')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = READ.search(ln)
        if not m:
            assert "[P]" not in ln and "[B]" not in ln, (n, ln)
            continue
        assert len(READ.findall(ln)) == 1, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 38, len(papers)
    assert by[15]["title"] == "Architecture of a Database System", by[15]
    assert (by[20]["title"], by[20]["doi"]) == ("The Seattle Report on Database Research", "10.1145/3524284"), by[20]
    assert by[21]["title"] == "The Seattle Report on Database Research" and by[21]["doi"] is None, by[21]
    assert by[25]["title"] == "Column-Stores vs. Row-Stores: How Different Are They Really?", by[25]
    assert by[30]["arxiv"] == "1812.07527", by[30]
    assert by[36]["title"] == "The LSM Design Space and its Read Optimizations", by[36]
    assert by[55]["arxiv"] == "2110.13801", by[55]
    assert by[120]["title"] == "FASTER: A Concurrent Key-Value Store with In-Place Updates", by[120]
    assert by[130]["doi"] == "10.1145/3183713.3199671", by[130]
    assert sum(1 for p in papers if p["doi"]) == 6 and sum(1 for p in papers if p["arxiv"]) == 2
    write_truth(
        NAME,
        PART,
        papers,
        "Each class day is a kramdown definition list; its readings are '__[P]__ [\"Title\"](url){:target=...},"
        " *Venue*, Year' (primary) and '[B] [\"Title\"](url){...}, *Venue*, Year' (background), one per line.  Every"
        " [P]/[B] reading is an entry (38); the Gradescope 'Technical Question'/'Review Paper' label links and question"
        " spans, slide anchors and guest-lecturer links are not.  Title = the quoted link text without its quotes.",
        "Listed every [P]/[B] line and compared -v with it: all 38 titles (duplicate Seattle Report 20-21, empty URL"
        " 36, double-space 120/125/130), the two arXiv ids and six ACM DOIs; the lines with question links (25, 35,"
        " 45, 63, 71, 110, 121, 131) give only their paper.",
    )


if __name__ == "__main__":
    main()
