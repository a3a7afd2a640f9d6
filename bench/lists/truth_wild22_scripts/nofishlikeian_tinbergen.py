"""Wild22 truth for NoFishLikeIan/tinbergen README.md at 8751df8: an economics MPhil student's reading list.

Commit: the last README version that is the list (2020-06-07); at HEAD the README describes the
student's monorepo and papers/README.md keeps only the Courses and Collateral items.
Shape: prose (purpose, a template line 18 showing the format), then '### Courses', '### Papers',
'### Thesis', '### Collateral' sections of TODO checkbox bullets separated by blank lines:
'- [ ] [_Title_](url) - short description, _personal thoughts_' ('[x]' = read).  Title = the italic
link text.  Line 62 has two spaces after the checkbox and no description; lines 64-66 have no
description either.
Entries: the bullets whose subject is a paper, working paper, thesis or review article: lines 34-48,
52-58 in Papers and 62-66 in Thesis.  Line 52 '_Casuality_' (sic) links Neuberg's review article of
Pearl's book, counted as an article; line 48 is a doctoral thesis.  Not entries: the format template
(line 18), the three Courses items (a Coursera course, lecture notes, an ODE textbook PDF), line 50
'Casual Inference: The Mixtape' (a book), and the Collateral blog guide (line 71).
Ids: line 36's description links another paper on arXiv ('[gradient methods](.../1905.12363)'); by the
set's rule the first id an entry's lines give is its id, so that entry carries 1905.12363.  Line 64's
Springer URL holds a DOI; Nature article ids (46, 66) and the ScienceDirect pii (42) are not DOIs.
Count check: 21 checkbox bullets (grep '^- \\[') = 1 template + 3 courses + 13 papers + 3 thesis + 1
collateral; entries = 13 + 3 - 1 (the book) = 15.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "NoFishLikeIan__tinbergen__README@8751df8.md"
PART = "wild22_development"
NOT_PAPERS = {50}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    bullets = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("### "):
            section = text[4:].strip()
            continue
        if not text.startswith("- ["):
            continue
        bullets += 1
        if section not in ("Papers", "Thesis") or i in NOT_PAPERS:
            continue
        m = re.match(r"- \[[x ]\] +\[_(.+?)_\]\((https?://[^)]+)\)", text)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert bullets == 21, bullets
    assert len(papers) == 15, len(papers)
    write_truth(NAME, PART, papers,
                "every checkbox bullet of the Papers and Thesis sections whose subject is a paper, working paper,"
                " thesis or review article is an entry; title = the italic link text; courses, a book (the"
                " Mixtape), the format template and a blog guide are not entries",
                "all 21 bullets read by eye and sorted; every title checked against its line; ids checked: the"
                " description's arXiv link on line 36 (kept by the first-id rule), the Springer DOI on line 64,"
                " no DOI taken from Nature article ids or the ScienceDirect pii")


if __name__ == "__main__":
    main()
