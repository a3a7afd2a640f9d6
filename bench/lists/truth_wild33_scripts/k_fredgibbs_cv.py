"""Wild33 truth for fredgibbs/fredgibbs.github.io cv/index.md: the CV page of a historian of medicine
and digital historian (Fred Gibbs), with a publications part followed by a long list of talks.

Shape: Jekyll front matter, contact block, employment and education (lines 1-39), then "## Publications"
(line 41) with ### Monograph, Articles in Refereed Journals, Book Chapters, Other Stuff and Reviews; each
record a paragraph of one line (the first review wraps onto line 107), the title in straight or curly
double quotes before ``, _Journal_ ...``; older articles and reviews sit inside ``<details>`` blocks
(lines 60-77, 117-124).  Then "## Selected Presentations" (lines 128-282: italic talk titles with the
venue on the next line), courses and service lists.

What is an entry: the 13 article records (lines 48-75; line 48 is a handbook chapter filed under
articles), the 4 book chapters (82-88), and in "Other Stuff" the white paper of line 93, the
co-authored essay in the HSS newsletter of line 97 and the report chapter of line 101 -- 20 entries.
Not entries: the monograph (line 44, a book), the Nursing Clio blog post (95), the website project
*Histories of the Future* (99), the seven book reviews (106-122, each record names the reviewed book),
all presentations, posters, workshops and panels (128-282), courses and service.

Title: the quoted text, markup removed (line 67 keeps "Kuhn's Structure" without the underscores; line
97's title is the link text inside the quotes); line 93 has no quotes and its title is the link text.
No arXiv ids; the only DOI is the one line 67's JSTOR URL writes literally (10.1525/hsns.2012.42.5.510);
PubMed Central links are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "fredgibbs__fredgibbs.github.io__cv__index@3512907.md"
PART = "wild33_development"

ENTRY_LINES = [48, 50, 52, 54, 56, 58, 63, 65, 67, 69, 71, 73, 75, 82, 84, 86, 88, 93, 97, 101]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i in ENTRY_LINES:
        ln = lines[i - 1]
        if i == 93:
            title = re.match(r"\[([^\]]+)\]", ln).group(1)
        else:
            title = re.match(r'^["“](.+?)["”]', ln).group(1)
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 20, len(papers)
    write_truth(NAME, PART, papers,
                "Publication records of the CV that are articles, chapters, a white paper, a newsletter "
                "essay and a report chapter (one line each); the monograph, blog post, website project, "
                "book reviews and all presentations are skipped; title = the quoted text (line 93: link text).",
                "Whole file read by eye; every publication record classified and every title compared "
                "with its line.")


if __name__ == "__main__":
    main()
