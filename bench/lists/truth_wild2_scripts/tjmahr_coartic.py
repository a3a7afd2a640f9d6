"""Wild2 truth for tjmahr/2015_Coartic reports/citations.md: a Pandoc-rendered APA bibliography (psycholinguistics).

Lines 1-43 are the article's parenthetical citations ('(Barr, 2008; Mirman, 2014)'), one per
paragraph: they name no work and are not entries.  After 'References' (line 45-46) every paragraph is
one APA reference on one line: 'Authors (Year). Title. *Journal*, *vol*(issue), pages.
doi:[10.x](http://dx.doi.org/10.x)'.  Each reference to a journal article, a conference-proceedings
paper (Tobin et al. 2010, 'In S. Ohlsson & R. Catrambone (Eds.), *Proceedings of the 32nd annual
meeting of the cognitive science society*') or a paper in the 'Papers in Laboratory Phonology' series
(Gow & McMurray 2007, written like a journal) is an entry; its title is the text after '(Year). ' up to
the italic journal (or up to '. In ' for the proceedings paper), a final '.' dropped, '?' kept.

Not entries (same convention as the open set's mahoffman and the wild set's uwcse510 scripts:
books and chapters of edited books are not papers): the R package lme4 (software, line 50), the
MacArthur-Bates CDI user's guide (a manual, line 64), Mirman's book (line 90), and the chapters in
edited books by Elman & McClelland (line 62), Fernald et al. (line 68), Fisher et al. (line 70) and
Plunkett (line 92).  DOIs come from the 'doi:[...](http://dx.doi.org/...)' links (lower-cased; one holds
parentheses: 10.1044/1092-4388(2004/034)); no arXiv ids.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _wild2 import entry, read_lines, write_truth

NAME = "tjmahr__2015_Coartic__reports__citations@fd95adf.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
NOT_PAPERS = {
    50: "lme4 R package (software)",
    62: "Elman & McClelland 1986, chapter in an edited book",
    64: "Fenson et al. 2007, CDI user's guide and technical manual",
    68: "Fernald et al. 2008, chapter in an edited book",
    70: "Fisher et al. 2004, chapter in an edited book",
    90: "Mirman 2014, book",
    92: "Plunkett 2006, chapter in an edited book",
}


def main() -> None:
    start = LINES.index("References") + 1
    assert LINES[start - 1 + 1] == "==========", start
    papers = []
    n_refs = 0
    for i in range(start + 2, len(LINES) + 1):
        text = LINES[i - 1]
        if not text.strip():
            continue
        n_refs += 1
        if i in NOT_PAPERS:
            continue
        m = re.match(r".*?\(\d{4}\)\.\s+(.*)$", text)
        rest = m.group(1)
        if ". In " in rest:
            title = rest.split(". In ")[0]
        else:
            title = rest.split(" *")[0]
        papers.append(entry(LINES, i, i, title))
    assert n_refs == 32 and len(papers) == 25, (n_refs, len(papers))
    write_truth(
        NAME, PART, papers,
        "every APA reference paragraph after 'References' naming a journal article, proceedings paper or series paper"
        " is an entry (one line each); title = the text after '(Year). ' up to the italic journal ('. In ' for the"
        " proceedings paper); the software, manual, book and 4 edited-book chapters are not; the parenthetical"
        " citations above 'References' are not entries",
        "all 32 reference paragraphs one by one (25 entries + 7 left out, each named in the script), every title"
        " against its line (question-mark titles: Dollaghan, Gow 2002; 'Jr.' authors; curly apostrophes), the"
        " proceedings paper (Tobin 2010), the DOI with parentheses (Edwards 2004) and the '10.1037//' one"
        " (Metsala); the 20 citation paragraphs of lines 5-43 give no entry",
    )


if __name__ == "__main__":
    main()
