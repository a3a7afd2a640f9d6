"""Wild28 truth for UW-POLS501/2017 _notes/qss_sources.md: a political-science methods course's notes
listing, per textbook section, the study each example or exercise is based on.

Shape: '#'/'##'/'###' chapter and 'Exercises' headings; one record per line, '- ' bullets in
chapters 2-4 and bare lines without bullets or blank lines between them in chapters 1 and 5
(lines 5-6, 42-47, 51-53).  A record is 'N.N.N[.:] Topic label. [This section is based on]
Authors. (YYYY). “Title.” Journal, Vol. ..., pp. ...' with curly quotes around the title.
Title = each “...” span, a final '.' or ',' inside the quotes dropped (the citation separator).
Special cases: line 23 and line 51 each name two papers joined by 'and' (two entries each, same
line); line 28 is a report named only by its quoted title and 'by' authors (“Irregularities in
LaCour (2014)”), an entry; line 30 has no year; line 37 ends after 'pp.'; line 43 writes 'ohn F.
Padgett' and line 47 'his section' (file typos, not in titles).
Not entries: line 24 (Polarized America, an MIT Press book, no quotes); records naming no work,
only a topic or data set: lines 5, 6, 11, 34, 36, 44, 45, 46, 53.  No ids anywhere in the file.
Count check: 26 record lines = 18 quoted titles on 16 lines + 1 book + 9 records without a work;
18 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "UW-POLS501__2017___notes__qss_sources@9a680cf.md"
PART = "wild28_development"
BOOK = {24}
NO_WORK = {5, 6, 11, 34, 36, 44, 45, 46, 53}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    records = 0
    for i, text in enumerate(lines, 1):
        if not text.strip() or text.startswith("#"):
            continue
        records += 1
        titles = re.findall(r"\u201c(.+?)\u201d", text)
        if i in BOOK or i in NO_WORK:
            assert not titles, i
            continue
        assert titles, i
        assert len(titles) == (2 if i in (23, 51) else 1), i
        for t in titles:
            papers.append(entry(lines, i, i, re.sub(r"[.,]$", "", t.strip())))
    assert records == 26, records
    assert len(papers) == 18, len(papers)
    write_truth(NAME, PART, papers,
                "every record line naming a study in curly quotes is an entry, two entries on lines 23 and 51"
                " (two studies joined by 'and'); title = the quoted text, a final '.' or ',' dropped; the MIT Press"
                " book (line 24) and the nine records naming only a topic or data set are not entries",
                "every record line read by eye (small file): all 18 titles against their lines, the book, the nine"
                " topic-only records, the two two-study lines and the bullet-less records of chapters 1 and 5")


if __name__ == "__main__":
    main()
