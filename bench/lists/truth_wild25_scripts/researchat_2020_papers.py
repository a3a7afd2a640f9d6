"""Wild25 truth for researchat/notes blog/2020-12-31-10.md: a Japanese science podcast's yearly paper round-up.

Shape: Jekyll front matter (lines 1-8), a '#' title and three lines of Japanese prose, then one '##'
heading per podcast episode ('## [Ep86: Mysterious Defense Islands](https://researchat.fm/...) ...
Japanese summary'), each followed by bullets, one per paper:
'- [Authors, _Journal_ (2020) Title. ](url)...Japanese note' (the note after '...' or ' ... ', often
absent).  The author/journal separator varies ('Authors. _J_', 'Authors, _J_', 'Snyder._J_,',
'_Dev Cell_(2013)'), the title sits after '(year) ' inside the link text, usually closed by '. '.
Title = the link text after '(yyyy)', trailing space and one final '.' dropped (a '.' inside a
closing parenthesis, line 155 '(Mus musculus L.)', is kept).  Two titles are Japanese (lines
109-110), one journal is Japanese (line 156).
Entries: every bullet whose subject is a scholarly work: journal articles from 1869 to 2020,
reviews, arXiv and bioRxiv preprints, symposium papers (line 161), Morse's 1879 University of
Tokyo memoir on line 176 (the only bullet without a link: '- Morse. _University of Tokyo_ (1879)
Shell mounds of Omori.  ...'), and the Nature Biotechnology news feature on line 24 ('Eisenstein
... Enzymatic DNA synthesis enters new phase', presented as a related article like the others).  Not an entry: line 179, Liebscher's 1882 book from Jena (archive.org scan,
described as a published book).  The episode headings (links to researchat.fm) are not entries.
Count check: 145 bullets (lines starting '- ') = 144 entries + 1 book; 144 '(yyyy)' matches.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "researchat__notes__blog__2020-12-31-10@3f61b82.md"
PART = "wild25_development"
BOOK = {179}
UNLINKED = {176}
LINKED = re.compile(r"- \[(?P<text>.+?_[^_]+_\s*,?\s*\((?:18|19|20)\d\d\)(?P<title>.*?))\]\(\S+\)")
PLAIN = re.compile(r"- .+?_[^_]+_\s*\((?:18|19|20)\d\d\)(?P<title>.+?)\s+\.\.\.")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        bullets += 1
        if i in BOOK:
            assert "_Jena_ (1882)" in text and "archive.org" in text, text
            continue
        m = (PLAIN if i in UNLINKED else LINKED).match(text)
        assert m, i
        title = m.group("title").strip()
        title = title.removesuffix(".")
        assert title, i
        papers.append(entry(lines, i, i, title))
    assert bullets == 145, bullets
    assert len(papers) == 144, len(papers)
    write_truth(NAME, PART, papers,
                "every episode bullet '- [Authors, _Journal_ (year) Title.](url)...note' naming a scholarly work"
                " is an entry (articles 1869-2020, reviews, preprints, a symposium paper, a Nature Biotechnology"
                " feature, one unlinked 1879 university memoir); title = the link text after '(year)' without"
                " its final '.'; the 1882 book on line 179 and the episode headings are not entries",
                "first and last bullet of every episode section and about 40 bullets in between read by eye"
                " against the -v output; every irregular separator ('Snyder._J_,', '_Dev Cell_(2013)'), the"
                " unlinked line 176, the book on line 179, the Japanese titles (109-110), titles without a final"
                " '.' (149, 191, 196-199) and the '(Mus musculus L.)' title on line 155 checked one by one;"
                " arXiv ids (6) and DOIs from ACS, bioRxiv, PLOS, Springer, BMC, Annual Reviews, Liebert links")


if __name__ == "__main__":
    main()
