"""Wild59 truth for sa3305/rl papers.md at 7ab4a35 (2018-05-03, the newest commit touching it): the list of papers
students presented in the paper-presentation weeks (Apr 4-30) of Columbia's Spring 2018 reinforcement learning
course (linked from lectureSpring2018.md as "List of papers").

Shape: 35 lines, ends with a newline.  One intro sentence (1), blank (2), then a two-column pipe table
``| Title of the paper | Category |`` with header (3), separator (4) and 31 body rows (5-35), padded with spaces
to fixed widths.  Each row is one paper: the first cell is the bare paper title (no link, no authors, no venue),
the second a category ("Policy  optimization", "Application  - games", "Theory" ...).

Special cases:
- The titles were pasted from a word processor: most have two spaces after the first word ("Trust  Region Policy
  Optimization", "Mastering  the game of Go ...").  ``entry`` collapses runs of whitespace in a title, so the
  truth titles have single spaces ("Trust Region Policy Optimization"); the words are as written.
- Three titles end with a stray comma: "Mastering  the game of Go with deep neural networks and tree search," (25),
  "Deep  exploration via Randomized Value Functions," (30), "End-to-End  Offline Goal-Oriented Dialog Policy
  Learning via Policy Gradient," (34): the trailing comma is punctuation, not title, and is dropped.
- Double Q-learning is listed twice, 9 ("... Double Q-learning") and 11 ("... Double Q-Learning"): two entries, as
  the file lists it twice.
- No row has an arXiv id or DOI.

Decisions:
- Entry = every body row of the table (lines 5-35): 31 entries, one line each.  Title = the first cell, stripped of
  the padding spaces and of a trailing comma.  Header and separator rows and the intro sentence are not entries.
"""
from _wild59 import entry, read_lines, write_truth

NAME = "sa3305__rl__papers@7ab4a35.md"
PART = "wild59_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("| ") or n <= 4:
            continue
        cell = ln.split("|")[1].strip()
        papers.append(entry(lines, n, n, cell.rstrip(",").rstrip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 31, len(papers)
    assert min(by) == 5 and max(by) == 35
    assert by[5]["title"] == "Trust Region Policy Optimization", by[5]
    assert by[9]["title"] == "Deep Reinforcement Learning with Double Q-learning", by[9]
    assert by[11]["title"] == "Deep Reinforcement Learning with Double Q-Learning", by[11]
    assert by[16]["title"] == "Multi-Agent Actor-Critic for Mixed Cooperative-Competitive Environments", by[16]
    assert by[25]["title"] == "Mastering the game of Go with deep neural networks and tree search", by[25]
    assert by[28]["title"] == "Minimax Regret Bounds for Reinforcement Learning", by[28]
    assert by[29]["title"] == "Efficient Reinforcement learning via Posterior Sampling", by[29]
    assert by[34]["title"] == "End-to-End Offline Goal-Oriented Dialog Policy Learning via Policy Gradient", by[34]
    assert by[35]["title"] == "Deep Reinforcement Learning for Dialogue Generation", by[35]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Entry = every body row of the two-column table | Title of the paper | Category | (lines 5-35), one"
        " line each; the duplicate Double Q-learning row (9 and 11) is two entries.  Title = the first cell without"
        " its padding and without a trailing comma (25, 30, 34); the double spaces pasted into the titles are"
        " collapsed to one by entry().  Header, separator and the intro sentence are not entries.",
        checked="Read the whole file; compared the -v output with all 31 rows, the three trailing commas, the"
        " double spaces inside titles, and that no id is reported.",
    )


if __name__ == "__main__":
    main()
