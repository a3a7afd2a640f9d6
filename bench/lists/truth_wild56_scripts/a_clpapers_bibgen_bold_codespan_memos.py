"""Wild56 truth for optimass/continual_learning_papers README.md: "Continual Learning Literature", a list of
continual-learning papers generated from a BibTeX file (Automatic_Awesome_Bibliography script), newest commit
(851e554, 2021-06-16).

Shape: 337 lines, 53 KB.  Title (1), intro (2-6), ``## Outline`` (8) with 19 anchor-link bullets (9-27), then 19
``##`` sections from ``## Classics`` (29) to ``## Workshops`` (332).  Each paper is one generated bullet:
``- [**Title**](url) , (Year) by *Authors* [[bib]](/home/ubuntu/.../bibtex.bib#Lx-Ly)`` or, with no URL in the
BibTeX, ``- **Title**, (Year) by *Authors* [[bib]](...)``; an optional one-line memo in a code span follows on the
next line: a line opening and closing with three
backticks (``Argues knowledge transfer is ...``).

Special cases:
- Author lists keep BibTeX line breaks, so bullets continue over several lines: 50-51, 160-161, 168-169 (the
  continuation starts with ``, Lucas, ...``), 200-203, 204-208, 231-233, 281-288, 222-229, 322-325.
- 210-211: the title itself wraps, ``[**Learn to Grow: {A} Continual Structure Learning Framework for Overcoming`` /
  ``Catastrophic Forgetting**](http://arxiv.org/abs/1904.00310)``.
- BibTeX markup in titles: braces ``{A}`` (210) and ``{REMIND Your Neural Network ...}`` (160), and ``\\&`` in
  ``Progress \\& compress`` (116).
- The same paper appears under several sections (e.g. A-GEM at 70 and 162, PathNet at 222 and 281): each listing is
  its own entry.
- ``## Libraries`` (315-330) lists software papers (Sequoia, Avalanche, River, Continuum, FACIL ...) in the same bib
  format: entries.  ``## Workshops`` (332-337) lists three events (333 ``Workshop on Continual Learning at ICML 2020``,
  334 ``4th Lifelong Machine Learning Workshop at ICML 2020``, 337 ``1st Lifelong Learning for Machine Translation
  Shared Task at WMT20 (EMNLP 2020)``), which are not papers, and one competition report (335, ``CVPR 2020 Continual
  Learning in Computer Vision Competition: ...``), which is.
- The ``[[bib]]`` links point to a local path, not to a paper.  arXiv ids come from arxiv.org abs/pdf links; DOIs from
  ``doi.org`` (33, 182) and ``dl.acm.org/citation.cfm?id=`` gives none.
- ``## Thesis`` (309-313) lists four PhD theses in the same bib format: entries (scholarly works of the list).
- The Outline bullets (9-27) name sections, not papers.

Decisions:
- Entry = each generated bullet with a bold title after the Outline, spanning its continuation lines and its memo
  code-span line; except the three workshop/event bullets: 142 entries.
- Title = the bold text, wrapped lines joined with a space, BibTeX braces dropped and ``\\&`` read as ``&``.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "optimass__continual_learning_papers__README@851e554.md"
PART = "wild56_development"

ITEM = re.compile(r"^- \[?\*\*")
BOLD = re.compile(r"\*\*(?P<title>[^*]+)\*\*")
EVENTS = {333, 334, 337}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[28] == "## Classics", lines[28]
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 29 or not ITEM.match(ln) or n in EVENTS:
            continue
        last = n
        while last < len(lines) and lines[last].strip() and not lines[last].startswith(("- ", "#")):
            last += 1
        m = BOLD.search("\n".join(lines[n - 1 : last]))
        assert m, (n, ln)
        title = " ".join(m.group("title").split())
        title = title.replace("{", "").replace("}", "").replace("\\&", "&")
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 142, len(papers)
    assert by[30]["title"] == "Catastrophic forgetting in connectionist networks", by[30]
    assert (by[31]["end"], by[31]["title"]) == (32, "Lifelong robot learning"), by[31]
    assert by[33]["doi"] == "10.1080/09540099550039318", by[33]
    assert (by[39]["end"], by[39]["arxiv"]) == (39, None), by[39]
    assert (by[50]["end"], by[50]["title"]) == (51, "Measuring Catastrophic Forgetting in Neural Networks"), by[50]
    assert by[116]["title"] == "Progress & compress: A scalable framework for continual learning", by[116]
    assert (by[160]["end"], by[160]["title"]) == (161, "REMIND Your Neural Network to Prevent Catastrophic Forgetting")
    assert (by[168]["end"], by[168]["arxiv"]) == (170, None), by[168]
    assert (by[200]["end"], by[200]["arxiv"]) == (203, "1902.09432"), by[200]
    assert by[210]["title"] == (
        "Learn to Grow: A Continual Structure Learning Framework for Overcoming Catastrophic Forgetting"
    ), by[210]
    assert (by[210]["end"], by[210]["arxiv"]) == (215, "1904.00310"), by[210]
    assert (by[231]["end"], by[231]["arxiv"]) == (234, "1606.04671"), by[231]
    assert (by[322]["end"], by[322]["title"]) == (326, "River: machine learning for streaming data in Python"), by[322]
    assert by[335]["title"].startswith("CVPR 2020 Continual Learning in Computer Vision Competition"), by[335]
    assert not EVENTS & set(by)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every generated '- [**Title**](url) , (Year) by *Authors* [[bib]](...)' or '- **Title**, (Year) by"
        " ...' bullet after the Outline is one paper, spanning its wrapped author lines and the following code-span"
        " memo line.  Title = the bold text, wrapped lines joined, BibTeX braces dropped and '\\&' read as '&'.  The"
        " three workshop/event bullets (333, 334, 337) are not papers; the CVPR 2020 competition report (335) and the"
        " software papers under Libraries are.  Outline bullets are not papers.",
        checked="Read the whole file and compared the -v output for all 142 entries: linked and unlinked bold titles,"
        " the wrapped title at 210-211, braces and '\\&' in titles (116, 160, 210), spans over multi-line author lists"
        " (50-51, 168-170, 200-203, 204-209, 222-229, 231-234, 281-288, 322-326) and memo lines, repeated papers in"
        " several sections, arXiv ids from arxiv.org links and the doi.org DOIs (33, 182).",
    )


if __name__ == "__main__":
    main()
