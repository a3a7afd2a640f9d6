"""Wild23 truth for SSDBM/2023 accepted-papers.md: the SSDBM 2023 conference site's accepted-papers page.

Shape: a Jekyll page of the databases conference SSDBM 2023: front matter, '# Accepted Papers', an
intro line counting '16 full research papers, 8 short research papers, and 1 demonstration paper',
then four '## Accepted ...' sections (Long Research Papers line 10, Short Research Papers 162,
Demonstration Paper 236, Poster Paper 247).  One block per paper, blank lines between:
'**Title**' on its own line, '_Authors (Affiliation), ..._' (italic), the word 'Abstract' on its own
line, then the abstract as one or more plain paragraphs (a few with escaped '\\%').
Entry: every '**Title**' line; its lines run from the title to the last non-blank line before the
next title or heading.  The last entry (Poster Paper, line 249) stops before line 260, an italic
note about the poster session ('_Accepted Short Research Papers will also participate ..._'),
which is not part of it.  Title = the bold text as written, LaTeX and odd spacing kept
('ESM$^2$-Tree: ...' line 12, 'ST-CopulaGNN : A Multi-View ...' line 135).
Not entries: front matter, headings, the intro sentence, the poster-session note.
No links, so no arXiv ids or DOIs.
Count check: 16 + 8 + 1 + 1 = 26 bold title lines, one 'Abstract' line under each.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "SSDBM__2023__accepted-papers@ed46f5e.md"
PART = "wild23_development"
SECTIONS = {"## Accepted Long Research Papers": 16, "## Accepted Short Research Papers": 8,
            "## Accepted Demonstration Paper": 1, "## Accepted Poster Paper": 1}
NOTE = 260


def main() -> None:
    lines = read_lines(NAME)
    assert lines[NOTE - 1].startswith("_Accepted Short Research Papers will also"), lines[NOTE - 1]
    marks = [i for i, t in enumerate(lines, 1) if t.startswith(("**", "#"))] + [NOTE]
    papers = []
    counts: dict[str, int] = {}
    section = None
    for k, i in enumerate(marks[:-1]):
        text = lines[i - 1]
        if text.startswith("#"):
            section = text.strip()
            counts[section] = 0
            continue
        m = re.fullmatch(r"\*\*(.+)\*\*\s*", text)
        assert m, i
        end = marks[k + 1] - 1
        while not lines[end - 1].strip():
            end -= 1
        assert lines[i + 1].startswith("_") and lines[i + 3].strip() == "Abstract", i
        counts[section] += 1
        papers.append(entry(lines, i, end, m.group(1)))
    assert {s: n for s, n in counts.items() if s.startswith("## ")} == SECTIONS, counts
    assert len(papers) == 26, len(papers)
    write_truth(NAME, PART, papers,
                "every '**Title**' block (title, italic authors, 'Abstract', abstract paragraphs) of the four accepted-"
                "paper sections is an entry; title = the bold text as written (LaTeX '$^2$' kept); the closing"
                " poster-session note is not part of the last entry",
                "all 26 blocks read by eye against the output (every entry of this file): titles, first and last"
                " line of each block, the section counts (the intro's 16/8/1 plus one poster paper) and the"
                " excluded note on line 260")


if __name__ == "__main__":
    main()
