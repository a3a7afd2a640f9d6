"""Open truth (batch 3) for hsteinshiromoto.github.io _pages/publications.md: a researcher's publication page.

A Jekyll page (front matter, then sections Books, Peer-reviewed Journals, Conference Proceedings,
Software, Other Communications), one '* [Xn] Authors. "*Title*". Venue. doi: [...](...). arXiv: [...](...).'
reference per bullet, the title in straight or curly quotes, usually in italics (C3 has none).
Entries: the journal papers J1-J5, the conference papers C1-C5 and the other communications
O1-O4 (two arXiv preprints, a demonstration paper with a goo.gl link, the PhD thesis).  Not
entries: the book B1 and the four software releases S1-S4 (Zenodo DOIs of code).  Title = the
quoted text without quotes and italics.
"""
import re

from _open import Open

NAME = "hsteinshiromoto__hsteinshiromoto.github.io___pages__publications@690ff35.md"


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"\* \[([A-Z])\d+\]", text)
        if not m or m.group(1) in ("B", "S"):
            continue
        q = re.search(r"[“\"](.+?)[”\"]", text)
        t.add(i, i, q.group(1))
    t.write("every '* [Jn]', '[Cn]' and '[On]' reference bullet is an entry (the book [B1] and the software"
            " releases [S1]-[S4] are not); title = the quoted text without quotes and italics",
            "all 19 bullets one by one: 14 entries (5 journal, 5 conference, 4 other: two preprints, a"
            " demonstration, the PhD thesis) with their titles, DOIs and arXiv ids; the book and 4 software"
            " bullets left out")


if __name__ == "__main__":
    main()
