"""Wild24 truth for hasson827/Awesome-DLMs-post-training README.md: diffusion-LM post-training papers as badge cards.

Shape: after a News list, a scope list ('What Counts as dLLM Post-Training?', bullets of topics, not
papers) and a linked table of contents with counts, twelve '## ' topic sections (line 50 'Surveys'
to line 1580 'Code dLLMs') hold one collapsible card per paper, each a list item:
    - <details>
      <summary>
        <b>[MM/YYYY] Title (Nickname)</b>          ('[08/14/2025]' once, line 54)
        <a href="https://arxiv.org/abs/ID"><img src="https://img.shields.io/badge/arXiv-ID-..."></a>
        <a href="https://www.alphaxiv.org/abs/ID"><img ... AlphaXiv badge></a>
        <a href="https://github.com/..."><img ... GitHub stars badge></a>   (88 of the 132 cards)
      </summary>
      **Authors:** ...
      **TL;DR:** ... Venue Year.
      </details>
Every card has the arXiv and AlphaXiv badge links (checked below); 44 cards have no stars badge.
Entries: the 132 cards; lines = '- <details>' to '</details>'.  Title = the <b> span with the
bracketed date tag dropped (a tag the list puts before the title).  A nickname the list appends in
parentheses ('Large Language Diffusion Models (LLaDA)', line 106; 32 such titles, e.g. '(TraceRL /
TraDo)' line 606, '(Multi-Path Consistency)' line 799) is kept, as the file writes the title that
way and it cannot be told from a real parenthetical without outside knowledge.  Line 403 writes
'T\\*:' inside the HTML summary; the title is written 'T*: ...' (the Markdown escape removed).
Not entries: the 'Post-training Frameworks' table (lines 1750-1756: five code frameworks, some
citing an arXiv id in their description), the 'Related Awesome Lists' bullets (1760-1762), the
scope bullets, the star-history picture and the three placeholder sections that hold only an
italic 'currently being curated' line in older versions (all three are populated here).
Count check: 132 '<details>' cards = 132 entries, 132 with an arXiv id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "hasson827__Awesome-DLMs-post-training__README@474a350.md"
PART = "wild24_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    i = 0
    while i < len(lines):
        if lines[i] != "- <details>":
            assert "<details>" not in lines[i], i + 1
            i += 1
            continue
        first = i + 1
        end = first
        while lines[end - 1].strip() != "</details>":
            end += 1
        block = lines[first - 1:end]
        assert block[1].strip() == "<summary>", first
        m = re.fullmatch(r"\s*<b>\[(?:\d\d/){1,2}\d{4}\] (.+)</b>", block[2])
        assert m, (first, block[2])
        title = m.group(1).replace("\\*", "*")
        text = "\n".join(block)
        ax = re.findall(r'<a href="https://arxiv\.org/abs/([\d.]+)"><img src="https://img\.shields\.io/badge/arXiv-\1-', text)
        assert len(ax) == 1, first
        assert f"https://www.alphaxiv.org/abs/{ax[0]}" in text, first
        assert "**Authors:**" in text and "**TL;DR:**" in text, first
        p = entry(lines, first, end, title)
        assert p["arxiv"] == ax[0], first
        papers.append(p)
        i = end
    assert len(papers) == 132, len(papers)
    assert sum(1 for p in papers if p["title"].endswith(")")) == 32
    write_truth(NAME, PART, papers,
                "every '- <details>' card is an entry (lines from '- <details>' to '</details>'); title = the <b> span of"
                " the summary without its '[MM/YYYY]' date tag, an appended '(Nickname)' kept, 'T\\*' unescaped; the"
                " frameworks table, related-lists bullets and scope bullets are not entries",
                "script checks every card's structure (summary, <b>[date] title</b>, one arXiv badge link whose id"
                " matches its AlphaXiv link, Authors and TL;DR lines); by eye: first and last card of each of the"
                " twelve sections, the 32 nickname-suffixed titles, line 54's full date, line 403 'T*', the"
                " frameworks table 1750-1756 and related lists 1760-1762 excluded")


if __name__ == "__main__":
    main()
