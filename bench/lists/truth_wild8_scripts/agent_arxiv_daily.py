"""Wild8 truth for Aaron617/agent-arXiv-daily archives/README-2025-09-01.md: a generated daily arXiv digest.

Shape: a bot-written page ('This list is automatically generated daily using arXiv API'): a header
with the update time and 'Total Papers: 100', a table of contents (7 anchor bullets: not entries),
then seven '## Section' headings, each with an italic '*N papers*' count line and one bullet per
paper: '- **Title** - Authors[ et al.] - [YYYY-MM-DD](http://arxiv.org/pdf/IDvN)'.  The link text
is the submission date, not a title.

Entry: every '- **Title** - ...' bullet (one line each).  Title = the bold text.  arXiv id from the
pdf link (version dropped).  No DOIs.

Counts: 100 bullets = the header's 'Total Papers: 100' = the sum of the seven '*N papers*' lines
(3 + 5 + 3 + 9 + 29 + 49 + 2); the file has 107 '- ' lines = 100 + 7 contents bullets.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "Aaron617__agent-arXiv-daily__archives__README-2025-09-01@09fe26e.md"
PART = "wild8_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    per_section: dict[str, int] = {}
    stated: dict[str, int] = {}
    section = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:]
            continue
        m = re.fullmatch(r"\*(\d+) papers\*", text)
        if m:
            stated[section] = int(m.group(1))
            continue
        m = re.fullmatch(r"- \*\*(.+?)\*\* - (.+) - \[(\d{4}-\d\d-\d\d)\]\((http://arxiv\.org/pdf/\d{4}\.\d{5}v\d+)\)", text)
        if m:
            papers.append(entry(LINES, i, i, m.group(1)))
            per_section[section] = per_section.get(section, 0) + 1
        else:
            assert not text.startswith("- **"), i
    assert per_section == stated, (per_section, stated)
    assert len(papers) == 100 == sum(stated.values())
    assert sum(1 for t in LINES if t.startswith("- ")) == 107
    assert all(p["arxiv"] for p in papers)
    write_truth(NAME, PART, papers,
                "every '- **Title** - Authors - [date](arXiv pdf url)' bullet under the seven topic headings is an"
                " entry, title = the bold text (the link text is a date), arXiv id from the pdf link",
                "100 bullets against 'Total Papers: 100' and each section's '*N papers*' line, the 7 contents"
                " bullets left out, all titles read against the file (colons, '?', '--', '$τ$' kept as written),"
                " every id present, no DOI")


if __name__ == "__main__":
    main()
