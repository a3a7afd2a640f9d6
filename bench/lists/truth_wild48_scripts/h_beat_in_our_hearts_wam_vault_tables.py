"""Wild48 truth for Beat-in-our-hearts/awaresome_world_action_model paper_list.md: a small "paper vault" of World
Action Model papers (robot policies that predict future video / world states with actions, driving world models, and
a few foundational VLA / robot-RL papers), newest commit (fbd0374, 2026-04-11).  Each paper also has a local folder
``docs/papers/<track>/<YYYYMMDD_slug>/paper_arxiv_code/README.md``; paper_list.md is the index.

Shape: 48 lines, 11.7 KB, three sections each a heading and one six-column pipe table
``| Date | Venue | Acronym | Paper | Project | GitHub |`` with an alignment row:
``## Embodied Robotics`` (1; header 3, rows 5-27, 23 rows), ``## Autonomous Driving`` (29; header 31, rows 33-36, 4
rows), ``## Foundational Works`` (38; header 40, rows 42-48, 7 rows).  A row reads
``| 2024-10 | arXiv | GR-2 | [<title>](docs/papers/.../paper_arxiv_code/README.md) ([arXiv](https://arxiv.org/abs/2410.06158)) | [Project](url) | - |``:
the title is the text of a link to the local notes README, followed by a parenthesised ``([arXiv](abs url))`` or, in
46 and 48, ``([PDF](url))`` (no arXiv id).  Project / GitHub cells are a link or ``-``; Venue is ``arXiv``,
``ICLR 2024 / arXiv`` or ``-`` (46, 48).

Special cases:
- The Acronym column (``GR-1``, ``LingBot-VA``, ``DreamZero``, ``pi0.5``, ``RL-Token``) is a nickname cell, not title
  text; where the title itself starts with the nickname (``GR-2: ...``, ``DyWA: ...``) that prefix is kept.
- Titles with no nickname in them: 5, 8, 9, 10, 13, 17, 18, 43, 44, 48 (``Causal World Modeling for Robot Control``
  beside ``LingBot-VA``).
- LaTeX titles 45-47: ``$π_0$: ...``, ``$π_{0.5}$: ...``, ``$π^{*}_{0.6}$: a VLA That Learns From Experience``; the
  title is kept as written, dollar signs and all (they are the list's own title text, not Markdown markup).
- Rows are not in date order (26-27 of 2026-03 after the 2026-04 rows 24-25).
- The local README paths carry a date and a slug but no id; ids come only from the arXiv links.

Decisions:
- Entry = every data row of the three tables (34), one line each; title = the link text in the Paper cell.
- Not entries: headings, header and alignment rows.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "Beat-in-our-hearts__awaresome_world_action_model__paper_list@fbd0374.md"
PART = "wild48_development"

HEAD = "| Date | Venue | Acronym | Paper | Project | GitHub |"
ALIGN = re.compile(r"^\|(?:-+\|)+$")
ROW = re.compile(
    r"^\| (?P<date>\d{4}-\d\d) \| (?P<venue>[^|]+) \| (?P<acr>[^|]+) \| "
    r"\[(?P<title>[^\]]+)\]\((?P<doc>docs/papers/[^)]+/paper_arxiv_code/README\.md)\) "
    r"\(\[(?P<kind>arXiv|PDF)\]\((?P<url>[^)]+)\)\) \| (?P<rest>.*)\|$"
)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[-1] == "", "file ends with a newline"
    papers = []
    counts: list[int] = []
    inside = False
    for n, ln in enumerate(lines, 1):
        if ln == HEAD:
            inside = True
            counts.append(0)
            continue
        if not ln.startswith("|"):
            inside = False
            continue
        if ALIGN.match(ln):
            continue
        assert inside, (n, ln)
        m = ROW.match(ln)
        assert m, (n, ln)
        title = m.group("title")
        assert not re.search(r"[\[\]<>`|]", title), (n, title)
        papers.append(entry(lines, n, n, title))
        counts[-1] += 1
    assert counts == [23, 4, 7], counts
    t = {p["line"]: p for p in papers}
    assert (t[5]["title"], t[5]["arxiv"]) == (
        "Unleashing Large-Scale Video Generative Pre-training for Visual Robot Manipulation", "2312.13139"), t[5]
    assert t[17]["title"] == "Causal World Modeling for Robot Control", t[17]
    assert t[45]["title"] == "$π_0$: A Vision-Language-Action Flow Model for General Robot Control", t[45]
    assert (t[46]["title"], t[46]["arxiv"]) == (
        "$π_{0.5}$: a Vision-Language-Action Model with Open-World Generalization", None), t[46]
    assert t[47]["title"] == "$π^{*}_{0.6}$: a VLA That Learns From Experience", t[47]
    assert (t[48]["title"], t[48]["arxiv"]) == ("Precise Manipulation with Efficient Online RL", None), t[48]
    assert sum(1 for p in papers if p["arxiv"]) == 32
    assert len(papers) == 34, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the three six-column pipe tables (Embodied Robotics 5-27, Autonomous Driving 33-36,"
        " Foundational Works 42-48) is an entry (34), title = the link text of the Paper cell (the link goes to the"
        " local notes README); the Acronym cell is not title text, nickname prefixes written in the title are kept,"
        " LaTeX titles '$π_0$: ...' kept as written; headings, header and alignment rows are not entries.",
        "Read all 48 lines; compared -v for every row: titles stop at the link's closing bracket before the"
        " '([arXiv](...))' part, acronym-free titles 17/18/43/44/48, the LaTeX titles 45-47, the PDF-only rows 46/48"
        " with no arXiv id, every other row's arXiv id equal to its abs link (no id taken from the local README"
        " paths), rows out of date order 26-27.",
    )


if __name__ == "__main__":
    main()
