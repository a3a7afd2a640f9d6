"""Wild15 truth for Dmitry315/manipulation_detection linkreview.md: a Russian article review
('# Обзор статей') for a student project on manipulation (span) detection, one numbered pipe table.

Shape: '| N | Title | [link](url) | what it is about (Russian) | model | task |', rows numbered 1-40.
Rows 1-26 name a paper (title plain in the second cell, the link in the third); rows 27-40 are an
unfilled template ('| 27 | name | [link]() | about | model | task |').  Entries: rows 1-26, one line
each; the template rows name no work and are not entries.  Shared-task, dataset and task-overview
papers (SemEval task descriptions, DOSA, 'Findings of the Shared Task ...') are papers: entries.
Title = the second cell as written; the row number is not part of it.  Ids come from the row's own
line (arXiv and ACL Anthology links; ResearchGate links carry no id).

Checks: numbers 1-40 in order on lines 4-43; 26 entries; the 14 template rows all read 'name'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "Dmitry315__manipulation_detection__linkreview@7eae9ce.md"
PART = "wild15_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    template = 0
    for i, text in enumerate(lines, start=1):
        m = re.match(r"\| (\d+) \| (.*?) \| ", text)
        if not m:
            continue
        numbers.append(int(m.group(1)))
        title = m.group(2).strip()
        if title == "name":
            assert "[link]()" in text
            template += 1
            continue
        papers.append(entry(lines, i, i, title))
    assert numbers == list(range(1, 41)), numbers
    assert template == 14
    assert len(papers) == 26
    assert papers[0]["line"] == 4 and papers[-1]["line"] == 29
    write_truth(
        NAME, PART, papers,
        "every numbered table row naming a paper (rows 1-26) is an entry, title = the second cell;"
        " the 14 unfilled template rows ('name | [link]()') are not entries",
        "all 40 rows by eye (numbers 1-40, every title against its line, the template rows 27-40)",
    )


if __name__ == "__main__":
    main()
