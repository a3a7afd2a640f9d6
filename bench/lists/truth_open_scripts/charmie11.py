"""Open truth (batch 3) for charmie11.github.io publications.md: Yuji Oyamada's publication page.

Numbered references '1. Authors, *Title*, Venue, pages, date.' (the owner's name in bold, the
title in italics, sometimes linked: '[*Title*](url)' or '*[Title](url)*') under sections
Journal Papers, 和文論文誌 (Japanese journals), International Conferences, 国内学会・研究会
(domestic meetings) and Misc (an SSRN preprint, two bioRxiv preprints).  Japanese titles are kept
as written (the file gives no translation).  Decisions:
- every numbered reference of those sections is an entry, domestic talks and abstracts included
  (the page lists them as publications); the same work in two venues (e.g. the Japanese and the
  English light-source papers, the two 2009 ケプストラム papers) counts once per reference;
- Misc line 120 is an IEICE magazine round-table (座談会) transcript: a talk, not an entry;
- the Awards (lines 124-129) name two papers but are awards: not entries;
- line 31's title is wrapped onto line 32 (the entry spans both); line 54 has a stray '**' after
  the linked title.
Title = the first italic span after the authors (the owner's bold name removed first).  DOIs come
from Springer chapter links, a PLOS query (?id=10.1371/...) and bioRxiv links (version cut);
ScienceDirect pii links are not DOIs.
"""
import re

from _open import Open

NAME = "charmie11__charmie11.github.io__publications@be4d61a.md"

SECTIONS = ("## Journal Papers", "## 和文論文誌", "## International Conferences", "## **国内学会", "## Misc")
NOT_PAPERS = {120: "IEICE magazine round-table (座談会) transcript"}


def main() -> None:
    t = Open(NAME)
    inside = False
    i = 0
    n = len(t.lines)
    while i < n:
        i += 1
        text = t.line(i)
        if text.startswith("## "):
            inside = text.startswith(SECTIONS)
            continue
        if not inside or not text.startswith("1. ") or i in NOT_PAPERS:
            continue
        end = i
        while end < n and t.line(end + 1).strip() and not re.match(r"\d+\. |## ", t.line(end + 1)):
            end += 1
        body = re.sub(r"\*\*[^*]*\*\*", "", t.span(i, end).replace("\n", " "))
        m = re.search(r"\*([^*]+?)\*", body)
        t.add(i, end, m.group(1))
    t.write("every numbered reference of the sections Journal Papers, 和文論文誌, International Conferences,"
            " 国内学会・研究会 and Misc is an entry (the Misc round-table transcript and the Awards are not);"
            " title = the italic span after the authors, Japanese titles as written",
            "all 106 numbered references one by one: 8 + 3 journal, 40 international, 45 domestic, 4 misc (the"
            " round-table left out) = 99 entries, the 6 awards left out; titles (the wrapped one on lines 31-32, the"
            " stray '**' on line 54), the Springer, PLOS and bioRxiv DOIs")


if __name__ == "__main__":
    main()
