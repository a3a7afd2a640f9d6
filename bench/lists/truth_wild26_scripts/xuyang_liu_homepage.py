"""Wild26 truth for xuyang-liu16/xuyang-liu16.github.io _pages/about.md: a personal homepage (Jekyll, academicpages).

Shape: 1,114 lines, most of them CSS ('<style>' lines 11-541 and 681-801) and a '<script>'
(811-930).  Papers appear in two HTML shapes under '## 📝 Publications' (line 607):
(a) three featured cards (lines 613-633, 635-657, 659-677) inside '<div class="featured-paper-list">':
    "<div class='paper-box'><div class='paper-box-image'>" holding a venue '<div class="badge">',
    a teaser '<img>' linked to the arXiv PDF, then "<div class='paper-box-text' markdown="1">"
    with a Markdown line '[**Title**](url)', an authors line with '<u>' and '<sup>', three
    '- **Key**: ...' bullets and an inline '<div>' of '<a><strong>[paper]</strong></a>' links;
(b) one paragraph per paper under four '<h3 class="pub-section-heading">' headings (Conference
    Papers 932, Journal Papers 979, Preprints & Under Submission 993, Thesis 1006):
    '<a href=venue-url><img src="https://img.shields.io/badge/VENUE-YEAR-..."></a>' (a shields.io
    badge as the venue label), a hidden '<span class="pub-marker" ...>', authors, then
    '&quot;**Title**&quot;. *Venue*, year. [[paper](...)] [[code](...)] ...' and GitHub-stars
    badges.  The thesis (line 1008) has an unlinked badge '<img ... alt="Thesis M.S.">'.
Entry = each card and each paragraph; title = the bold text (inside the card's link, or between
'&quot;' marks), tags removed ('GUI-G<sup>2</sup>' -> 'GUI-G2', line 961).  The three featured
papers are listed again in (b) (lines 952, 963, 956): repeated records are separate entries.
Multi-line paragraphs: lines 942-944 (URLs of the Xiaohongshu and PaperWeekly links broken by
newlines) and 956-957 (stars badge on its own line).
Not entries: the paragraphs inside HTML comments (lines 971-975: ICASSP 2024 and ICME 2024;
983-989: TCSS, TBC, Computer Communications), which the page does not render; the research-area
cards (lines 555-580, paper nicknames in running text), the news timeline (584-605), the
'Resources' cards naming two awesome-list repositories (1013-1031), experiences and services.
Count check: 3 cards + 17 conference + 1 journal + 4 preprint paragraphs + 1 thesis = 26 entries
(28 badge-led paragraphs after line 930, 5 of them commented out, = 23 shown); 23 with an arXiv
id (each card's teaser image links its arXiv PDF; none for the CVF-only line 946, the
OpenReview-only line 969 and the thesis); no DOI written (IEEE, AAAI, ACL, CVF URLs).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "xuyang-liu16__xuyang-liu16.github.io___pages__about@b5ec3bb.md"
PART = "wild26_development"
CARDS = [(613, 633), (635, 657), (659, 677)]
COMMENTED = [(971, 975), (983, 989)]
TAG = re.compile(r"<[^>]+>")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last in CARDS:
        assert lines[first - 1].startswith("<div class='paper-box'>"), first
        assert lines[last - 1] == "</div>" and lines[last - 2] == "</div>", last
        block = "\n".join(lines[first - 1:last])
        m = re.search(r"^\[\*\*(.+?)\*\*\]\(", block, re.MULTILINE)
        assert m, first
        papers.append(entry(lines, first, last, m.group(1)))
    # (b) paragraphs: a line starting with the badge link (or the thesis badge) after line 930,
    # continued by the following non-blank lines.
    hidden = {i for a, b in COMMENTED for i in range(a, b + 1)}
    starts = [i for i, t in enumerate(lines, 1)
              if 930 < i < 1013 and (t.startswith(('<a href=', '<img src="https://img.shields.io')))
              and "img.shields.io/badge/" in t]
    shown = [i for i in starts if i not in hidden]
    assert len(starts) == 28 and len(shown) == 23, (len(starts), len(shown))
    for first in shown:
        last = first
        while lines[last].strip():
            last += 1
        text = " ".join(lines[first - 1:last])
        m = re.search(r"&quot;\*\*(.+?)\*\*&quot;", text)
        assert m, first
        title = TAG.sub("", m.group(1))
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 26, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 23, sum(1 for p in papers if p["arxiv"])
    write_truth(NAME, PART, papers,
                "each of the three featured 'paper-box' cards and each badge-led publication paragraph under the"
                " Conference/Journal/Preprints/Thesis headings is an entry (the three featured papers again in the"
                " list: separate entries); title = the bold title text, HTML tags removed; paragraphs inside HTML"
                " comments, research-area cards, news items and repository cards are not entries",
                "all 26 entries and the 5 commented-out paragraphs read by eye (small list in a large CSS page);"
                " every title compared with its line; arXiv ids checked against each record's first arxiv.org"
                " link (teaser image link on the cards; CVF, AAAI, OpenReview, IEEE and ACL URLs carry no id)")


if __name__ == "__main__":
    main()
