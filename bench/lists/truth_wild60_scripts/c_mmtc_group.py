"""Wild60 truth for EngProjects/mMTC publications.md at 452734d (2023-11-09, branch ``github.io``): the publication
page of a Texas A&M research-group project site on massive machine-type communication / unsourced random access
(Chamberland and Narayanan groups), a Jekyll page kept by hand.

Shape: 139 lines.  Front matter (1-5), ``## Journal Articles`` (7), ``## Conference Proceedings`` (38),
``## Tutorials/ Presentations`` (123).  Each item is a ``*`` bullet written over 2-5 physical lines (a lazy
continuation paragraph inside the list item, no indentation):
``* Authors.`` / ``[Title](doi or IEEE url).`` or a plain ``Title.`` line / ``Venue, details, year.`` /
``[arXiv](https://arxiv.org/abs/...)`` / ``[YouTube](...)``.

Special cases:
- The title line is a link to dx.doi.org or IEEE Xplore in most items, plain text in 40, 43, 46, 69 (arXiv-only or
  submitted papers); 69 has no final period and its venue follows on the next line.
- The items at 39-41 and 42-44 have no venue line at all (preprints: authors, title, arXiv link).
- The same work can appear twice (FASURA journal 9-11 and SPAWC paper 64-67; Sparse IDMA journal 12-15 and the
  Globecom paper 106-109 share arXiv 1906.05410): separate entries.
- Some lines have trailing spaces or a trailing period after the link (``[arXiv](...).``).
- Tutorials/Presentations (125-138) are talks and tutorials, one line (``* J.-F. Chamberland, Applications of ...,
  Communication Theory Workshop ...``) or several lines: not papers.

Decisions:
- Entry = every ``*`` bullet under Journal Articles (7) and Conference Proceedings (21), spanning its lines up to the
  next bullet or blank line; 28 in all.  Title = the second line of the bullet: the link text when it is a
  ``[...](...)`` link, else the line itself, without the final period.
- The Tutorials/ Presentations bullets are not entries.
- arXiv ids and DOIs come from the entry's lines (arxiv.org/abs links, dx.doi.org links) by the helper.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "EngProjects__mMTC__publications@452734d.md"
PART = "wild60_development"

LINK = re.compile(r"^\[([^\]]+)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    stop = next(n for n, ln in enumerate(lines, 1) if ln.startswith("## Tutorials"))
    starts = [n for n, ln in enumerate(lines, 1) if ln.startswith("* ") and n < stop]
    papers = []
    for first in starts:
        last = first
        while last + 1 < stop and lines[last].strip() and not lines[last].startswith("* "):
            last += 1
        second = lines[first].strip()
        m = LINK.match(second)
        title = m.group(1) if m else second
        title = title.strip().rstrip(".").strip()
        papers.append(entry(lines, first, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 28, len(papers)
    assert sum(1 for p in papers if p["line"] < 38) == 7
    assert by[9]["title"] == "FASURA: A Scheme for Quasi-Static Massive MIMO Unsourced Random Access Channels"
    assert by[12]["end"] == 15 and by[12]["arxiv"] == "1906.05410", by[12]
    assert by[12]["doi"] == "10.1109/tcomm.2022.3183590", by[12]
    assert by[39]["title"] == "Transformers are Efficient In-Context Estimators for Wireless Communication", by[39]
    assert by[42]["title"] == "LLMZip: Lossless Text Compression using Large Language Models", by[42]
    assert by[68]["title"] == (
        "Coded Compressed Sensing with Successive Cancellation List Decoding for Unsourced Random Access with"
        " Massive MIMO"
    ), by[68]
    assert by[68]["end"] == 71 and by[68]["arxiv"] == "2105.02185", by[68]
    assert by[118]["end"] == 120 and by[118]["arxiv"] is None, by[118]
    assert all(p["line"] < 123 for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '*' bullet under 'Journal Articles' (7) and 'Conference Proceedings' (21) is one paper, spanning"
        " its 2-5 lines (authors / title / venue / arXiv / YouTube) up to the next bullet or blank line.  Title ="
        " the bullet's second line: the link text of a [Title](url) link, or the plain line, without the final"
        " period.  The 'Tutorials/ Presentations' bullets are talks, not entries.",
        checked="Read all 139 lines; compared the -v output with each of the 28 bullets (linked vs plain titles,"
        " the arXiv-only preprints 39-44, the unterminated title of 69, trailing spaces), the spans, and the arXiv"
        " ids and DOIs taken from each entry's lines; checked that no tutorial bullet is an entry.",
    )


if __name__ == "__main__":
    main()
