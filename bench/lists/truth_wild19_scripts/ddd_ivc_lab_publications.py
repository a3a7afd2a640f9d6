"""Wild19 truth for JJJJJoy2333/DDD _pages/all_publication.md: a video-coding lab head's full publication page.

Shape (AcadHomepage template, Jekyll): under '# Full Publications List', first a run of
'<div class='paper-box'>' cards (badge with venue, image, then in 'paper-box-text' a linked title
'[Title](url)' line, an author line and a one-bullet summary, closed by two '</div>' lines); one card
(Proc. IEEE 2021) sits inside an HTML comment (lines 91-99).  Then '## Journal Papers' (16) and
'## Conference Papers' (15): plain title-first bullets 'Title, Z. Li, J. Zhu, D. Ding*, Z. Ma, IEEE
TCSVT 2025' with no markup and no links.

Entries: every visible card (12; the commented card is not rendered and is not an entry) and every
bullet (31).  Most card papers appear again as bullets: repeated records are separate entries.
Card entry = from its '<div class='paper-box'>' line to its second closing '</div>'; title = the
link text.  Bullet title = the text before the first ', X. Name' author initial (titles with commas
such as 'Cross-scale, Cross-group, and Cross-color Prediction' keep them: the cut needs a capital
initial and a full stop).  Ids: arXiv from two cards' pdf links (the Reno card links the SerLiC
arXiv pdf, a copy-paste slip, kept as written); ACM 'doi/epdf/10.1145/...' gives a DOI; IEEE Xplore
and AAAI links give none.
Count checks: 13 '<div class='paper-box'>' lines, one inside the comment; grep -c '^- ' per section
16 and 15.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "JJJJJoy2333__DDD___pages__all_publication@e4341eb.md"
PART = "wild19_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    hidden = False
    section = None
    cards = 0
    counts: dict[str, int] = {}
    i = 1
    while i <= len(lines):
        text = lines[i - 1]
        if text.strip() == "<!--":
            hidden = True
        elif text.strip() == "-->":
            hidden = False
        elif text.startswith("## "):
            section = text[3:].strip()
        elif text.startswith("<div class='paper-box'>") and not hidden:
            j = i + 1
            while not lines[j - 1].startswith("<div class='paper-box-text'"):
                j += 1
            m = re.match(r"\[([^\]]+)\]\((https?://[^)]+)\)\s*$", lines[j])
            assert m, j + 1
            k = j + 1
            while not (lines[k - 1] == "</div>" and lines[k] == "</div>"):
                k += 1
            papers.append(entry(lines, i, k + 1, m.group(1)))
            cards += 1
            i = k + 2
            continue
        elif text.startswith("- ") and section in ("Journal Papers", "Conference Papers"):
            m = re.match(r"- (.+?), [A-Z]\. ", text)
            assert m, i
            papers.append(entry(lines, i, i, m.group(1)))
            counts[section] = counts.get(section, 0) + 1
        i += 1
    assert cards == 12, cards
    assert counts == {"Journal Papers": 16, "Conference Papers": 15}, counts
    write_truth(NAME, PART, papers,
                "every visible '<div class='paper-box'>' card (title = its linked title) and every title-first bullet"
                " of 'Journal Papers' and 'Conference Papers' (title = text before the first ', X. Name' author);"
                " the card inside an HTML comment is not an entry; repeats of the same paper are separate entries",
                "all 43 entries against the file by eye (card spans, bullet titles with inner commas, the commented"
                " Proc. IEEE card skipped, arXiv ids of two cards, the ACM epdf DOI); counts by grep per section")


if __name__ == "__main__":
    main()
