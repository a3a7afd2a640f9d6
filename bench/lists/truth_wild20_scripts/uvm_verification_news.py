"""Wild20 truth for universal-verification-methodology/digital_verification_news .github/ISSUE_TEMPLATE.md.

A bot-written issue body ("Latest 15 Papers - February 13, 2026"): YAML front matter, a note, then
for each search keyword (## verification, ## UVM) three generated tables, one per source, with no
heading between them (DVCon proceedings PDFs, IEEE Xplore, Semantic Scholar for 'verification';
DVCon, IEEE Xplore, arXiv for 'UVM'), each headed '| **Title** | **Date** | **Comment** |'.  Every
body row is '| **[Title](url)** | date | comment |', the comment a '<details>' cell with the venue
or arXiv comment, or plain text, or empty.

Entry: a body row whose record is a scholarly work; title = the bold link text.  Not entries:
the rows whose link is a DVCon slide deck (file name '..._Final_PPT_....pdf': the talk's slides,
7 rows, each beside or instead of the paper's own row) and the three IEEE P1012 draft standards
(title 'IEEE ... Draft Standard for ...').  Off-topic search hits (a tendon sensor, child
anxiety wearables, digital-identity papers) are papers and are entries; DVCon rows without a
slide-deck marker are taken as papers (a chapter of a handbook found by Semantic Scholar too).
Count: 82 body rows (grep '^| **[') = 15+15+15+15+15+7 per table; minus 7 slide decks and 3
standards = 72.
arXiv ids come from the arXiv rows' abs links (version dropped); IEEE document and Semantic
Scholar links carry no DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "universal-verification-methodology__digital_verification_news__.github__ISSUE_TEMPLATE@7766f0c.md"
PART = "wild20_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    rows = slides = standards = 0
    per_table: list[int] = []
    for i, text in enumerate(LINES, 1):
        if text.startswith("| **Title**"):
            per_table.append(0)
            continue
        if not text.startswith("| **["):
            assert not text.startswith("| **"), i
            continue
        m = re.match(r"\| \*\*\[(.+?)\]\(([^)\s]+)\)\*\* \|", text)
        assert m, i
        rows += 1
        per_table[-1] += 1
        title, url = m.groups()
        if "_Final_PPT_" in url:
            slides += 1
            continue
        if re.search(r"\bDraft Standard\b", title):
            standards += 1
            continue
        papers.append(entry(LINES, i, i, title))
    assert per_table == [15, 15, 15, 15, 15, 7], per_table
    assert (rows, slides, standards) == (82, 7, 3), (rows, slides, standards)
    assert len(papers) == 72
    assert sum(1 for p in papers if p["arxiv"]) == 7
    write_truth(NAME, PART, papers,
                "every body row '| **[Title](url)** | date | comment |' of the six generated tables is an entry,"
                " title = the bold link text; rows linking a DVCon slide deck ('_Final_PPT_' file) and the three"
                " IEEE P1012 draft standards are left out",
                "the count per table (15, 15, 15, 15, 15, 7 rows = 82; minus 7 slide decks, 3 standards = 72),"
                " every title against the file by eye, the 7 arXiv ids (versions dropped), the slide-deck rows"
                " and their paper rows, no DOI written in any row")


if __name__ == "__main__":
    main()
