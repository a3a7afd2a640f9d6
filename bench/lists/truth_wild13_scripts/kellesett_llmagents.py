"""Wild13 truth for kellesett/OverviewGen-LLMAgents linkreview.md: a Russian literature review
(a student's 'linkreview' of an LLM-agents summarization project) written as one Markdown table.

Shape: a header row '| Название | Год | Ссылка | Краткое содержание | Тэги |' (title, year, link,
summary in Russian, tags) and its separator, then 53 rows, one paper each, the title as plain
English text in the first cell.  The link cell is '[link](url)' for rows 3-47 (arXiv abs/pdf,
NeurIPS proceedings, ACL Anthology, IEEE Xplore, ResearchGate, preprints.org, a university
repository, a readwise copy of an arXiv PDF) and the bare word 'link' with no URL for the last
eight rows (48-55).

Entries: every table row after the separator (53).  All are scholarly works (papers, surveys,
dataset and benchmark papers such as PubMedQA and SciReviewGen, a position paper).
Title: the first cell, without the reading marks the author puts before some titles: '✅✅ ',
'✅✅? ' (to compare against) and '❌ ' (judged irrelevant); these marks are not part of the title.
Ids come from the row's own text (only arxiv.org URLs count as arXiv ids; the readwise and
university-repository PDF names that hold an arXiv number are not arXiv URLs).

Count checks: 53 rows starting with '| ' after the separator (grep -c '^| ' = 55 with the header
and separator); 4 rows marked '✅✅', 2 marked '✅✅?', 4 marked '❌'; 8 rows with the bare 'link'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "kellesett__OverviewGen-LLMAgents__linkreview@a4307e8.md"
PART = "wild13_development"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("| Название | Год | Ссылка")
    assert re.match(r"\| -+ \|", lines[1])
    papers = []
    marks = {"✅✅ ": 0, "✅✅? ": 0, "❌ ": 0}
    bare = 0
    for n in range(3, len(lines) + 1):
        text = lines[n - 1]
        if not text.strip():
            continue
        assert text.startswith("| "), (n, text)
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        title = cells[0]
        for mark in marks:
            if title.startswith(mark):
                marks[mark] += 1
                title = title[len(mark):]
                break
        assert not title.startswith(("✅", "❌")), (n, title)
        assert re.fullmatch(r"\d{4}", cells[1]), (n, cells[1])
        if cells[2] == "link":
            bare += 1
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 53, len(papers)
    assert marks == {"✅✅ ": 4, "✅✅? ": 2, "❌ ": 4}, marks
    assert bare == 8
    write_truth(
        NAME, PART, papers,
        "every table row after the header separator is an entry (53 papers); title = the first cell"
        " (plain English text) without the author's reading marks '✅✅ ', '✅✅? ', '❌ ' before it;"
        " ids from the row's link cell (arxiv.org URLs only)",
        "all 53 rows against the file one by one (titles, the 10 marked rows, the 8 rows whose link"
        " cell is the bare word 'link', the rows linking NeurIPS, ACL Anthology, IEEE, ResearchGate,"
        " readwise and a university repository); counts by grep of '^| ' (55 = 53 + header + separator)",
    )


if __name__ == "__main__":
    main()
