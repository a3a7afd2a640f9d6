"""Wild26 truth for sedflix/awesome-topic-segmentation README.md: a small awesome list of topic / text
segmentation papers (NLP and speech), whose link texts carry the year and notes after the title.

Shape: '##'/'####' section headings, one '- [Link text](url)' bullet per item, some followed by
' : [Code](github)'.  The link text is the title, usually followed by ': YYYY' (the year, not part
of the title; line 19 has a trailing space after it).
Entries: every bullet whose subject is a paper or thesis: lines 6, 10-16, 19-22, 25-28, 30, 33-37, 43.
Title = the link text without the trailing ': YYYY'.  Special cases: line 16 ends its link text with
the note ': after bayes' (dropped); line 30 writes the author before the thesis title ('Petra
Galuščáková: Information retrieval and navigation in audio-visual archives'; title = the part after
'Author: '); line 10 links sci-hub with the proceedings volume's DOI in the URL (10.1007/978-3-319-76941-7,
written on the line, so kept as the line's DOI); line 37 links the same arXiv PDF as line 36
(1608.00466), kept as written; line 21's title itself contains a colon ('Making Sense of Sound: ...').
Not entries: the two 'Book:' bullets (lines 7 and 29, books), the two bare-URL project pages in
'Cool Stuffs' (lines 41-42: VideoDigest, VideoSearch), headings.
Count check: 27 '- ' bullets = 23 entries + 2 books + 2 web pages.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "sedflix__awesome-topic-segmentation__README@a458099.md"
PART = "wild26_development"
BOOKS = {7, 29}
WEB_PAGES = {41, 42}
NOTE = {16: ": after bayes"}
AUTHOR_PREFIX = {30: "Petra Galuščáková: "}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        bullets += 1
        if i in BOOKS:
            assert text.startswith("- [Book: ")
            continue
        if i in WEB_PAGES:
            assert text.startswith("- http")
            continue
        title = re.match(r"- \[([^\]]+)\]\(", text).group(1)
        if i in NOTE:
            assert title.endswith(NOTE[i])
            title = title[: -len(NOTE[i])]
        if i in AUTHOR_PREFIX:
            assert title.startswith(AUTHOR_PREFIX[i])
            title = title[len(AUTHOR_PREFIX[i]):]
        title = re.sub(r":\s*(?:19|20)\d\d\s*$", "", title).strip()
        papers.append(entry(lines, i, i, title))
    assert bullets == 27, bullets
    assert len(papers) == 23, len(papers)
    write_truth(NAME, PART, papers,
                "every '- [text](url)' bullet naming a paper or thesis is an entry; title = the link text without"
                " the trailing ': YYYY' year, the ': after bayes' note (line 16) and the author prefix of the thesis"
                " (line 30); the two 'Book:' bullets and two bare-URL project pages are not entries",
                "every bullet of the file read by eye (all 23 entries and the 4 non-entries); titles checked against"
                " their link texts; arXiv ids (pdf links, the repeated 1608.00466 on lines 36-37) and the sci-hub"
                " DOI on line 10 checked; ACL Anthology (old aclweb.org), HAL, LREC, PMLR, MIT and Semantic Scholar"
                " PDF links give no id")


if __name__ == "__main__":
    main()
