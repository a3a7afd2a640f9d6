"""Wild16 truth for hzwer/brief_paper_reading README.md: the index page of a researcher's paper-reading records.

Shape: a short Chinese/English preamble ('Total Count: 54', a link to a PDF of submission advice,
not a paper), then seven '## [Topic.md](Topic.md)' headings, each over a bullet list of
'- [YYYY - Title](./Topic.md#anchor)' links into the topic file that holds the reading notes.  No
link leaves the repository: no arXiv id or DOI anywhere.

Entry: every such bullet (one paper each).  Title = the link text without the leading
'YYYY - ' year (the publication year of the paper as the author files it); a trailing space inside
two link texts is dropped; the 'ﬂ' ligature in 'Reﬂection' is kept as written.

Counts: 53 bullets (grep -c '^- \\['), all of that one form; per section LLM 14, RL 8, low-level
vision 6, video 14, image generation 2, base model 6, others 3 = 53.  The preamble says 54: the
count is the author's, one record is not in the index.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "hzwer__brief_paper_reading__README@a0ed41d.md"
PART = "wild16_development"
LINES = read_lines(NAME)
ITEM = re.compile(r"- \[(\d{4}) - (.+)\]\(\./[A-Za-z]+\.md#[^)]*\)$")


def main() -> None:
    papers, per = [], {}
    section = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text
            per[section] = 0
            continue
        if text.startswith("- "):
            m = ITEM.match(text)
            assert m, (i, text)
            papers.append(entry(LINES, i, i, m.group(2)))
            per[section] += 1
    assert list(per.values()) == [14, 8, 6, 14, 2, 6, 3], per
    assert len(papers) == 53
    write_truth(NAME, PART, papers,
                "every '- [YYYY - Title](./Topic.md#anchor)' bullet of the seven topic sections is an entry; title = the"
                " link text without the leading year and ' - '",
                "all 53 bullets (grep count, per-section counts 14/8/6/14/2/6/3) and their titles by eye; the preamble's"
                " PDF link is not a paper; no external links, so no ids")


if __name__ == "__main__":
    main()
