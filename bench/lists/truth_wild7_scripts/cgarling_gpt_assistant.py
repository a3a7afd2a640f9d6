"""Wild7 truth for cgarling/ChatGPT-ArXiv-Paper-Assistant out/md/2026-04/2026-04-06-output.md (auto_update branch).

A GitHub Actions run of a gpt_paper_assistant fork writes one page per day: a token/cost table and
totals ('Total relevant papers: 50'), a numbered table of contents ('N. [Title](#user-content-linkN)'
plus a '**Authors:**' line) whose items only point at the cards below, then one card per paper:
'## N. [Title](https://arxiv.org/abs/ID) <a id="linkN"></a>', '**ArXiv ID:**', '**Authors:**',
'**Abstract:**', the model's '**Comment:**', '**Relevance:**' and '**Novelty:**' lines, and a '---'
rule; the page ends with the 'Paper Selection Prompt' (system and user prompts, no papers).
Entries are the 50 cards (the contents items are table-of-contents lines, not entries); an entry's
lines run from its heading to its '**Novelty:**' line; title = the heading's link text as written
(LaTeX such as '$\\sim$' kept); arXiv id from the heading's link.  No DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "cgarling__ChatGPT-ArXiv-Paper-Assistant__out__md__2026-04__2026-04-06-output@c30eef3.md"
PART = "wild7_development"
LINES = read_lines(NAME)

CARD = re.compile(r"## (\d+)\. \[(.+)\]\(https://arxiv\.org/abs/(\d{4}\.\d{4,5})\) <a id=\"link\1\"></a>")


def main() -> None:
    papers = []
    toc = 0
    for i, text in enumerate(LINES, 1):
        if re.fullmatch(r"\d+\. \[.+\]\(#user-content-link\d+\)", text):
            toc += 1
        m = CARD.fullmatch(text)
        if not m:
            continue
        end = i
        while not LINES[end - 1].startswith("**Novelty:**"):
            end += 1
            assert not LINES[end - 1].startswith("#"), i
        assert LINES[i + 1] == f"**ArXiv ID:** {m.group(3)}", i
        papers.append(entry(LINES, i, end, m.group(2)))
        assert int(m.group(1)) == len(papers), i
    assert len(papers) == 50 == toc, (len(papers), toc)
    assert "Total relevant papers: 50" in LINES
    write_truth(NAME, PART, papers,
                "every '## N. [Title](arXiv abs url)' card is an entry from its heading to its '**Novelty:**' line,"
                " title = the heading's link text as written, arXiv id from that link; the numbered table of"
                " contents (anchor links with author lines) and the selection prompt are not entries",
                "50 cards against 'Total relevant papers: 50', the 50 contents items and the 50 '**Novelty:**'"
                " lines; numbering 1-50; every card's '**ArXiv ID:**' line equals its link's id; all 50 titles"
                " by eye against the headings; no DOI in the file")


if __name__ == "__main__":
    main()
