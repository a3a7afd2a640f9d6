"""Wild26 truth for Emad-COMBINE-lab/Emad-COMBINE-lab content/publications.md: a lab's publication page (Hugo).

Shape: a computational-biology lab's Hugo page (TOML front matter '+++'), four link bullets to
Google Scholar / Semantic Scholar / Internet Archive Scholar / an RSS feed (lines 7-10, not
records), then '## Patents', '## Book Chapter', '## Preprints', '## Peer-Reviewed Journal
Papers', '## Peer-Reviewed Conference Papers'; one '* ' bullet per record, one line each, blank
lines between, IEEE style: '* Authors, ["Title,"](url) Venue, vol, pages, year.'  The link is
put on the quoted title (quotes inside the link text); the last six conference records (lines
91, 93, 95, 97, 99, 101) have no link and use curly quotes: '* Authors, “Title,” Venue, date.'
Title = the text inside the straight or curly quotes, the separator put inside the closing quote
(',' or '.') dropped.  Special cases: line 67 closes with a mismatched single quote
('...Threshold Group Testing,'](url)'): title = the text after '["' up to ",'"; line 22 has no comma
between the authors and the quote; line 33's title contains single quotes ('omics'), kept.
Entries: the book chapter (line 18, a chapter in Springer's Studies in Big Data: a scholarly
work, not a whole book), the 2 preprints, 17 journal papers and 19 conference papers.
Not entries: the 4 profile/feed links (7-10) and the US patent (line 14).
Ids: doi.org links, biomedcentral URLs carrying the DOI, PLOS 'article?id=10.1371/...' URLs and one
'doi:' text (line 55); OUP, IEEE Xplore, PMC, Springer book-page and bioRxiv 'early' links are not
DOIs.  No arXiv ids.
Count check: 44 '* ' bullets - 4 links - 1 patent = 39 entries (1 + 2 + 17 + 19).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "Emad-COMBINE-lab__Emad-COMBINE-lab__content__publications@b228e62.md"
PART = "wild26_development"
LINKS = {7, 8, 9, 10}
PATENT = 14
MISMATCHED = 67


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("* "):
            continue
        bullets += 1
        if i in LINKS or i == PATENT:
            continue
        if i == MISMATCHED:
            m = re.search(r"\[\"(.+?),'\]", text)
        else:
            m = re.search(r'\["(.+?)"\]\(', text) or re.search(r"“(.+?)”", text)
        assert m, i
        title = m.group(1).strip().rstrip(",.").strip()
        papers.append(entry(lines, i, i, title))
    assert bullets == 44, bullets
    assert len(papers) == 39, len(papers)
    assert sum(1 for p in papers if p["line"] >= 91 and "“" in lines[p["line"] - 1]) == 6
    write_truth(NAME, PART, papers,
                "every one-line bullet under the Book Chapter, Preprints, Journal and Conference headings is one"
                " entry; title = the text in straight (inside the link text) or curly quotes, the ',' or '.' before"
                " the closing quote dropped; the profile links and the patent are not entries",
                "all 39 entries, the 4 links and the patent read by eye against the -v output (small file); the"
                " mismatched quote on line 67 and the curly-quoted unlinked records on 91-101 checked; every title"
                " found in its line; DOIs from doi.org, biomedcentral, PLOS query URLs and 'doi:' text checked")


if __name__ == "__main__":
    main()
