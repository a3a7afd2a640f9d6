"""Wild23 truth for jiyanjiang/My_Physics_Book News/README_2023.md: a physicist's dated reading log.

Shape: "# My reading logs (open)", one '## MMDD-YYYY' heading per day (newest first, 1017-2024 then
0507-2023 back to 0901-2022; some days have a '###' topic heading and an image), under each day
'- [Title](url)' bullets, some with a prefix outside the link ('Physicsworld:', 'Video:', 'Post:',
'Software:', 'Retracted', an arXiv number, an author name in italics) or text after it, some
followed by a quoted abstract, a Chinese translation or a screenshot.  The log mixes papers with
news stories, videos, tools, courses, blog posts and web pages; only the papers are entries.
Records: the 67 bullets, the link paragraph of line 5 (a Nature news story) and the paragraph
record of lines 54-58 (0505-2023: an italic Chinese question as heading, a Chinese summary of a
psychology study, then the bare preprint URL psyarxiv.com/tnyda).  The numbered history-of-science
outline of 0507-2023 (lines 14-50) names no works and is not a record list.
Entries (22): arXiv preprints (10 bullets), APS journal papers (PRL, PRB, PR Materials: 7 bullets),
IOP papers (lines 127, 223), a ResearchGate paper (168), a Nature Physics article (257) and the
0505-2023 preprint record, whose text names no title (the italic line is the owner's Chinese
question, not the paper's title): title null.  Titles = the link text; line 114 drops the tag
'Retracted', line 94 the arXiv number before the link and 'bad quality' after it, line 225 the
keywords after it.  An entry runs to its last non-blank line before the next record or heading (so
the abstract and translation of line 62 are lines 62-68, the screenshots of lines 168 and 216 are
theirs); the Chinese translated title on line 66 is not part of the title.
Not entries (47 records): Nature news (lines 5, 119, 176: nature.com/articles/d41586-...),
physicsworld, Scientific American, space.com, WSJ, NYT, Physics Today news (186), APS Physics
magazine pieces (108, 233: physics.aps.org/articles), university news (193), YouTube videos, an APS
March Meeting talk abstract (125), software, tools and prompt sites, GitHub repos, Wikipedia,
LibreTexts, docs, a course (158), a book (183), a memoir of Sagan (83), Laughlin's KAIST proposal
(184), a Feynman anecdote page (197), a blog post (154, 204), a lab page (128) and S. Girvin's web
essay 'Progress and Prospects for the Second Quantum Revolution' (192, again 208).
Count check: 69 records = 22 entries + 47 others.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "jiyanjiang__My_Physics_Book__News__README_2023@eac3fb8.md"
PART = "wild23_development"
PAPERS = {62, 72, 73, 78, 88, 94, 100, 101, 114, 115, 127, 168, 182, 191, 212, 216, 223, 225, 235, 237,
          257}
NULL_RECORD = (54, 58)
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, t in enumerate(lines, 1) if t.startswith("- ")]
    assert len(starts) == 67, len(starts)
    assert lines[4].startswith("[Google uncovers") and lines[53].startswith("_") and lines[57].startswith("https://psyarxiv")
    records = sorted(starts + [5, NULL_RECORD[0]])
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("#")]
    bounds = sorted(set(records + heads + [len(lines) + 1]))

    def end_of(i: int) -> int:
        nxt = next(b for b in bounds if b > i)
        j = nxt - 1
        while not lines[j - 1].strip():
            j -= 1
        return j

    papers = []
    for i in records:
        if i == NULL_RECORD[0]:
            assert end_of(i) == NULL_RECORD[1]
            papers.append(entry(lines, i, NULL_RECORD[1], None))
            continue
        if i not in PAPERS:
            continue
        links = LINK.findall(lines[i - 1])
        assert len(links) == 1, i
        title = links[0][0]
        papers.append(entry(lines, i, end_of(i), title))
    assert len(records) == 69, len(records)
    assert len(papers) == 22, len(papers)
    write_truth(NAME, PART, papers,
                "of the 69 records of this dated reading log (bullets, one link paragraph, one paragraph"
                " record), the 22 whose subject is a paper (arXiv, APS, IOP, Nature Physics, ResearchGate,"
                " one psyarxiv preprint with no title: null) are entries, title = the link text without the"
                " prefix or suffix outside it; news, videos, tools, courses, essays and web pages are not",
                "all 69 records read by eye and sorted into 22 entries and 47 others; every title checked"
                " against its line; arXiv ids (abs and pdf links), APS DOIs (journals.aps.org/.../10.1103/...)"
                " and IOP DOIs (iopscience article URLs) checked; the entry ends of lines 62, 168, 216 checked")


if __name__ == "__main__":
    main()
