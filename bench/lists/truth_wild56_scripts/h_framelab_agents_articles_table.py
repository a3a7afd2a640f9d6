"""Wild56 truth for framelab-univaq/llm-agents-hub docs/articles.md: "Research Papers", the papers page of an
agentic-LLM resource hub (peer-reviewed papers and surveys) kept as one Markdown pipe table; newest commit (2805234,
2025-09-10).

Shape: 47 lines, 6 KB.  ``# Research Papers`` (1), a one-line description (2) that announces "Title, Year/Venue, a
one-line Takeaway, and a Link", a blank line, then the table: header ``| Title | Year | Venue | Notes |`` (4), the
alignment row (5) and 42 rows (6-47), ``| [Title](url) | 2024 | arXiv | short note |``.  The file ends with a newline.

Special cases:
- Five rows have an unlinked title: 9 "Towards Responsible Generative AI: ...", 12 "The Rise and Potential ...", 17
  "Bias and Fairness ...", 19 "Did Aristotle Use a Laptop? ..." and 22 "Measuring Massive Multitask Language
  Understanding": the whole first cell is the title; no ids.
- 38 writes a shortened title with an ellipsis, "Unleashing the Emergent Cognitive Synergy… Multi-Persona
  Self-Collaboration": kept as written.
- 44 "(In The) WildChat: 570K ChatGPT Interaction Logs in the Wild" starts with a parenthesis inside the link text:
  kept.  42 "Tree of Thoughts: Deliberate Problem Solving with LLMs" is the file's short form: kept.
- Non-arXiv links: NeurIPS proceedings (39) and OpenReview (40, 44): no ids.
- Venues with typographic apostrophes (``ICSA-C ’24``, ``NeurIPS ’22``) and the Notes column are not part of titles.

Decisions:
- Entry = each table row after the alignment row (one line each): 42 entries.
- Title = the first cell: the link text when linked, else the cell text.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "framelab-univaq__llm-agents-hub__docs__articles@2805234.md"
PART = "wild56_development"

ROW = re.compile(r"^\| (?P<cell>[^|]+?) \| \d{4} \|")
LINKED = re.compile(r"^\[(?P<title>.+)\]\([^)]*\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[3] == "| Title | Year | Venue | Notes |", lines[3]
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m:
            continue
        cell = m.group("cell")
        link = LINKED.match(cell)
        papers.append(entry(lines, n, n, link.group("title") if link else cell))
    by = {p["line"]: p for p in papers}
    assert sorted(by) == list(range(6, 48)), sorted(by)
    assert by[6]["title"] == "MASAI: Modular Architecture for Software-engineering AI Agents", by[6]
    assert by[6]["arxiv"] == "2406.11638", by[6]
    unlinked = [n for n, p in by.items() if not lines[n - 1].startswith("| [")]
    assert unlinked == [9, 12, 17, 19, 22], unlinked
    assert all(by[n]["arxiv"] is None and by[n]["doi"] is None for n in unlinked)
    assert by[19]["title"] == (
        "Did Aristotle Use a Laptop? A Question Answering Benchmark with Implicit Reasoning Strategies"
    ), by[19]
    assert by[38]["title"] == "Unleashing the Emergent Cognitive Synergy… Multi-Persona Self-Collaboration", by[38]
    assert by[44]["title"] == "(In The) WildChat: 570K ChatGPT Interaction Logs in the Wild", by[44]
    assert by[39]["arxiv"] is None and by[40]["arxiv"] is None, (by[39], by[40])
    assert by[47]["title"] == "DyVal 2: Dynamic Evaluation of LLMs by Meta Probing Agents", by[47]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every data row of the single Markdown table 'Title | Year | Venue | Notes' is an entry (one line)."
        "  Title = the first cell: the link text of '[Title](url)', or the plain cell text for the five unlinked"
        " titles (9, 12, 17, 19, 22).  The header, alignment row and description line are not entries.",
        checked="Read the whole file and compared the -v output for all 42 rows: linked and unlinked titles, the"
        " ellipsis title (38), the parenthesised start of 44, arXiv ids of the abs links and no ids for the NeurIPS"
        " and OpenReview links or the unlinked rows.",
    )


if __name__ == "__main__":
    main()
