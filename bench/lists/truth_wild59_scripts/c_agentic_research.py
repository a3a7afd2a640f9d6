"""Wild59 truth for Agentic-Intelligence-Lab/Agentic-Intelligence-Lab.github.io research/index.md at 236d815
(2026-08-03): the "Research" page of a lab web site (Jekyll, lab-website-template style front matter), a hand-written
list of the lab's papers sorted by type.

Shape: 159 lines, no trailing newline.  Front matter (1-6), ``# ... Research`` heading with a Liquid include (8), intro and a
``<center><img></center>`` word cloud (10-14), ``## All`` (16) and a legend of coloured topic tags, one line of
inline ``<span style=...>T</span> Theory | ...`` HTML (18).  Then four ``###`` sections, each an ordered list whose
items all start with ``1. `` (Markdown renumbers them), separated by blank lines:
- Preprints and In-Submission Works (20-67; 69 and 71 are items wrapped in ``<!-- ... -->`` comments);
- Workshop Papers (without proceedings) (74-89);
- Conference Papers (with proceedings) (92-138);
- Journal Papers (140-159).
One item a paper: ``1. Authors, "Title", venue/status, year. <span ...>TAG</span> ...``; the title sits between
straight double quotes, sometimes as a Markdown link ``"[Title](url)"``; the topic tags are inline HTML spans.

Special cases:
- 32-33: the title is broken over two lines inside the link text (``...Real-World Data`` / ``Continually without
  Forgetting?]``): one entry spanning 32-33, the title joined with one space.
- 148-149: the topic tag span sits alone on the next line: the entry spans 148-149.
- 53: the closing quote is followed by a fullwidth comma ``，``.
- 69 and 71 are list items inside HTML comments (not rendered).
- The same paper is listed twice under different sections ("Rack Position Optimization in Large-Scale
  Heterogeneous Data Centers" at 85 and 124): each listing is its own entry.
- Links point to arxiv.org (abs/pdf/html), openreview, proceedings, ieeexplore, or the lab's own files.

Decisions:
- Entry = every ordered-list item ``1. `` outside HTML comments (63 entries).  Span = the item line plus any
  continuation lines before the next blank line.  Title = the text between the first two straight double quotes of
  the item, with a Markdown link reduced to its text and line breaks joined with a space.
- The two commented-out items (69, 71) are not entries: they are hidden from readers of the page.
- The legend line (18), headings, intro and image are not entries.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "Agentic-Intelligence-Lab__Agentic-Intelligence-Lab.github.io__research__index@236d815.md"
PART = "wild59_development"

ITEM = re.compile(r"^1\. ")
TITLE = re.compile(r'"(?P<t>[^"]+)"')
LINK = re.compile(r"^\[(?P<text>[^\]]+)\]\([^)]*\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ITEM.match(ln):
            continue
        last = n
        while last < len(lines) and lines[last].strip():
            last += 1
        text = " ".join(x.strip() for x in lines[n - 1 : last])
        m = TITLE.search(text)
        assert m, (n, text)
        title = m.group("t").strip()
        lm = LINK.match(title)
        if lm:
            title = lm.group("text").strip()
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 63, len(papers)
    assert 69 not in by and 71 not in by
    assert by[22]["title"] == "EnergyBridge: Benchmarking Household Energy Management, User Participation, and Grid Flexibility"
    assert by[24]["title"] == "Traj-LeWM: Path-Aware World-Model Planning via Latent Trajectory Cost", by[24]
    assert by[32]["title"] == "Can VLA Models Learn from Real-World Data Continually without Forgetting?", by[32]
    assert by[32]["end"] == 33 and by[32]["arxiv"] == "2605.26820", by[32]
    assert by[53]["title"] == "Distributionally Robust Listwise Preference Optimization", by[53]
    assert by[63]["arxiv"] == "2305.17327", by[63]
    assert by[85]["title"] == by[124]["title"] == "Rack Position Optimization in Large-Scale Heterogeneous Data Centers"
    assert by[148]["end"] == 149 and by[148]["arxiv"] == "2403.09940", by[148]
    assert by[157]["title"] == "Hierarchical Adversarial Inverse Reinforcement Learning", by[157]
    assert by[159]["title"] == "Learning Multi-agent Options for Tabular Reinforcement Learning using Factor Graphs"
    assert sum(1 for p in papers if p["line"] < 74) == 23
    assert sum(1 for p in papers if 74 <= p["line"] < 92) == 8
    assert sum(1 for p in papers if 92 <= p["line"] < 140) == 23
    assert sum(1 for p in papers if p["line"] >= 140) == 9
    write_truth(
        NAME,
        PART,
        papers,
        method="Every ordered-list item '1. ' outside HTML comments is one entry (63: 23 preprints 22-67, 8 workshop"
        " 75-89, 23 conference 94-138, 9 journal 142-159); span = the item line plus continuation lines up to the next"
        " blank line (32-33, 148-149).  Title = the text between the first pair of straight double quotes, a Markdown"
        " link reduced to its text, a line break joined with a space.  The two items inside <!-- --> comments (69, 71),"
        " the legend line of topic tags, headings and the image are not entries.",
        checked="Read the whole file; compared the -v output with every list item and its quoted title, checked the"
        " two-line items (32-33, 148-149), the fullwidth comma after the title at 53, the paper listed twice (85, 124),"
        " the commented-out items, the per-section counts and the arXiv ids taken from arxiv.org links.",
    )


if __name__ == "__main__":
    main()
