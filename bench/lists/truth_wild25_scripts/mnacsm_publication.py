"""Wild25 truth for MnacsM/MnacsM.github.io publication.md (commit 376d4a0): a Japanese researcher's publication list.

Shape: a small Jekyll page (front matter lines 1-5) written in Japanese, three '##' sections
(査読付き学術論文 = refereed journal papers, 国際会議 = international conferences, 国内学会 =
domestic meetings), one '1. ' numbered line per record, title first and comma-separated fields
after it: 'Title, Author, Author, ..., Venue, Vol./pp., YYYY年M月' (some lines end with a
fullwidth space and '__査読有り__').  The title is either a Markdown link
'[Title](url)' (doi.org, IEICE, ACL Anthology, IEEE Xplore), sometimes followed by a Kramdown
attribute '{:target="_blank"}', or plain text up to the first ', '.  Japanese titles in the
journal and domestic sections, English ones in the international section; author names are
Japanese with a space between family and given name (one line, 40, uses a fullwidth comma
between two authors: irrelevant to the title).
Entries: all 58 numbered lines (8 + 13 + 37): journal papers, conference papers, domestic
meeting papers, technical reports (情報処理学会研究報告) and one journal article summarising a
doctoral thesis (line 62).  Repeated works at different meetings (lines 37/40, 39/41, 46/50)
are separate entries.  Not entries: the headings and the closing link to the by-year page (line 74).
Special cases: line 62's title carries a CiNii-style feature label in fullwidth brackets,
'（<特集>人工知能分野における博士論文）' (the journal issue's special feature, 'doctoral theses in
AI'), and line 68's a series label in parentheses, '(音声言語情報処理(SLP) Vol.2009-SLP-76)'
(the SIG and volume of the report); both are venue labels, not part of the title, and are cut.
DOIs: doi.org links on lines 9, 10, 11, 13.  No arXiv ids.
Count check: 58 lines start with '1. '.

The repository's HEAD (38a329a, 2025-01) no longer has this page: on 2024-07-11 the site moved to
a theme whose publications page is generated from a BibTeX file ('{% bibliography %}'), so the
last commit holding publication.md (376d4a0, 2024-03-19) is used.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "MnacsM__MnacsM.github.io__publication@376d4a0.md"
PART = "wild25_development"
LABELS = {62: "（<特集>人工知能分野における博士論文）", 68: " (音声言語情報処理(SLP) Vol.2009-SLP-76)"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("1. "):
            continue
        body = text[3:]
        m = re.match(r"\[([^\]]+)\]\([^)]+\)(?:\{:[^}]*\})?, ", body)
        if m:
            title = m.group(1)
        else:
            title = body.split(", ", 1)[0]
        if i in LABELS:
            assert title.endswith(LABELS[i]), (i, title)
            title = title[: -len(LABELS[i])]
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 58, len(papers)
    assert sum(1 for p in papers if p["line"] < 18) == 8
    assert sum(1 for p in papers if 18 < p["line"] < 34) == 13
    write_truth(NAME, PART, papers,
                "every '1. ' numbered record in the three sections (journal, international, domestic) is an entry;"
                " title = the link text when the record starts with a link, else the text before the first ', ';"
                " two venue labels appended to titles (lines 62, 68) are cut",
                "all 58 records read by eye against the file, each title checked to end where the author list"
                " begins; the two labelled titles (62, 68); the doi.org DOIs of lines 9-13")


if __name__ == "__main__":
    main()
