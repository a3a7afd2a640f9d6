r"""Wild21 truth for CHIANGEL/Research-Paper-Note Categorized_Paper_List.md: a recommender-systems
researcher's index of the papers noted in the repository's README, grouped by topic.

Shape: an English and a Chinese intro paragraph, a bullet TOC of eleven anchor links (not
entries), then per topic an HTML heading `<h2 id="...">Topic</h2>` (Noisy Label adds two `###`
sub-headings) and blank-line-separated paragraphs `[[Link](url)] Title` -- the link comes
before the title; five ACM links are malformed (`...2742726])]`).  Topics are separated by dashed
rules.  A paper may appear under several topics (TabGNN twice, the music OLTR paper twice): each
appearance is its own entry.  Lines 174-205 are an HTML comment of bare `url Title` lines (a
to-read pile for music playlists): not rendered, not entries.

Entry: every line starting `[[Link](` outside the comment, except line 101: 'Click Models for
Web Search' (Chuklin, Markov, de Rijke) is a book (Synthesis Lectures on Information Concepts,
Retrieval, and Services, 2015; the Semantic Scholar link is the authors' version), and books are
not entries -- 58 entries.  Title: the text after the closing `)]`.  Count check: `grep -c
'^\[\[Link\]'` = 59 = 58 + the book; the comment holds none of them.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "CHIANGEL__Research-Paper-Note__Categorized_Paper_List@af2013e.md"
LINES = read_lines(NAME)
BOOKS = {101}  # Click Models for Web Search: a book (Synthesis Lectures, 2015)


def main() -> None:
    papers = []
    hidden = False
    for i, text in enumerate(LINES, 1):
        if "<!--" in text:
            hidden = True
        if hidden:
            if "-->" in text:
                hidden = False
            continue
        if text.startswith("[[Link](") and i not in BOOKS:
            m = re.match(r"\[\[Link\]\(.*?\)\]+\s*(.+)$", text)
            papers.append(entry(LINES, i, i, m.group(1).strip()))
    assert len(papers) == 58, len(papers)
    write_truth(NAME, "wild21_development", papers,
                "every '[[Link](url)] Title' paragraph under the topic headings is a paper, a repeat under another"
                " topic a separate entry; title = the text after the link; the TOC, the HTML-commented"
                " 'url Title' lines (174-205) and the book 'Click Models for Web Search' (line 101) are not entries",
                "all 58 entries against the file: titles (quoted 'when to update', '?' title, metapath2vec lower"
                " case), the malformed '])]' ACM links and their DOIs, the percent-encoded Springer DOI, the"
                " Frontiers DOI, arXiv ids; the two repeats; the commented block left out")


if __name__ == "__main__":
    main()
