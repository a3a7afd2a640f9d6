"""Wild42 truth for set-path/DailyArXiv .github/ISSUE_TEMPLATE.md: the issue body that a personal
"DailyArXiv" bot commits every day -- five keyword sections, each a pipe table previewing the 15 newest
arXiv papers for that keyword; newest commit (2026-08-20, "Update papers automatically").

Shape: YAML front matter (1-4: ``title: Papers - August 21, 2026``, ``labels: documentation``), then five
sections ``## <keyword> - Preview 15 papers`` (5 Open Vocabulary Segmentation, 24 SAM3, 43 Large Language
Model, 62 Vision Language Model, 81 Agent), each followed by the header ``| **Title** | **Date** |
**Comment** |``, a delimiter row and 15 rows (8-22, 27-41, 46-60, 65-79, 84-98).  A row is
``| **[Title](https://arxiv.org/abs/<id>v<n>)** | YYYY-MM-DD | <comment> |``; the comment is empty, plain
text (``13 pages 5 figures``, ``accept to icip2026``) or an HTML ``<details><summary>Accep...</summary><p>...
</p></details>`` fold holding arXiv's comment field (acceptance notes, page counts, code URLs).  Titles keep
arXiv's own spelling (``Co ordination`` 84), colons and question marks (``How Do VLMs Fail? ...`` 76,
``Is SAM3 ready for pathology segmentation?`` 39, ``... When Is Skill Distillation Beneficial?`` 90).  The same
paper appears in several sections (e.g. ``Dual-Adaptive SAM3 ...`` 19 and 34; ``When Agents Fail ...`` 52
and 91; ``SkillForge ...`` 59 and 93; ``DentAgent ...`` 72 and 94; ``EVADE ...`` 74 and 97; ``Characterizing
Agentic Flooding ...`` 47 and 86; ``Agent Harness Distillation ...`` 56 and 92).

Decisions:
- An entry is every table row (75): title = the bold link text; ids from the row (the arXiv abs link, version
  dropped; no row's comment carries a DOI or a second arXiv id).  Repeated papers in different sections are
  separate entries, as the format says.
- Not entries: the front matter, the section headings (``Preview 15 papers`` is a count, not a paper), header
  and delimiter rows, the comment folds (they annotate the row's own paper).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "set-path__DailyArXiv__.github__ISSUE_TEMPLATE@a62a435.md"
PART = "wild42_development"

SECTION = re.compile(r"^## (?P<kw>.+) - Preview 15 papers$")
HEADER = "| **Title** | **Date** | **Comment** |"
ROW = re.compile(
    r"^\| \*\*\[(?P<t>.+?)\]\((?P<u>https://arxiv\.org/abs/\d{4}\.\d{5}v\d+)\)\*\* \| (?P<d>\d{4}-\d{2}-\d{2}) \|"
    r" (?P<c>.*)\|$"
)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "---" and lines[3] == "---"
    papers = []
    sections = []
    for n, ln in enumerate(lines, 1):
        m = SECTION.match(ln)
        if m:
            sections.append((n, m.group("kw"), []))
            assert lines[n] == HEADER and lines[n + 1] == "| --- | --- | --- |", n
            continue
        if ln.startswith("| **["):
            r = ROW.match(ln)
            assert r, (n, ln[:120])
            assert "doi" not in r.group("c").lower() and "arxiv.org" not in r.group("c"), n
            sections[-1][2].append(n)
            papers.append(entry(lines, n, n, r.group("t")))
        else:
            assert not ln.startswith("| ") or ln in (HEADER, "| --- | --- | --- |"), (n, ln)
    assert [s[0] for s in sections] == [5, 24, 43, 62, 81], sections
    for head, kw, rows in sections:
        assert rows == list(range(head + 3, head + 18)), (kw, rows)
    titles = [p["title"] for p in papers]
    assert titles.count("Dual-Adaptive SAM3: Hierarchical Routing over Low-Rank Expert Layers for"
                        " Parameter-Efficient Medical Image Segmentation") == 2
    assert len(set(titles)) == 68, len(set(titles))
    assert len(papers) == 75, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each of the 75 rows of the five 'Preview 15 papers' tables is an entry, title = the bold arXiv link"
        " text, id = the row's arXiv abs link; papers repeated across keyword sections are separate entries;"
        " front matter, section headings, header/delimiter rows and the <details> comment folds are not"
        " entries.",
        "Whole 99-line file read; every row matched by one strict row pattern and each section asserted to hold"
        " exactly its 15 rows (8-22, 27-41, 46-60, 65-79, 84-98); -v output compared with the rows at the first"
        " and last row of every section, the question-mark titles 39 and 76, 'Co ordination' 84, rows with"
        " <details> comments (9, 16-19, 51, 86, 95) and with plain comments (12, 39, 69, 71, 88); the seven"
        " papers repeated across sections kept (19/34, 47/86, 52/91, 56/92, 59/93, 72/94, 74/97); arXiv ids"
        " without the version suffix; no DOI in any comment.",
    )


if __name__ == "__main__":
    main()
