"""Wild59 truth for NYU-robot-learning/deep-rl-class docusaurus/docs/lectures.md at 119438c (the newest commit
touching it): the lecture schedule of NYU's Deep Reinforcement Learning course (Fall 2020), a Docusaurus page.

Shape: 32 lines.  YAML front matter (1-4), a blank-ish line (5), then one pipe table ``| wk | Lecture | Links |
Reading material |`` with header (6), separator (7) and body rows (8-32), one row per class, homework release/due
or guest lecture.  The "Reading material" cell of a lecture row holds a numbered list squeezed into one cell with
``<br />`` separators: ``1\\. [Title, Authors, Year.](url)<br />2\\. [Title, Authors Year](url) ...``.  So one line
names two or three papers:
- 9 (2 papers), 13 (2 papers + a DeepMind blog post), 16 (3), 17 (3), 20 (a blog post + 2 papers), 22 (a blog
  post + 2 papers), 25 (3), 27 (2).
Other rows: homework release/due rows whose reading cell is a homework name ("Imitation via Supervision.", 12 ...),
chapters of the Sutton & Barto "RL book" (10), guest lectures (28-30), empty rows (31-32).

Special cases:
- The link text puts the title first, then authors and year in varied punctuation: ``Title, Bain and Sommut,
  1999.`` / ``Title, Mnih et al., 2015`` (the period after the link, 13) / ``Title, Schulman et al. 2017.`` /
  ``Title, Pinto and Gupta 2016`` / ``Title, Abbeel and Ng 2004``.  No title contains a comma, so the title is the
  link text before the first ``, ``.
- ``[REINFORCE, Williams, 1992.]`` (16): the file names Williams' paper only as "REINFORCE"; that is the title as
  the file writes it.
- Three items are blog posts, not papers: "Agent 57, Deepmind blog post" (13), "Exploration strategies in deep
  RL, blog by Lilian Weng, 2020" (20), "Quantifying Generalization in RL, blog by OpenAI 2018" (22).  Not
  entries.
- The "RL book" chapter links (10) are a textbook, not entries; homework names are not entries.

Decisions:
- Entry = every numbered ``N\\. [text](url)`` item in the Reading material cell whose text does not say "blog":
  19 entries; several share a line (first = last = that line).
- Because several papers share one line, each entry's arXiv id / DOI is taken from its own link only (set by hand
  with ``arxiv_of``/``doi_of`` on the item), not from the whole line; 16's Springer PDF link gives REINFORCE's DOI.
"""
import re

from _wild59 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "NYU-robot-learning__deep-rl-class__docusaurus__docs__lectures@119438c.md"
PART = "wild59_development"

ITEM = re.compile(r"\d+\\\.\s*\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            continue
        for m in ITEM.finditer(ln):
            text = m.group("text")
            if "blog" in text.lower():
                continue
            p = entry(lines, n, n, text.split(", ")[0].strip())
            p["arxiv"] = arxiv_of(m.group("url"))
            p["doi"] = doi_of(m.group("url"))
            papers.append(p)
    titles = [p["title"] for p in papers]
    assert len(papers) == 19, len(papers)
    assert [p["line"] for p in papers] == [9, 9, 13, 13, 16, 16, 16, 17, 17, 17, 20, 20, 22, 22, 25, 25, 25, 27, 27]
    assert titles[0] == "A framework for behavioural cloning", titles[0]
    assert titles[2] == "Human-level control through deep reinforcement learning", titles[2]
    assert titles[3] == "Rainbow: Combining Improvements in Deep Reinforcement Learning", titles[3]
    assert papers[3]["arxiv"] == "1710.02298", papers[3]
    assert papers[2]["arxiv"] is None, papers[2]
    assert titles[4] == "REINFORCE", titles[4]
    assert titles[6] == "Proximal Policy Optimization Algorithms", titles[6]
    assert papers[6]["arxiv"] == "1707.06347", papers[6]
    assert papers[8]["arxiv"] == "1602.01783" and papers[9]["arxiv"] == "1507.04296", papers[8:10]
    assert titles[10] == "Intrinsic Motivation Systems for Autonomous Mental Development", titles[10]
    assert titles[12] == "Supersizing Self-supervision: Learning to Grasp from 50K Tries and 700 Robot Hours"
    assert papers[12]["arxiv"] == "1509.06825", papers[12]
    assert titles[-1] == "Benchmarking Model-Based Reinforcement Learning", titles[-1]
    assert papers[-1]["arxiv"] == "1907.02057", papers[-1]
    assert not any("blog" in t.lower() or "," in t for t in titles)
    write_truth(
        NAME,
        PART,
        papers,
        method="Entry = every numbered item 'N\\. [text](url)' in the Reading material cell of the schedule table"
        " whose text is not a blog post (the Agent 57, Lilian Weng and OpenAI blog items are skipped); several"
        " entries share one table row (lines 9, 13, 16, 17, 20, 22, 25, 27).  Title = the link text before the"
        " first ', ' (the rest is authors and year).  RL-book chapters and homework names are not entries.  The"
        " arXiv id / DOI of each entry is taken from its own link only.",
        checked="Read the whole file; compared the -v output with every numbered item of every row (19 papers,"
        " 3 blog posts left out), the title cut before the authors in each punctuation variant, and the arXiv ids"
        " per item on the shared lines (e.g. line 17: none, 1602.01783, 1507.04296).",
    )


if __name__ == "__main__":
    main()
