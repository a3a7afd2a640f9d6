"""Wild9 truth for cdpxe/Network-Covert-Channels-A-University-level-Course README.md: an open university
course (syllabus) on network steganography, one '### Chapter N - ...' section per lecture.

Shape: each chapter holds '- **Video:**', '- **Slides:**', '- **Reading Assignment:**', '- **Optional
Papers to Read:**', '- **Network Covert Channel Tools:**' and '- **Exercise:**' bullets; the readings
are tab-indented sub-bullets 'A. Author, B. Author: [Title](url), Venue, Year.' (one, line 78, with no
link: 'R. Kemmerer, P. Porras: Covert Flow Trees: ..., Trans. Software Engineering, IEEE, 1991.'; one,
line 208, with an italic link '*[Title](arxiv)*'; three in chapter 7 open with a description before
the authors, 'Details of the dynamic warden: W. Mazurczyk, ...: [Title](doi)').  Line 210 is indented
'   <tab>- ' (same column as the tab bullets) and is a reading; line 209 above it is a supplement PDF.

Entry: a reading sub-bullet (under 'Reading Assignment' or 'Optional Papers to Read') citing a paper:
27 = ch1 3, ch2 3, ch3 1, ch4 2, ch5 2, ch6 7, ch7 3, ch8 1, ch9 2, ch10 3 (counted by eye per
chapter).  Not entries: the course book 'Information Hiding in Communication Networks, **Chapters ...**'
(lines 31, 144, 173, a book), the author's German book chapter (line 81), the GitHub list 'Steg in
the Wild' (line 36), 'none for this chapter' (56), the electronic-supplement bullets (126, 209), the
'This paper is ...' note (125), the tools bullet (105), papers linked inline in exercise questions
('[this paper](...)', '[Covert Storage Caches using the NTP Protocol](...)'), the book in the
introduction prose and the 'How to Cite this Class?' line (the course itself).
Title: the first link's text (markup removed); line 78: the text between 'Porras: ' and ', Trans.'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "cdpxe__Network-Covert-Channels-A-University-level-Course__README@e7db260.md"
LINES = read_lines(NAME)
PER_CHAPTER = {1: 3, 2: 3, 3: 1, 4: 2, 5: 2, 6: 7, 7: 3, 8: 1, 9: 2, 10: 3}
NOT_PAPERS = {31: "course book chapters", 36: "GitHub list", 56: "none", 81: "German book chapter",
              125: "note", 126: "supplement PDF", 144: "course book chapter", 173: "course book chapter",
              209: "supplement PDF"}
LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")


def main() -> None:
    papers, counts, chapter, block, seen_skip = [], {}, None, None, set()
    for i, text in enumerate(LINES, 1):
        h = re.match(r"### Chapter (\d+)", text)
        if h:
            chapter, block = int(h.group(1)), None
            continue
        if text.startswith("### "):
            chapter, block = None, None
            continue
        if text.startswith("- **"):
            block = "read" if re.match(r"- \*\*(Reading Assignment|Optional Papers to Read):\*\*", text) else None
            continue
        if block is None or not re.match(r"(\t| +\t)\s*- ", text):
            continue
        if i in NOT_PAPERS:
            seen_skip.add(i)
            continue
        m = LINK.search(text)
        if m:
            title = m.group(1)
        else:
            assert i == 78, (i, text)
            title = re.search(r"Porras: (.+?), Trans\.", text).group(1)
        papers.append(entry(LINES, i, i, title))
        counts[chapter] = counts.get(chapter, 0) + 1
    assert seen_skip == set(NOT_PAPERS), set(NOT_PAPERS) - seen_skip
    assert counts == PER_CHAPTER, counts
    assert len(papers) == 27
    write_truth(NAME, "wild9_development", papers,
                "every reading sub-bullet under a chapter's 'Reading Assignment' / 'Optional Papers to Read' that cites"
                " a paper is an entry, title = the first link's text (line 78, unlinked: the text after the authors'"
                " colon up to ', Trans.'); the course book's chapters, the author's German book chapter, a GitHub list,"
                " supplement PDFs, notes and papers linked inline in exercise questions are not entries",
                "all 27 entries against the file (per chapter 3,3,1,2,2,7,3,1,2,3 counted by eye), the nine excluded"
                " reading bullets one by one, the description-prefixed chapter 7 bullets, the italic arXiv link of"
                " line 208, the space+tab indented line 210, DOIs from doi.org / dl.acm.org / link.springer.com URLs,"
                " the ScienceDirect pii left without DOI, exercise-question links left out")


if __name__ == "__main__":
    main()
