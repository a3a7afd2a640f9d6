"""Wild14 truth for akshayka/papers reading_list.md: a PhD student's plain-text to-read list
(convex optimization, ML, embeddings), no headings, no Markdown links.

The file is 60 '* ' bullets (lines 1-63); two titles wrap onto unmarked continuation lines (25-27,
35-36), whose lines belong to the bullet.  Titles are written bare, in the paper's own casing
(some all upper-case, kept), sometimes followed by a note the list adds: the authors or a nickname
in parentheses ('(Nemirovski and Todd)', '(kakade)', '(PyWren)', '(Pearlmutter 1994)'), a citation
key in brackets ('[LLR '94]', '[Arora 09]'), a comment in parentheses ('(related to reducing convex
programs to LPs)', '(strong duality without assumptions(?!))', '(SJO)'), or a URL in parentheses or
brackets; these are not part of the title.  Decisions:
- line 19 "Feynman's lecture on quantum computers (url to classics/Feynman.pdf)": the linked PDF is
  Feynman's published paper, so an entry, but the text is a description, not its title: title null;
- lines 28 and 33 are bare URLs (a PhD thesis, a paper PDF): entries with title null;
- lines 61 ('Notes on interior-point methods by Matousek', course notes of an ETH lecture) and 62
  ('Duality for SOCPs', a lecture of the EE227A course) are course material: not entries;
- line 63 runs three titles together with '*' ('Interior-point methods for optimization',
  'Copositive Programming – a Survey', 'The Supporting Halfspace--Quadratic Programming Strategy
  ...'): three entries on that line (the first repeats line 41's paper without its authors note).
60 entries: 60 bullets, minus the two lecture bullets, with line 63's one bullet giving three.
arXiv ids only where an arxiv.org URL is written (lines 25-27, 44); no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "akshayka__papers__reading_list@6e605a3.md"
PART = "wild14_development"
LINES = read_lines(NAME)

NOT_ENTRIES = {61, 62}
NULL_TITLE = {19, 28, 33}
# the note the list writes after the title (author, nickname, key, comment or URL), by line
NOTE = re.compile(r"\s*(?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])\s*$")


def main() -> None:
    papers = []
    bullets = []
    i = 0
    while i < len(LINES):
        text = LINES[i]
        first = i + 1
        if not text.startswith("* "):
            assert text == "", first
            i += 1
            continue
        parts = [text[2:]]
        while i + 1 < len(LINES) and LINES[i + 1] and not LINES[i + 1].startswith("* "):
            i += 1
            parts.append(LINES[i])
        last = i + 1
        i += 1
        bullets.append(first)
        if first in NOT_ENTRIES:
            continue
        body = " ".join(p.strip() for p in parts)
        if first in NULL_TITLE:
            papers.append(entry(LINES, first, last, None))
            continue
        if first == 63:
            titles = [t.strip() for t in body.split("*")]
            assert len(titles) == 3, titles
            titles[2] = NOTE.sub("", titles[2])
            for t in titles:
                papers.append(entry(LINES, first, last, t))
            continue
        title = body.strip()
        while True:  # drop trailing notes, e.g. '(kakade) (url)'
            new = NOTE.sub("", title)
            if new == title:
                break
            title = new
        papers.append(entry(LINES, first, last, title))
    assert len(bullets) == 60, len(bullets)  # grep -c '^\* ' gives 60
    assert len(papers) == 60, len(papers)
    write_truth(NAME, PART, papers,
                "every '* ' bullet (with its unmarked continuation lines) is an entry, title = the bare text without the"
                " authors/nickname/key/comment/URL note in trailing parentheses or brackets; bare-URL bullets and the"
                " Feynman description have title null; the two course-lecture bullets (61, 62) are not entries; line 63"
                " holds three titles run together with '*' (three entries)",
                "all 60 bullets read one by one against the titles (notes stripped, wrapped titles joined, all-caps kept),"
                " the bullet count by grep (60), the arXiv ids on lines 25-27 and 44, the three-title line 63, the"
                " null-title and not-entry decisions")


if __name__ == "__main__":
    main()
