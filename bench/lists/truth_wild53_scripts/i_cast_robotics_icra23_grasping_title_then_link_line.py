"""Wild53 truth for CAST-Robotics/ICRA-2023-review GraspingandManipulationI/README.md: one session page of a small
lab's scraped "ICRA 2023 review" (one folder per conference session, 187 session pages), the session "Grasping and
Manipulation I" with its 16 talks/papers; newest commit holding the file (1117887, 2023-06-04, "all sessions added
using web scraping").  Chosen as the session page with the most papers (16; most sessions hold 8-12).

Shape: 50 lines (the last empty), 2.3 KB, no heading but ``## Paper List`` (1).  Every paper is a two-line block:
``- Title`` (bare text, no link, no authors, no venue) on one line and, on the NEXT line, NOT indented and not a
list item, ``[[Abstract]](https://events.infovaya.com/presentation?id=934xx)`` (the conference platform's abstract
page), then a blank line.  Blocks at 3-4, 6-7, ..., 48-49.  No PDF/Video/Code links in this session (other sessions
have some), so no arXiv ids or DOIs at all.

Special cases:
- The link sits on its own unindented line after the bullet (a lazy continuation of the list item in CommonMark);
  it belongs to the entry above it: each entry spans its two lines.
- Nickname prefixes are part of the written title (``Keypoint-GraspNet: ...`` 6, ``Pick2Place: ...`` 9,
  ``TactoFind: ...`` 21, ``FingerSLAM: ...`` 24, ``GenDexGrasp: ...`` 39, ``Fast-Grasp'D: ...`` 45 with an ASCII
  apostrophe).
- Title case as scraped (``Via``, ``Pick-And-Place``).

Decisions:
- Entry = each ``- `` bullet plus its ``[[Abstract]]`` line (16); title = the bullet text.
- Not entries: the ``## Paper List`` heading, blank lines.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "CAST-Robotics__ICRA-2023-review__GraspingandManipulationI__README@1117887.md"
PART = "wild53_development"

ITEM = re.compile(r"^- (?P<title>\S.*\S)$")
LINK = re.compile(r"^\[\[Abstract\]\]\(https://events\.infovaya\.com/presentation\?id=\d+\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## Paper List"
    papers = []
    for n, ln in enumerate(lines, 1):
        if n == 1 or not ln:
            continue
        if LINK.match(ln):
            assert ITEM.match(lines[n - 2]), (n, ln)
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        assert LINK.match(lines[n]), (n + 1, lines[n])
        assert "[" not in m.group("title"), (n, ln)
        papers.append(entry(lines, n, n + 1, m.group("title")))
    assert len(papers) == 16, len(papers)
    assert [p["line"] for p in papers] == list(range(3, 49, 3))
    t = {p["line"]: p for p in papers}
    assert t[3]["title"] == "Real-Time Generative Grasping with Spatio-Temporal Sparse Convolution", t[3]
    assert t[6]["title"].startswith("Keypoint-GraspNet: Keypoint-Based 6-DoF"), t[6]
    assert t[45]["title"] == "Fast-Grasp'D: Dexterous Multi-Finger Grasp Generation through Differentiable Simulation"
    assert t[48]["end"] == 49, t[48]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- Title' bullet together with the unindented '[[Abstract]](infovaya url)' line right under it is one"
        " entry (16, lines n..n+1); title = the bullet text as scraped, nickname prefixes (Keypoint-GraspNet:,"
        " Pick2Place:, TactoFind:, FingerSLAM:, GenDexGrasp:, Fast-Grasp'D:) kept; the '## Paper List' heading is"
        " not an entry.",
        "Read all 50 lines; compared -v with all 16 blocks (3-4 ... 48-49): each title whole, spans end on the"
        " Abstract line, no ids (only infovaya abstract links in this session).",
    )


if __name__ == "__main__":
    main()
