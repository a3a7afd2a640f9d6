"""Wild20 truth for Lee-zixu/Lee-zixu.github.io _pages/about.md: a researcher's home page (AcadHomepage
template, heavily customised) whose publications are HTML `paper-box` cards inside a 1600-line file
of CSS, JavaScript, bilingual spans and other card grids.

Shape: under '📝 Publications' (an `<h1>` with English and Chinese spans) the `publications-wrapper`
holds three `<h1>` groups (Selected Publications, More Publications, Challenge Technical Report), each
a run of cards:

    <div id='paper-xxx' class='paper-box floating-card' data-tags="..."><div class='paper-box-image'>...badge...img...</div></div>
    <div class='paper-box-text' markdown="1">
    **Title** [[Paper]](url) [[Project]](url) [[Code]](url) [[Official Version]](url)
    (optional highlighted span)
    author line
    </div>
    </div>

Entries: the 19 cards with an id 'paper-*', each from its opening `<div id='paper-` line to the
card's closing `</div>` (the second `</div>`-only line after the opening).  Title = the bold text
of the first '**...**' line in the card (R<sup>3</sup> and OmniEgo-R<sup>2</sup> lose their markup).

Not entries: the 'Our Open Source Projects' grid (lines ~783-895: `opensource-card` divs naming a
project by its nickname with Paper/Project/Code links -- the subject is the open-source project, and
every one of these papers is a card under Publications), the commented-out research map, the News
bullets (papers by nickname in news items), the Huawei industry card (class 'industry-card', a
product, no id 'paper-*'), patents, honours, competitions, education, services.

Count checks: grep "<div id='paper-" = 19 (8 selected + 6 more + 5 challenge reports), and the
'paper-box floating-card' class occurs 20 times (the extra one is the industry card).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "Lee-zixu__Lee-zixu.github.io___pages__about@c69313d.md"

CARD = re.compile(r"^<div id='paper-[\w-]+' class='paper-box floating-card'")
BOLD = re.compile(r"^\*\*(.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not CARD.match(text):
            continue
        j, closes, title = i + 1, 0, None
        while True:
            t = lines[j - 1].strip()
            if title is None:
                m = BOLD.match(t)
                if m:
                    title = m.group(1)
            if t == "</div>":
                closes += 1
                if closes == 2:
                    break
            j += 1
        assert title, i
        papers.append(entry(lines, i, j, title))
    assert len(papers) == 19, len(papers)
    assert sum("paper-box floating-card" in x for x in lines) == 20
    write_truth(NAME, "wild20_development", papers,
                "every publication card '<div id=\"paper-*\" class=\"paper-box floating-card\">' is an entry,"
                " from its opening line to the card's closing </div>; title = the bold '**...**' text at the"
                " top of the card text; the open-source project grid, news, industry card and other sections"
                " are not entries",
                "all 19 cards against the file (titles, start/end lines, the <sup> titles, arXiv ids and the"
                " ACM/AAAI links), the open-source grid and the commented research map read and excluded,"
                " card count by grep (19 ids; 20 floating cards with the industry card)")


if __name__ == "__main__":
    main()
