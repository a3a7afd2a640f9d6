"""Wild13 truth for AnselmPowell/research-assistant-backend testing/prefiltering_test/filtered_papers.md.

A generated report of an arXiv search filter test (topic 'Basics of Programming Languages'; taken at
the repository's first commit, since later commits emptied the file).  After a short header of run
facts ('Total Papers: 44', 'Relevant Papers: 13', 'Filtered Papers: 31'), two sections,
'## Relevant Papers' and '## Filtered Papers', each numbering its cards from 1.  One card per paper:
'### N. Title' (the arXiv title as the API gives it: a long title goes on to an indented second
line, which belongs to the title although a Markdown heading ends at its line), a blank line,
bullets '**Authors:**', '**arXiv ID:** NNNN.NNNNN' (bare id) and '**URL:** [PDF Link](arxiv pdf url
with version)', then '**Abstract:**' and a truncated abstract, then a '---' rule.

Every card is an entry (44 = 13 + 31, as the header says; 44 '### ' lines, 44 'arXiv ID' bullets,
44 '---' rules); its lines run from the heading to the last line of the abstract (the line before the
blank line and '---'); title = the heading text after the number, joined with its continuation line
(8 titles wrap); arXiv id from the bare id bullet (the same as the PDF link's, without version).
Off-topic hits (cosmology, cavities, optimal transport) are still papers in the list and kept.  No DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "AnselmPowell__research-assistant-backend__testing__prefiltering_test__filtered_papers@cfad720.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    section = None
    counts: dict[str, int] = {}
    wrapped = 0
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:]
            counts[section] = 0
            continue
        m = re.fullmatch(r"### (\d+)\. (.+)", text)
        if not m:
            continue
        counts[section] += 1
        assert int(m.group(1)) == counts[section], i
        title = m.group(2)
        j = i + 1
        while LINES[j - 1].strip():
            assert LINES[j - 1].startswith("  "), j
            title += " " + LINES[j - 1].strip()
            wrapped += 1
            j += 1
        end = j
        while LINES[end] != "---":
            end += 1
        while not LINES[end - 1].strip():
            end -= 1
        own = "\n".join(LINES[i - 1 : end])
        aid = re.search(r"\*\*arXiv ID:\*\* (\d{4}\.\d{4,5})", own).group(1)
        e = entry(LINES, i, end, title)
        assert e["arxiv"] == aid, (i, e["arxiv"], aid)
        papers.append(e)
    assert counts == {"Paper Filtering Results": 0, "Relevant Papers": 13, "Filtered Papers": 31}, counts
    assert wrapped == 8, wrapped
    assert len(papers) == 44
    write_truth(
        NAME,
        "wild13_development",
        papers,
        "every '### N. Title' card is an entry, from its heading to the last line of its abstract; title = the"
        " heading text after the number joined with its indented continuation line; arXiv id = the bare"
        " 'arXiv ID' bullet (also in the PDF link)",
        "all 44 cards (13 relevant + 31 filtered as the header says; 44 headings, 44 id bullets, 44 rules by grep),"
        " numbering per section, the 8 wrapped titles one by one, every title and id by eye, end lines before '---'",
    )


if __name__ == "__main__":
    main()
