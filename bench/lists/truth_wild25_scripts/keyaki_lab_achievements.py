"""Wild25 truth for hitu-keylab/keyaki-lab research-achievements.md: a Japanese lab's list of achievements.

Shape: a Jekyll page (front matter lines 1-10) of a Hitotsubashi University lab, written in Japanese.
'### YYYY 年' year headings, under each '####' kind headings (国際会議・国際ワークショップ（査読あり/なし）,
国内会議・研究会, 論文誌, その他, 招待講演), then one '- ' bullet per record, author-first:
'- Authors: ``Title'', venue, year.' with the title between TeX quotes (two backticks, two
apostrophes).  Authors are Japanese names separated by fullwidth commas '，' or English names;
titles in Japanese or English.  Some bullets end with a bold red award span
('**<span style="color:red;">…受賞</span>**'), an acceptance rate ('採択率 52%') or a
'[[link](...){:target="_blank"}]' / '[[pdf](...)]' link with a Kramdown attribute.
Entries: every bullet with a ``…'' title: journal papers, international and domestic
conference/workshop papers and the 'その他' (YANS symposium) presentations, which are papers of a
symposium.  The same Japanese title given at three venues (lines 51, 53, 60; line 29 is its longer
'...と評価' version) is a separate entry each time.  Not entries: line 36, the single invited talk (招待講演: a talk, written
'name，workshop, "title", date' with no TeX quotes); the year and kind headings; the closing line
95 (a link to an older list on another site).
Title = the text between `` and ''; line 89's title ends with a space before '' (dropped by the
whitespace tidy).  DOI only on line 67 (doi.org URL written in text); no arXiv ids.
Count check: 47 lines start with '- ' after the front matter = 46 entries + 1 invited talk.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "hitu-keylab__keyaki-lab__research-achievements@22df9b0.md"
PART = "wild25_development"
TALKS = {36}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        if i <= 10 or not text.startswith("- "):
            continue
        bullets += 1
        if i in TALKS:
            assert "``" not in text, i
            continue
        m = re.search(r"``(.+?)''", text)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert bullets == 47, bullets
    assert len(papers) == 46, len(papers)
    write_truth(NAME, PART, papers,
                "every '- ' bullet under the year/kind headings whose record is a paper (journal, international"
                " and domestic conference, workshop and symposium papers) is an entry; title = the text between"
                " the TeX quotes `` and ''; the one invited talk (line 36) is not an entry",
                "all 47 bullets read by eye (46 entries + 1 talk); every title checked against its line, incl."
                " the Japanese titles with fullwidth punctuation, the repeated title at lines 51/53/60 (and 29) and"
                " the trailing space on line 89; the doi.org DOI on line 67")


if __name__ == "__main__":
    main()
