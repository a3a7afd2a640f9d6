"""Wild7 truth for jacobeisenstein/gt-css-class 2015-files/schedule.md: a Georgia Tech course schedule (CS 8803 CSS, 2015).

Shape: '# Part n' and '## date: topic ##' headings (ATX headings closed with '##'); under each, bullets
labelled '**Reading**:', '**Supplemental reading**:', '**Catch-up reading**:', '**Monday reading**:',
'**Wednesday reading**:', '**Also see**:' holding one or more inline links '[Title](url) by Authors,
year' separated by ';', often continued on the next line without a bullet (lazy continuation), two
link texts wrapped over two lines (lines 19-20 and 155-156); plus prose lines, problem-set bullets
and textbook pointers ('E&K chapter 3', '*Wasserman chapter on linear regression*').

An entry is a link whose target is a scholarly work: research articles, surveys, working papers
(SSRN), white papers ('No silver bullet'), book chapters of edited volumes ('Computational Social
Science: Toward a Collaborative Future', 'Identifying regional dialects in online social media',
'Care and feeding of topic models') and project pages of papers ('Exploiting social network
structure ...', 'Echoes of power ...').  Title = the link text ('...' after a truncated title
dropped; the wrapped titles joined with a space).  Not entries: textbooks ('Think Stats' x4,
'Newman', 'Networks, Crowds, and Markets'), lecture notes ('Notes on regression' by Andrew Ng),
news and blogs ('also see' items: 'perspectives on computational sociology', 'Sticky data ...',
'Ages and names', 'XKCD', 'Spurious correlations', 'this Vox piece', 'Fairness versus freedom',
'Data carpentry'), notebooks, problem sets, the final-project page and the Martin Luther King Day
link.  A paper listed twice ('Six provocations for Big Data', 'A survey of statistical network
models', 'Data Analysis with Latent Variable Models' in 'The rest of [...]') is two entries.
Several entries share a line, so an entry's lines are its link's lines and its ids come from its
own link only.
Counts: 80 links in the file (the regex below, link texts counted one by one); 25 of them are not
papers (20 distinct texts in NOT_PAPERS: 'Think Stats'/'Think stats' x4, 'Problem set n' x6, ...),
55 are entries.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "jacobeisenstein__gt-css-class__2015-files__schedule@949bc9d.md"
PART = "wild7_development"
NOT_PAPERS = {
    "Think Stats", "Think stats", "Newman", "Networks, Crowds, and Markets", "Notes on regression",
    "perspectives on computational sociology", "Sticky data: Why even 'anonymized' information can still identify you",
    "Ages and names", "XKCD", "Spurious correlations", "this Vox piece", "Fairness versus freedom", "Data carpentry",
    "stats refresher iPython notebook", "iPython notebook", "Problem set 1", "Problem set 2", "Problem set 3",
    "Final project", "Martin Luther King Day",
}


def main() -> None:
    lines = read_lines(NAME)
    text = "\n".join(lines)

    def line_of(pos: int) -> int:
        return text.count("\n", 0, pos) + 1

    papers = []
    links = 0
    skipped = 0
    for m in re.finditer(r"\[([^\]]+)\]\(([^)\s]+)\)", text):
        links += 1
        label = re.sub(r"\s+", " ", m.group(1)).strip()
        if label in NOT_PAPERS:
            skipped += 1
            continue
        title = re.sub(r"\.\.\.$", "", label)
        e = entry(lines, line_of(m.start()), line_of(m.end() - 1), title)
        e["arxiv"] = arxiv_of(m.group(0))
        e["doi"] = doi_of(m.group(0))
        papers.append(e)
    assert links == 80, links
    assert skipped == 25, skipped
    assert len(papers) == 55, len(papers)
    write_truth(
        NAME, PART, papers,
        "every inline link of the course schedule whose target is a research paper, survey, working paper,"
        " white paper or book chapter is an entry (title = the link text, a closing '...' dropped, wrapped"
        " text joined); textbooks, lecture notes, news and blog items, notebooks, problem sets and other"
        " pages are not; repeated papers are separate entries; ids from each link only",
        "all 80 links one by one (55 papers, 25 others named in the script), the two link texts wrapped over"
        " two lines, the percent-encoded PLOS DOIs, the annualreviews and tandfonline DOIs, the six arXiv links")


if __name__ == "__main__":
    main()
