"""Wild28 truth for VPeterV/VPeterV.github.io _pages/about.md: a PhD student's homepage
(AcadHomepage) whose publications are HTML cards with a Selected / Full List toggle.

Shape: front matter, Liquid assigns, a bio with an HTML '<ul class="ri-list">' of project
nicknames (58-62, links to projects, not entries), '<style>' blocks, a '# News' card
('<div class="news-container" markdown="1">', lines 96-109, bullets naming papers and projects:
news items, not entries), then '# 📝 Publications', a style block, two toggle buttons and
'<div id="publications-container">' holding 20 cards (155-352):
'<div class="pub-item" markdown="1">' or '<div class="pub-item full-only" markdown="1">' (hidden
by CSS until 'Full List' is clicked), a blank line, '[Title](link)', the authors (own name in
bold), the venue line ('In Proceedings of ICML, 2026. \\| [Project](...)'), '</div>'.
Entry = one card, from its '<div class="pub-item' line to its '</div>'; title = the link text,
joined where it wraps over two lines (201-202 Tool Decathlon, 222-223 Divide and Conquer, 284-285
SeqGPT: the line break inside the brackets becomes a space).  Cards whose link is empty '()'
(183 F1-Reasoner, 222 Divide and Conquer, 233 Bring Reason to Vision) still name their paper.
The 'full-only' cards (8: 181, 220, 231, 272, 282, 303, 334, 344) are part of the list and are
entries like the others.
Special cases: the first card (155-161, '[Kimi K2.6: Advancing Open-Source Coding]' linking
kimi.com/blog, authors 'Kimi Team', no venue) is a model's blog announcement, not a scholarly
work: not an entry.  Card 323-332 opens with an HTML comment naming another title ('Joint Entity
and Relation Extraction ... (submitted)', line 325): a commented-out record, not an entry; the
card's entry is its visible 'Dynamic Programming in Rank Space' link.
Count check: grep -c '^<div class="pub-item' = 20 cards = 19 entries + the Kimi blog card (the other
three 'pub-item' lines, 137-143, are CSS).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "VPeterV__VPeterV.github.io___pages__about@ed58aea.md"
PART = "wild28_development"
BLOG = 155


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    cards = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith('<div class="pub-item'):
            continue
        cards += 1
        end = i
        while lines[end - 1] != "</div>":
            end += 1
        body = "\n".join(ln for ln in lines[i:end - 1] if not ln.startswith("<!--"))
        m = re.search(r"^\[([^\]]+)\]\(([^)]*)\)", body, re.MULTILINE)
        assert m, i
        if i == BLOG:
            assert "kimi.com/blog" in m.group(2)
            continue
        title = re.sub(r"\s*\n\s*", " ", m.group(1)).strip()
        papers.append(entry(lines, i, end, title))
    assert cards == 20, cards
    assert len(papers) == 19, len(papers)
    write_truth(NAME, PART, papers,
                "every '<div class=\"pub-item\">' card of the publications container is an entry (19), the hidden"
                " 'full-only' cards included; title = the card's link text, joined over its line break; the Kimi"
                " K2.6 blog-post card, the news bullets and the commented-out title inside a card are not entries",
                "all 20 cards read by eye (155-352) with their lines, links and classes; the three wrapped link"
                " texts, the three empty '()' links, the comment on 325 and the blog card checked; arXiv abs/pdf,"
                " ACL Anthology, IEEE and Springer (DOI) links checked against the ids")


if __name__ == "__main__":
    main()
