"""Wild15 truth for cchudzicki-ocw-testing/14.771-fall-2021 content/pages/readings.md: MIT OCW 14.771 readings.

Shape: an MIT OpenCourseWare (Hugo) page for the development-economics PhD course 14.771: YAML
front matter, then '## Session N: Topic' sections split by italic sub-topic lines ('*Theory*',
'*Read the following in detail:*').  Each reading is one line, almost always a '- ' bullet
(two with '-  '), four are bare paragraphs (Bessone et al. and Kremer et al. under Behavioral
Economics, Duflo-Dupas-Kremer 2021 under Education, Udry 1996 with a leading space under
Family).  Required readings start with an escaped marker '\\*\\*\\*' (also '\\*\\*' and
'\\*\\*\\*\\*').  References are author-year with the title in straight or curly double quotes,
mixed ('“...\"'), the title sometimes linked inside the quotes ('"[Title](url)."'), the quote
sometimes inside the link ('[“Title](url).”', '"[Title" (PDF - 3MB)](url)'), one link with the
title as its own (invalid) destination.  Many papers recur in several sessions.

Entry: every reading line naming an article, working paper, report chapter or handbook chapter;
repeated records are separate entries.  Line 67, '\\*\\*\\*Behavioral Development Economics
Handbook Chapter (see above), Sections 1 to 4.', points again at the handbook chapter of line 61
and is kept as an entry, title 'Behavioral Development Economics'.  Not entries: the World Bank's
'World Development Indicators 2020' (a data set), the books 'Scarcity' (Mullainathan & Shafir),
'Why We Sleep' (Walker, quoted but a book), 'A Treatise on the Family' (Becker) and chapter 4 of
Schultz's monograph 'Transforming Traditional Agriculture'; the prose line about the Handbook of
Behavioral Economics and the italic labels.

Title: the text inside the first pair of double quotes; when a link opens right after the quote,
the link text; cut at a closing quote inside the link text (' (PDF)' dropped) and, when the
closing quote is missing (Browning & Chiappori, Cohen-Dupas-Schaner), at the italic venue; a
footnote '*' after a title (Hanna & Olken) and a final '.', ',' or '?'-less separator dropped.
DOIs come from the few doi-bearing links (aeaweb, healthaffairs, wiley, uchicago); no arXiv ids.

Counts: 280 '- ' bullet lines (grep -c '^- \\|^-  ') + 4 paragraph references = 284 readings; 5
are not papers, so 279 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "cchudzicki-ocw-testing__14.771-fall-2021__content__pages__readings@dc37e44.md"
PART = "wild15_development"
LINES = read_lines(NAME)

#: reading lines that are no paper: what they are
NOT_PAPERS = {
    22: "World Bank, World Development Indicators 2020 (data set)",
    84: "Mullainathan & Shafir, Scarcity (book)",
    92: "Walker, Why We Sleep (book)",
    115: "Becker, A Treatise on the Family (book)",
    407: "Schultz, chapter 4 of the monograph Transforming Traditional Agriculture",
}
PARAGRAPHS = {57, 61, 148, 267}  # references written as bare paragraphs, not bullets
POINTER = 67  # 'Behavioral Development Economics Handbook Chapter (see above)'
OPEN, CLOSE = '"“', '"”'


def title_of(text: str) -> str:
    start = min(i for i in (text.find(c) for c in OPEN) if i >= 0)
    rest = text[start + 1:]
    if rest.startswith("["):  # '"[Title](url)."' or '"[Title" (PDF)](url)'
        title = rest[1:rest.index("](")]
    elif text[start - 1] == "[":  # '[“Title](url).”'
        title = rest[:rest.index("](")]
    else:
        ends = [i for i in (rest.find(c) for c in CLOSE) if i >= 0]
        title = rest[:min(ends)] if ends else rest
    for stop in CLOSE:
        title = title.split(stop)[0]
    title = title.split(" *")[0].rstrip("*")  # a missing closing quote: cut at the italic venue
    return title.strip().rstrip(".,*").strip()


def main() -> None:
    papers = []
    bullets = paragraphs = skipped = 0
    for i, text in enumerate(LINES, 1):
        if re.match(r"- ", text):
            bullets += 1
        elif i in PARAGRAPHS:
            paragraphs += 1
        else:
            continue
        if i in NOT_PAPERS:
            skipped += 1
            continue
        if i == POINTER:
            papers.append(entry(LINES, i, i, "Behavioral Development Economics"))
            continue
        papers.append(entry(LINES, i, i, title_of(text)))
    assert (bullets, paragraphs) == (280, 4), (bullets, paragraphs)
    assert skipped == len(NOT_PAPERS) == 5, skipped
    assert len(papers) == 279, len(papers)
    write_truth(
        NAME, PART, papers,
        "every reading line (a '- ' bullet or one of four bare paragraphs) of the session sections is an entry,"
        " title = the text in its first double quotes (the link text when a link sits at the quote, cut at a"
        " closing quote or, when that is missing, at the italic venue); a data set, three books and a chapter"
        " of a monograph are not entries; the 'see above' pointer to the handbook chapter is an entry",
        "all 284 reading lines listed with their extracted titles and read against the file (grep counts of"
        " bullets and paragraphs), the five left out, every title whose quote or link is irregular (lines 28,"
        " 37, 40, 232, 249, 271, 340, 348, 425, 434), the repeated papers, the DOIs of the doi-bearing links")


if __name__ == "__main__":
    main()
