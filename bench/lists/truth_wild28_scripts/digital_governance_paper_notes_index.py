r"""Wild28 truth for sankarshanmukhopadhyay/digital-governance-paper-notes index.md: one reader's review log.

Shape: a generated index of a single reader's reviews ("working notes from a single reader").
A 15-line 'Browse by Domain' table of contents (lines 7-21, anchors, not entries), then
'## Reviews by Domain' with 15 '###' domain headings, each followed by an '<a id>' anchor and one
two-line record per review:
  '- **YYYY-MM-DD** — [Title](reviews/.../note.md) — *Venue or publisher* — [Source](url)'
  '  - one-paragraph key insight'
The date is when the reader finished the review; the first link's text is the publication's title
(the link goes to the reader's own review); the 'Source' link is the publication (arXiv, SSRN,
OpenReview, HAL, PLOS, publishers' and institutions' pages).  Each record spans its two lines.
Entries: records whose subject is a scholarly work: arXiv/SSRN/HAL/ResearchGate preprints and
working papers, journal, law-review, conference and workshop papers, and the reports, white papers,
briefs and discussion papers of institutions (think tanks, UN agencies, ministries, NITI Aayog,
universities' centres, PwC, FATF, Linux Foundation Research ...), counted as reports.
Not entries (9 records): essays and articles in magazines, news sites and blogs, and one event page:
58 (Geopolitique.eu essay), 66, 104, 216 (Tech Policy Press articles), 108 (Bot Populi),
138 (Medium post), 188 (CIGI opinion article, /articles/ URL), 208 (Noema Magazine), 214 (a Stanford
HAI event page: a talk).
Special cases: line 46's Source is not a URL ('uploaded white paper: ...'); line 64's arXiv link has a
version ('2602.13033v2'); line 206's DOI is in a PLOS URL query ('?id=10.1371/...'); line 76's title
starts with a quoted phrase in curly single quotes; line 144's venue contains an em dash.
Count check: 76 records (grep '^- \*\*'), equal to the sum of the table of contents' counts
(20+10+8+2+4+2+1+2+1+9+2+8+2+1+4) = 67 entries + 9 articles/event.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "sankarshanmukhopadhyay__digital-governance-paper-notes__index@3ea5504.md"
PART = "wild28_development"
NOT_PAPERS = {58, 66, 104, 108, 138, 188, 208, 214, 216}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    records = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- **"):
            continue
        records += 1
        m = re.match(r"- \*\*\d{4}-\d{2}-\d{2}\*\* — \[(.+?)\]\(reviews/", text)
        assert m, i
        assert lines[i].startswith("  - "), i
        if i in NOT_PAPERS:
            continue
        papers.append(entry(lines, i, i + 1, m.group(1)))
    assert records == 76, records
    assert len(papers) == 67, len(papers)
    write_truth(NAME, PART, papers,
                "every two-line review record ('- **date** — [Title](review) — *venue* — [Source](url)' plus its"
                " insight line) whose subject is a paper, preprint, working paper or institutional report is an entry,"
                " title = the first link's text; 9 records of magazine/news/blog articles and one event page are not"
                " entries",
                "all 76 records read by eye and sorted into 67 entries and 9 non-papers (venues and Source URLs"
                " checked); every title against its line; arXiv ids (incl. the v2 link), the PLOS DOI in a URL query,"
                " and the records without a DOI or arXiv id (SSRN, HAL, institutional PDFs) checked")


if __name__ == "__main__":
    main()
