"""Wild28 truth for aliirshayyid/aliirshayyid.github.io _pages/about.md: a personal academic homepage
(AcadHomepage template) whose publications are written as HTML cards and then as a numbered list.

Shape: YAML front matter, a bio, 'Research Interests' HTML cards (<div class="highlight-block">,
no papers), a '# News' bullet list (lines 66-70, which name paper titles in italics: news items,
not entries), then '# Publications':
- '### Selected Publications' (lines 79-118): three HTML paper cards, each
  "<div class='paper-box'><div class='paper-box-image'>...<div class="badge">Venue</div><img ...>"
  then "<div class='paper-box-text' markdown="1">", a blank line, '[Title](scholar.google link)',
  the authors in a paragraph, the italic venue, one description bullet, and two '</div>' lines.
  Entry = the card from its 'paper-box' line to its last '</div>' (81-92, 94-105, 107-118);
  title = the link text.
- '### Full List' (lines 122-136): fifteen bullets '- [n] Authors, "Title," *Venue*, year.'
  numbered 15 down to 1; title = the quoted text without the comma before the closing quote.
Entries: all 3 cards and all 15 numbered records (18).  The cards repeat papers of the full list
([5], [12], [1]); repeated records are separate entries.  Decisions: [8] (line 129) is a chapter
of an edited scholarly volume ('A Review'), counted as a scholarly work; [6] (line 131) is the
Ph.D. dissertation (a thesis, an entry); [10] and [2] (lines 127, 135) are posters at ACC that
name a paper title, counted as entries.  Not entries: the News bullets, Honors, Education (line
149 names the dissertation title in italics inside an education bullet: not a publication
record), Experience.  No record gives an arXiv id or a DOI (card links are Google Scholar
searches).  Count check: 3 '<div class='paper-box'>' lines + 15 lines starting '- [' = 18.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "aliirshayyid__aliirshayyid.github.io___pages__about@13a4af4.md"
PART = "wild28_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    cards = numbered = 0
    pub = lines.index("# 📝 Publications") + 1
    stop = lines.index("# 🏆 Honors and Awards") + 1
    i = pub
    while i < stop:
        text = lines[i - 1]
        if text.startswith("<div class='paper-box'>"):
            j = i
            while not (lines[j - 1] == "</div>" and lines[j] == "</div>"):
                j += 1
            end = j + 1
            links = [re.match(r"\[(.+?)\]\(", ln) for ln in lines[i - 1:end]]
            links = [m.group(1) for m in links if m]
            assert len(links) == 1, i
            papers.append(entry(lines, i, end, links[0]))
            cards += 1
            i = end + 1
            continue
        if text.startswith("- ["):
            m = re.match(r'- \[\d+\] [^"]+"(.+?),?"', text)
            assert m, i
            papers.append(entry(lines, i, i, m.group(1)))
            numbered += 1
        i += 1
    assert cards == 3, cards
    assert numbered == 15, numbered
    assert len(papers) == 18, len(papers)
    write_truth(NAME, PART, papers,
                "each of the 3 HTML paper-box cards under 'Selected Publications' (title = its one link text) and each"
                " of the 15 numbered '- [n] Authors, \"Title,\" *Venue*' bullets of 'Full List' (title = the quoted"
                " text) is an entry, the book chapter, dissertation and two posters included; News bullets naming"
                " titles are not entries",
                "all 18 records read by eye against the file (cards 81-118, list 122-136); every title checked against"
                " its lines; no arXiv id or DOI in any record; News (66-70) and Education (149) titles left out")


if __name__ == "__main__":
    main()
