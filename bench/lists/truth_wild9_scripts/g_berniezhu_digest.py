"""Wild9 truth for BernieZhu/arxiv-daily-digest Archive/2026-06/arxiv_digest_2026-06-09.md: a generated
daily arXiv digest (keyword-filtered cs.AI/cs.LG/cs.RO/cs.CV papers).

Shape: a header block (mode, categories, keywords, '**Papers found:** 40'), then one card per paper
separated by '---' rules: '## N. Title' (plain-text title in the heading, no link), then
'**Authors:** ...', '**arXiv:** [id](https://arxiv.org/abs/id)', '**Categories:** ...' and one
abstract paragraph.  Every card is an entry (40, numbered 1-40 consecutively, matching the header's
count); its lines run from the heading to the abstract (the last non-blank line before the next
'---').  Title = the heading text after 'N. ' (LaTeX such as 'C$^3$ache' and '$ω$-EVA' kept as
written); arXiv id from the '**arXiv:**' line.  No DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "BernieZhu__arxiv-daily-digest__Archive__2026-06__arxiv_digest_2026-06-09@fc3a31d.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        m = re.fullmatch(r"## (\d+)\. (.+)", text)
        if not m:
            assert not text.startswith("## "), i
            continue
        assert int(m.group(1)) == len(papers) + 1, i
        end = i
        while end < len(LINES) and LINES[end] != "---":
            end += 1
        while not LINES[end - 1].strip():
            end -= 1
        assert LINES[i + 2].startswith("**arXiv:**"), i
        papers.append(entry(LINES, i, end, m.group(2)))
    assert len(papers) == 40
    assert all(p["arxiv"] for p in papers)
    write_truth(NAME, "wild9_development", papers,
                "every '## N. Title' card is an entry from its heading to its abstract paragraph, title = the heading"
                " text after the number, arXiv id from the '**arXiv:** [id](abs url)' line",
                "all 40 cards (numbering 1-40 consecutive, header says 'Papers found: 40'), every title against its"
                " heading, line ranges end before each '---', every card has an arXiv id; no DOI in the file")


if __name__ == "__main__":
    main()
