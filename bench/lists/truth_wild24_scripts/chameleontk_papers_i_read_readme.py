"""Wild24 truth for chameleonTK/papers-I-read README.md: an NLP student's log of papers read (with
notes) and a to-read list, on cross-lingual NLP and Thai.

Shape, two halves.  'Papers I read' (line 2 to 44; line 1 is blank): '##'/'####' topic headings, then bullets
'* 📓 [Title](./folder/note.md) -- `tag`, `tag`' linking the author's own note files, some
with 'Authors, year' before the link (lines 28, 30, 32; line 28 marked 🎓), blank lines between
some bullets, one prose paragraph (line 42) and a commented-out heading (line 44).  'Future
Reading' (lines 47-95): '##'/'###' topic headings over numbered plain-text references with no
links, in two styles: 'Authors. 2019. Title.' (lines 50-67) and 'Authors (2019) Title'
(lines 69-95); line 68 is a bare title.
Entries: each bullet or numbered item whose subject is one paper (45).  Not entries: line 27
'Note to myself' (the author's own note page), line 30 (a Medium blog post by Bintang I.), line
62 'FastText: Multi-lingual wordvector' (word vectors, a resource), line 42 (prose).  The three
dataset papers (lines 20-22) and the Thai report/thesis records (lines 28, 32, 94) are kept.
The to-read list repeats four papers (56/70, 57/71, 58/73, 59/72): separate entries.
Title = the link text in the first half; in the second half the text after the year ('2019. ',
'2016a. ', '(2019) '), a closing '.' dropped; line 68 the whole text.  Line 95 ends in trailing
spaces and the file has no final newline.
Count check: 95 lines; 14 bullets (12 entries) + 34 numbered items (33 entries) = 45 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "chameleonTK__papers-I-read__README@c32207c.md"
PART = "wild24_development"
NOT_ENTRIES = {27, 30, 62}
BARE_TITLE = {68}


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 95 and lines[-1].endswith("processing    "), len(lines)
    papers = []
    bullets = numbered = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("* "):
            bullets += 1
            if i in NOT_ENTRIES:
                continue
            m = re.search(r"\[(.+?)\]\(", text)
            assert m, i
            papers.append(entry(lines, i, i, m.group(1)))
            continue
        m = re.match(r"\d+\.\s+(.+?)\s*$", text)
        if not m:
            continue
        numbered += 1
        if i in NOT_ENTRIES:
            continue
        body = m.group(1)
        if i in BARE_TITLE:
            title = body
        else:
            t = re.search(r"(?:\. (?:19|20)\d\d[a-z]?\. |\((?:19|20)\d\d\) )(.+)$", body)
            assert t, i
            title = t.group(1)
        title = title.removesuffix(".")
        papers.append(entry(lines, i, i, title))
    assert bullets == 14 and numbered == 34, (bullets, numbered)
    assert len(papers) == 45, len(papers)
    write_truth(NAME, PART, papers,
                "every bullet (papers read, linking the author's notes) and every numbered to-read reference whose"
                " subject is one paper is an entry; not the author's own note page, a Medium post, nor FastText word"
                " vectors; title = the link text, or the plain text after the year with a closing '.' dropped",
                "all 95 lines read by eye; all 45 entries' titles checked against their lines, incl. '2016a.' (line 63),"
                " the bare title on line 68 and the trailing spaces on line 95; the four repeated to-read papers kept")


if __name__ == "__main__":
    main()
