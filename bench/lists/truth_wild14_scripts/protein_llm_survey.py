"""Wild14 truth for Yijia-Xiao/Protein-LLM-Survey README: the paper list of the survey 'Large Language
Models in Protein', by taxonomy (understanding, engineering/generation, experimental methods,
datasets and benchmarks).

Shape: one three-column Markdown table per '###' topic, '| [Title](url) | *Venue, Year* | [Code](url) |'
(the Resources cell may say N/A, Model&Data, Link or a placeholder 'GITHUB_LINK').  Every row
whose first cell is a linked title is an entry; title = the link text.  Many papers are repeated
under two topics (ProtTrans, ProteinBERT, ProtST, ...): each row is its own entry.  Not entries:
the badges, the 'Pretraining Dataset' table (nine databases named in plain text with a homepage
link, no paper).  Hosts: Nature, Science, PNAS, Cell, OUP, bioRxiv, Wiley, Springer, PLoS, PMLR,
NeurIPS, OpenReview, ACL Anthology, IEEE; DOIs come from doi.org, science.org/doi, dl.acm.org/doi,
bioRxiv (version and '.full' dropped), Wiley and Springer URLs.

Count check: grep -c '^| \\[' gives 78 = 12+5+5+9+5+8 (understanding) + 6+5+3+4 (engineering) +
1+2+5 (experimental) + 8 (benchmarks), counted per heading with awk.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "Yijia-Xiao__Protein-LLM-Survey__README@d105120.md"
PART = "wild14_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    head = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("### "):
            head = text[4:]
        m = re.match(r"\| \[([^\]]+)\]\(", text)  # URLs may hold parentheses (Cell PIIs)
        if not m:
            continue
        counts[head] = counts.get(head, 0) + 1
        papers.append(entry(lines, i, i, m.group(1)))
    assert "Pretraining Dataset" not in counts
    assert list(counts.values()) == [12, 5, 5, 9, 5, 8, 6, 5, 3, 4, 1, 2, 5, 8], counts
    assert len(papers) == 78
    write_truth(NAME, PART, papers,
                "every table row whose first cell is '[Title](url)' is an entry, title = the link text; the"
                " Pretraining Dataset table of databases is not",
                "all 78 rows against the file (counts per topic table by awk), every title by eye, the DOIs of"
                " the doi.org, science.org, PNAS, ACM, bioRxiv, Wiley, Springer and PLoS links; the 9 database"
                " rows (154-162) left out")


if __name__ == "__main__":
    main()
