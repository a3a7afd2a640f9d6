"""Wild23 truth for colindoyle0000/colindoyle-website content/laj-sp22/reading/_index.md: the reading
assignments page of a law-school course, 'Law, Justice, and Algorithms' (Hugo 'book' page).

Shape: '## Lesson NN - date' and '### topic' headings, prose and question bullets, a
'[**DOWNLOAD ALL READINGS FOR LESSON NN**](LessonNN.zip)' line, then one paragraph per reading:
'[Title](url)' (or a reference-style '[Title][9]', resolved by the '[n]: url' list at lines
460-475) on the first line, then '<br> Authors, Venue (date)' (sometimes on the same line as the
title, e.g. lines 52, 55, 58, 61) and '<br> Read ...' instructions.  Lesson 09 also lists four
YouTube videos (lines 363-370) and line 431 is a reading without a link on its title ('White
Collar Risk Zones').  An entry spans its paragraph (title line to the line before the blank line).
Title = the link text of the first link on the paragraph's first line, markup removed; typos and
quotes kept as written (line 249 ends with ',’' inside its quoted sub-title, line 298
'Explanable').

Entries (ENTRIES, 32): readings whose subject is a scholarly work, told by the venue line: law
review articles ('88 Yale L.J. 1408', 'Calif. L. Rev.', 'U. Ill. J.L. Tech. & Pol'y' ...),
journal articles (AER, Journal of Big Data, Social Research, Journal of Legal Analysis, JPSP,
American Journal of Psychiatry, Criminal Justice Ethics, Communication Monographs, Federal
Probation, Nature, Philosophy & Technology, Big Data & Society, Information, Communications, and
Society, Daedalus, Harvard Data Science Review), conference papers (FAccT, ICML workshop), arXiv
preprints and the SSRN working paper (line 265).  'DeepFakes: A Looming Challenge ...' is listed
twice (lines 61 and 329): two entries.
Not entries (40 records): news and magazine pieces (N.Y. Times, ProPublica, TechCrunch, Economist,
New Yorker, Harvard Business Review, Bloomberg Law, Law360, LawNext, Medium), organisation web
pages and statements (Epic.org, Pew, Brookings explainer line 241, civilrights.org line 253, the
Pretrial Justice Institute statement line 257 and the open letter to it line 261, EFF, HGF, The
Regulatory Review blog, the Harvard CLP magazine piece line 384), the student 'Davis Political
Review' piece (line 341), the White House Blueprint (line 326), a textbook (ISLR, line 85), the
'Anatomy of an A.I. System' web essay (line 89), a podcast (322), a GitHub repository (423), the
art project 'White Collar Risk Zones' (431) and the four videos (363-370).
Count check: 71 lines starting with '[' outside the DOWNLOAD lines and the reference list
(67 readings + 4 videos) plus the unlinked line 431 = 72 records = 32 entries + 40 others.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "colindoyle0000__colindoyle-website__content__laj-sp22__reading___index@2751559.md"
PART = "wild23_development"
ENTRIES = {55, 58, 61, 93, 97, 101, 105, 117, 137, 160, 164, 169, 173, 177, 181, 185, 202, 206, 210,
           214, 218, 222, 249, 265, 269, 273, 290, 294, 298, 329, 419, 427}
UNLINKED = 431
REFDEFS = 460


def main() -> None:
    lines = read_lines(NAME)
    assert lines[REFDEFS - 1].startswith("[1]:")
    records = []
    for n, text in enumerate(lines[: REFDEFS - 1], 1):
        if (text.startswith("[") and "DOWNLOAD ALL READINGS" not in text) or n == UNLINKED:
            records.append(n)
    assert len(records) == 72, len(records)
    assert ENTRIES <= set(records), ENTRIES - set(records)
    papers = []
    for n in sorted(ENTRIES):
        end = n
        while end < len(lines) and lines[end].strip():
            end += 1
        m = re.match(r"\[(.+?)\](?:\(|\[)", lines[n - 1])
        assert m, n
        papers.append(entry(lines, n, end, m.group(1)))
    assert len(papers) == 32, len(papers)
    write_truth(NAME, PART, papers,
                "every reading paragraph whose venue line names a scholarly work (law review or journal article,"
                " conference paper, arXiv or SSRN paper) is an entry spanning its paragraph; title = the link text"
                " on its first line; news, magazine, organisation pages and statements, a textbook, a podcast,"
                " videos, a repository and an art project (40 records) are not entries",
                "all 72 records read by eye and sorted by their venue lines; every one of the 32 titles compared"
                " with its line; reference-style links (lines 55, 58, 93-105) checked against the list at"
                " lines 460-475 (no ids there); DOIs from aeaweb, springeropen, OUP, ACM, psychiatryonline,"
                " tandfonline, Springer and Sage URLs and the three arXiv ids checked in the -v output;"
                " the judgment calls (137 HDSR in, 241 Brookings, 261 open letter, 341 Davis Political"
                " Review, 384 CLP magazine out) noted in the docstring")


if __name__ == "__main__":
    main()
