"""Wild50 truth for yingchengyang/Reinforcement-Learning-Papers README.md: a personal, long-running reading list of
reinforcement-learning papers kept entirely in pipe tables, newest commit (eac64e1, 2026-02-07, 250 KB).

Shape: 1725 lines.  ``# Reinforcement Learning Papers`` (1), a badge, an intro and four one-line HTML comments
(9-12, reading progress notes), a bullet table of contents (14-48), then two parts:
- Topic tables (51-563): ``## Model Free (Online) RL`` / ``### Classic Methods`` etc. with
  ``|  Title | Method | Conference | on/off policy | Action Space | Policy | Description |`` (57) or
  ``|  Title | Method | Conference |  Description |``; a ``### CodeBase`` table ``|  Title | Conference | Methods |
  Github |`` (366) holding the MBRL-Lib paper.
- ``## Tutorial and Lesson`` (565): a one-column table (567-573) of a textbook, courses and a community site: not
  research works, not entries.
- Per-conference tables ``## ICLR22`` ... ``## ICLR26`` (576-1726): ``| Paper | Type |`` rows with oral / spotlight /
  poster in the second cell.

Special cases:
- HTML comments hide whole table rows: ``<!--<a id='off-policy-evaluation'></a>`` at 86 is only closed by the
  ``-->`` at the end of line 109, so the Off-Policy Evaluation rows and (accidentally) the Soft RL and Data
  Augmentation tables 88-109 do not render; 111-115 is a second commented block of five bisimulation rows.  Rows inside
  comments are not entries (not shown on the page).
- Title cells: mostly one link ``[Title](url)``; 319 are plain text with no link (many in ICML22-NeurIPS23, e.g.
  ``| Federated Reinforcement Learning: ... | | ICML22 ||``); one is ``----`` (65: the ``AC/A2C`` method row, no work
  named, not an entry); a link plus a second link to the same paper (59 ``[\\[other link\\]]``, 320 ``[\\[NeurIPS
  version\\]]``, 446 ``[ICML version]``): one entry; 453 names the same BOReL work under its two titles (arXiv
  ``Offline Meta Learning of Exploration`` and the NeurIPS ``Offline Meta Reinforcement Learning -- Identifiability
  Challenges ...``): one entry, first title; 73 names two different SAC papers (``Soft Actor-Critic Algorithms and
  Applications`` and ``Soft Actor-Critic: Off-Policy Maximum Entropy ...``) plus an ``[\\[appendix\\]]`` link: two
  entries on that line, each with the ids of its own link only.
- Papers recur across topic and conference tables (e.g. ``Federated Reinforcement Learning: Communication-Efficient
  ...`` 216 and 631): separate entries.
- Titles are kept as written: lower case (``data-driven model-based optimization via invariant representation
  learning`` 732), TeX (``A Long $N$-step ...``, ``Parallel $Q$-Learning ...``), trailing spaces trimmed, typos
  (``Optimizaiton`` 828).
- A link with an empty URL (``[Mean Flow Policy with ...]()``, ICLR26) is still an entry.

Decisions:
- Entry = every data row, outside HTML comments, of every table except the Tutorial and Lesson table, whose first
  cell names a work; title = the first link text of that cell or the plain cell text; line 73 gives two entries.
- Not entries: the ``----`` row 65, the Tutorial and Lesson rows, commented-out rows, headers, alignment rows, the table
  of contents and badges.
"""
import re

from _wild50 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "yingchengyang__Reinforcement-Learning-Papers__README@eac64e1.md"
PART = "wild50_development"

ALIGN = re.compile(r"^\|[ \-|:]+\|?\s*$")
LINK = re.compile(r"\[((?:[^\[\]\\]|\\.)*)\]\(([^)]*)\)")
SAME_WORK_EXTRA = {59, 320, 446, 453}  # second link = another copy / version / title of the same work


def hidden_lines(lines: list[str]) -> set[int]:
    text = "\n".join(lines)
    out: set[int] = set()
    for m in re.finditer(r"<!--.*?-->", text, re.DOTALL):
        out.update(range(text.count("\n", 0, m.start()) + 1, text.count("\n", 0, m.end()) + 2))
    return out


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Reinforcement Learning Papers"
    hidden = hidden_lines(lines)
    assert {86, 100, 109, 111, 115} <= hidden and 110 not in hidden and 116 not in hidden
    papers = []
    head = None
    for n, ln in enumerate(lines, 1):
        if n in hidden:
            continue
        if not ln.startswith("|"):
            head = None
            continue
        if head is None:
            head = ln
            continue
        if ALIGN.match(ln) or head.startswith("| Tutorial and Lesson"):
            continue
        cell = ln.split("|")[1].strip()
        links = LINK.findall(cell)
        rest = LINK.sub("@", cell)
        if cell == "----":
            assert n == 65, n
            continue
        if not links:
            assert "[" not in cell and cell, (n, cell)
            papers.append(entry(lines, n, n, cell))
        elif rest == "@":
            papers.append(entry(lines, n, n, links[0][0]))
        elif n in SAME_WORK_EXTRA:
            assert rest == "@, @", (n, rest)
            papers.append(entry(lines, n, n, links[0][0]))
        else:
            assert n == 73 and rest == "@, @, @", (n, rest)
            for title, url in links[:2]:
                p = entry(lines, n, n, title)
                p["arxiv"], p["doi"] = arxiv_of(url), doi_of(url)
                papers.append(p)
    assert len(papers) == 1439, len(papers)
    t: dict[int, list] = {}
    for p in papers:
        t.setdefault(p["line"], []).append(p)
    assert [p["title"] for p in t[73]] == [
        "Soft Actor-Critic Algorithms and Applications",
        "Soft Actor-Critic: Off-Policy Maximum Entropy Deep Reinforcement Learning with a Stochastic Actor"], t[73]
    assert (t[73][0]["arxiv"], t[73][1]["arxiv"]) == ("1812.05905", None), t[73]
    assert t[59][0]["title"] == "Human-level control through deep reinforcement learning", t[59]
    assert t[453][0]["title"] == "Offline Meta Learning of Exploration", t[453]
    assert t[216][0]["title"] == t[631][0]["title"], (t[216], t[631])
    assert t[368][0]["title"] == "MBRL-Lib: A Modular Library for Model-based Reinforcement Learning", t[368]
    assert t[732][0]["title"] == "data-driven model-based optimization via invariant representation learning"
    assert not any(p["line"] in hidden or 567 <= p["line"] <= 573 or p["line"] == 65 for p in papers)
    assert sum(1 for p in papers if p["line"] >= 576) == 1080, sum(1 for p in papers if p["line"] >= 576)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row outside HTML comments of every pipe table except the one-column 'Tutorial and Lesson' table"
        " (books/courses) is an entry: topic tables (Title | Method | Conference | ...), the CodeBase table and the"
        " per-conference '| Paper | Type |' tables; title = the first link text of the first cell, or the plain text"
        " when the cell has no link.  Rows inside <!-- --> (86-109, which swallows three tables, and 111-115) and the"
        " '----' row 65 (AC/A2C, no work named) are not entries; second links to the same work (59, 320, 446, 453) add"
        " nothing; line 73 names two SAC papers = two entries, ids from each one's own link.  1439 entries.",
        "Classified every table row's first cell with a script (1119 one-link cells, 320 plain, 5 with several links)"
        " and read each multi-link cell (59, 73, 320, 446, 453) and the '----' row; located both comment spans by the"
        " first '-->' after each '<!--' (end of line 109 and of 115) and read 84-118; read the Tutorial table, the"
        " CodeBase table and the heads of several conference sections; compared -v titles with the cells for the"
        " plain-text rows (616-1125) and samples of linked rows in every section; TeX titles, lower-case titles and"
        " the empty-URL link in ICLR26 checked.",
    )


if __name__ == "__main__":
    main()
