"""Wild truth for dssoc/dssoc.github.io schedule.md: the weekly schedule of a Duke computational social science course.

Each week lists '***Required Reading***' and '***Optional Materials***' bullets
'- Author(s). [Title](url).' beside videos, labs, R tutorials and datasets (HTML '<ul><li>' lists
inside callout divs).  A reading is an entry when it is a scholarly article; title = its link
text (bold unwrapped, final '.' dropped).  The decisions, one per reading (listed below by line):

- entries: the journal articles (Science, PNAS, Science Advances, APSR, Political Behavior, ANNALS,
  AJS via JSTOR, Political Analysis), Donoho's '50 Years of Data Science', Yang et al.'s arXiv
  preprint, and Barbera & Steinert-Threlkeld's 'How to Use Social Media Data for Political Science
  Research' (a PDF of a scholarly text; the file does not call it a chapter).  Kramer et al.'s
  paper is named by the short title 'Emotional Contagion', kept as written.  One is an HTML
  '<li>' in the text-analysis lab's optional resources (line 653): Grimmer & Stewart's 'Text as
  Data', whose link text ends with the authors (', Justin Grimmer and Brandon Stewart', dropped).
- not entries: the 'Bit by Bit' book chapters, the 'Connected' and 'Making Connections' book
  chapters, news and opinion pieces (Science news, The Atlantic, NYT, Wired, MIT Technology
  Review), blog and Medium posts, a TED talk, videos, a podcast, the AMS feature column, R books
  and tutorials, datasets; the Holtz et al. reading of week 13 sits inside an HTML comment
  ('<!-- ... -->') and is not rendered: not an entry.

Ids: one arXiv link; DOIs only where written (a SAGE 'doi/abs/10.1177/...' URL, a Springer
'article/10.1007/...' URL, a science.org 'doi/10.1126/...' URL); PNAS and sciencemag 'content/...'
paths, JSTOR and PMC ids are not DOIs.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "dssoc__dssoc.github.io__schedule@8ddc450.md"
PART = "wild_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


#: The readings that are papers, by line (the Markdown bullets '- Author. [Title](url)', and one HTML <li>).
ENTRIES = [52, 53, 54, 55, 123, 194, 198, 269, 272, 442, 615, 653, 686, 691, 692, 763, 766, 767, 768]
#: Reading bullets that are not papers (line: what it is), so every '- ...[...](...)' bullet is decided.
NOT_PAPERS = {
    49: "Bit by Bit book chapters", 56: "Bit by Bit book chapter", 120: "Bit by Bit book chapter",
    124: "The Atlantic news article", 125: "video", 193: "Science news article", 197: "TED talk",
    273: "video", 353: "book chapter (Connected)", 356: "Medium post", 357: "AMS feature column",
    439: "book introduction and chapter (Kadushin)", 443: "Medium post", 538: "blog post",
    541: "NYT opinion", 608: "NYT article", 609: "NYT article", 610: "Towards Data Science post",
    613: "Technology Review article", 614: "Wired article", 690: "Wired article", 769: "podcast",
    886: "inside an HTML comment (lines 884-889)",
}


def main() -> None:
    bullets = [i for i, text in enumerate(LINES, 1) if re.match(r"-\s+.*\[[^\]]+\]\(http", text)]
    assert sorted([e for e in ENTRIES if e != 653] + list(NOT_PAPERS)) == bullets, set(bullets) ^ set(ENTRIES + list(NOT_PAPERS))
    for i in ENTRIES:
        text = LINES[i - 1]
        if i == 653:
            m = re.search(r"<a href = \"[^\"]+\">(.+?), Justin Grimmer and Brandon Stewart</a>", text)
        else:
            m = re.match(r"-\s+[^\[]*\[(.+?)\]\(http", text)
        add(i, i, m.group(1))
    write("every reading bullet (and one HTML <li>) that is a scholarly article is an entry, title = its link text"
          " (authors inside one link text dropped); book chapters, news, blogs, talks, videos, podcasts, R tutorials"
          " and a commented-out reading are not",
          "every Markdown reading bullet with a link (41, counted with grep, each decided by line) and every"
          " HTML <li> of the lab callouts (datasets, R books/tutorials, one article); the HTML comments; the"
          " 19 entries' titles, DOIs (SAGE, Springer, science.org) and arXiv id one by one")


if __name__ == "__main__":
    main()
