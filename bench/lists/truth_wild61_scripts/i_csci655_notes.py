"""Wild61 truth for SichangHe/sichanghe.github.io src/notes/class_notes/csci655.md at 7a69f76 (2026-06-12):
a student's class notes for USC CSCI 655 "Advanced Operating Systems", written as one ``##`` heading per paper
read in the course, each followed by terse bullet notes on the paper.

Shape: 323 lines.  ``# Advanced Operating Systems`` (1) and a general bullet list on reliability and performance
(3-15) that names no paper.  Then 28 paper headings, from 17 to 323, written
``## [Title](url), Author, Author, ..., Venue, Year``; the notes under a heading are ``-`` bullets (nested up to
three levels) that hold no links.  A ``---`` rule (319) and the bare line ``external paper`` (321) come before the
last heading (323).

Special cases:
- 23 is the only heading without a link: the title is in italics
  (``## *An Evaluation of The Ninth SOSP Submissions or How (and How Not) to Write A Good Systems Paper*, Roy Levin,
  David D. Redell``) and the heading gives no venue or year.
- 226 starts with a robot emoji before the link (``## 🤖 [Serverless Runtime / Database Co-Design With Asynchronous
  I/O](https://doi.org/...)``); its notes (228-249) are marked with the same emoji.
- Several headings have no notes at all (251, 315, 317, 323), others only one bullet (296-298, 300-302).
- Titles keep the file's casing and spelling (144 ``Rethink the sync``, 308 ``Efficient Memory Disaggregation with
  Infnswap``, 119 ``Cores that don’t count`` with a curly apostrophe).
- Links are dl.acm.org ``/doi/abs/`` and ``/doi/pdf/`` pages (their DOIs are taken by the helper), usenix.org pdfs
  (no id) and one doi.org link (226).

Decisions:
- Entry = every ``## `` heading from 17 on (28), one paper each.  Span = the heading down to the last non-blank
  line before the next heading or the ``---`` rule, so the notes are part of the entry.
- Title = the link text of the heading, or the italic text for 23.  Authors, venue and year after it are left out.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "SichangHe__sichanghe.github.io__src__notes__class_notes__csci655@7a69f76.md"
PART = "wild61_development"

HEAD = re.compile(r"^## (?:🤖 )?(?:\[(?P<link>[^\]]+)\]\([^)]*\)|\*(?P<ital>[^*]+)\*),")


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("## ")]
    papers = []
    for i, n in enumerate(heads):
        m = HEAD.match(lines[n - 1])
        assert m, (n, lines[n - 1])
        stop = heads[i + 1] if i + 1 < len(heads) else len(lines) + 1
        last = n
        for k in range(n + 1, stop):
            if lines[k - 1].strip() == "---":
                break
            if lines[k - 1].strip():
                last = k
        papers.append(entry(lines, n, last, (m.group("link") or m.group("ital")).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 28, len(papers)
    assert min(by) == 17 and max(by) == 323, (min(by), max(by))
    assert by[17]["title"] == "How to read a paper" and by[17]["doi"] == "10.1145/1273445.1273458", by[17]
    assert by[17]["end"] == 21, by[17]
    assert by[23]["title"] == (
        "An Evaluation of The Ninth SOSP Submissions or How (and How Not) to Write A Good Systems Paper"
    ), by[23]
    assert by[23]["doi"] is None and by[23]["end"] == 28, by[23]
    assert by[30]["title"] == "RAID: High-Performance, Reliable Secondary Storage", by[30]
    assert by[30]["doi"] == "10.1145/176979.176981", by[30]
    assert by[119]["title"] == "Cores that don’t count", by[119]
    assert by[226]["title"] == "Serverless Runtime / Database Co-Design With Asynchronous I/O", by[226]
    assert by[226]["doi"] == "10.1145/3642968.3654821" and by[226]["end"] == 249, by[226]
    assert by[251]["end"] == 251 and by[251]["title"] == "Shielding Applications from an Untrusted Cloud with Haven"
    assert by[308]["title"] == "Efficient Memory Disaggregation with Infnswap", by[308]
    assert by[317]["title"] == "On system design" and by[317]["end"] == 317, by[317]
    assert by[323]["title"] == "Triangulating Python Performance Issues with Scalene", by[323]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '## ' heading (28, lines 17-323) is one paper: '## [Title](url), authors, venue, year' (one"
        " heading writes the title in italics without a link, one starts with a robot emoji).  The entry spans the"
        " heading and its bullet notes down to the last non-blank line before the next heading or the '---' rule."
        "  Title = the heading's link text (or italic text), without authors, venue or year.  The '#' page title,"
        " the general bullets at 3-15 and the line 'external paper' are not entries.",
        checked="Read the whole file; compared the -v output with all 28 headings: the italic no-link heading (23),"
        " the emoji heading (226) and its note span, headings without notes (251, 315, 317, 323), spelling kept"
        " (144, 308, curly apostrophe 119), DOIs from dl.acm.org links (17, 30, 226) and none from usenix.org pdfs.",
    )


if __name__ == "__main__":
    main()
