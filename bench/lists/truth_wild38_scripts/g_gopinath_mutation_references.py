"""Wild38 truth for rahulgopinath/rahulgopinath.github.io references.md: the "References" page of a software-
testing researcher's Jekyll site, a bibliography of mutation-testing and test-adequacy papers (1953-2016) that his
publication pages link to by anchor.

Shape: front matter (1-8), then ``##### YEAR`` headings in descending order (with slips: an empty ``##### 2012``,
a ``##### 1995`` heading over a 1975 paper placed after 1979, ``##### 1953`` last).  Under them, one bullet per
reference, each on a single line and wrapped whole in an HTML anchor:
``* <a id='key' href='#key'>Authors, *Title*, Venue Year.</a>``.  Author styles vary (``Papadakis, M.,``,
``Papadakis M.,``, ``Marinos Kintis``, ``K.S. How Tai Wah`` with no comma before the title).  The title is the
one ``*...*`` span; some carry the sentence dot inside the emphasis (``*... software testing.*,``,
``*... A collateral experiment.*``, ``*... Decision Problems.*``).  Line 36 never closes its ``<a>`` (the anchor
then runs on in the rendered page); line 46 (Parsec) has no year.  Bullets are sometimes separated by blank
lines (36-38, loose list).  No URLs, no ids.

Decisions:
- Every bullet is an entry (all 23 are papers: journal and conference papers, the ENTCS Parsec paper, the
  Mutation 2000 workshop papers, DeMillo et al.'s 1979 report chapter).  Span: its line.
- Title: the text of the ``*...*`` span, with a final '.' dropped (it is the citation's separator).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "rahulgopinath__rahulgopinath.github.io__references@b7e2722.md"
PART = "wild38_development"

ITEM = re.compile(r"^\* <a id='(\w+)' href='#\1'>")
EMPH = re.compile(r"\*([^*]+)\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        m = ITEM.match(ln)
        assert m, n
        spans = EMPH.findall(ln[m.end() :])  # after the bullet's own '*'
        assert len(spans) == 1, n
        title = spans[0].strip().removesuffix(".")
        papers.append(entry(lines, n, n, title))
    assert not lines[35].endswith("</a>")  # the unclosed anchor
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each bullet (an HTML anchor wrapping one citation, under ##### year headings) is an entry on its line;"
        " title = the *...* span with a final '.' dropped; all 23 references are papers.",
        "Whole file read: all 23 bullets compared with the -v output, including the unclosed anchor (36), the"
        " titles with a dot inside the emphasis (42, 56, 73), the authors ending without a comma (36, 48) or with a period (42, 73)"
        " before the title, the Parsec line without a year (46), the empty 2012 heading and the"
        " misplaced 1995/1975 heading (67-69).",
    )


if __name__ == "__main__":
    main()
