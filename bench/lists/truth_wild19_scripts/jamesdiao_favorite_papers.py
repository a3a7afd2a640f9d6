"""Wild19 truth for jamesdiao/jamesdiao.github.io _posts/2017-08-23-favorite-papers.md: a scientist's favourite papers (medicine, genomics, proteomics).

A Jekyll post (front matter, an 'In Progress' image, one intro sentence) then numbered items
under '###' fields and '####' subfields, one per line:
'N. [Author et al. YYYY](url). Title. <em>Journal</em>.'  The link text is the author-year key,
not the title; the title is the plain sentence after the link, up to '. <em>'.  One item
('[Doug Zounker](url). Chicken Chicken Chicken: Chicken Chicken.') has no journal: its title runs
to the final '.'.  One item is keyed by a consortium with no year.  Every numbered item is an
entry (25), including the papers listed twice (Ioannidis 2005 and Esteva 2017 appear in the Hall of
Fame and again below: separate entries).  The numbering restarts and skips (a '4.' after '2.'):
numbers are not counted on.  Not entries: front matter, the image, the intro line, headings.
Ids: one arXiv pdf link, a PLOS '?id=10.1371/...' URL and an OUP 'article-lookup/doi/10.1093/...'
URL give DOIs; Nature article pages, ScienceDirect pii and PubMed links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "jamesdiao__jamesdiao.github.io___posts__2017-08-23-favorite-papers@db24477.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if not re.match(r"\d+\. \[", text):
            continue
        m = re.match(r"\d+\. \[[^\]]+\]\([^)]+\)\. (.+?)(?:\. <em>.*|\.\s*)$", text)
        assert m, i
        papers.append(entry(LINES, i, i, m.group(1)))
    numbered = [t for t in LINES if re.match(r"\d+\. ", t)]
    assert len(numbered) == 25 == len(papers), len(papers)
    assert sum(1 for t in LINES if "<em>" in t) == 24
    write_truth(NAME, "wild19_development", papers,
                "every numbered item '[Author Year](url). Title. <em>Journal</em>.' is an entry (25, repeats kept);"
                " title = the sentence after the author-year link up to '. <em>' (or the final '.' for the one item"
                " without a journal)",
                "all 25 entries by eye against the file: titles, lines, the arXiv id (line 27), the PLOS and OUP DOIs"
                " (lines 17, 38, 66), Nature/ScienceDirect/PubMed/JAMA URLs giving no DOI; counts: 25 numbered lines,"
                " 24 with <em> (the Chicken paper has no journal)")


if __name__ == "__main__":
    main()
