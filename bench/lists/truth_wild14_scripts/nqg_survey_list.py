"""Wild14 truth for PersistenceForever/Neural-Question-Generation-Survey-List README: the paper list of a
survey of neural question generation, by taxonomy (structured / unstructured / hybrid NQG, then
benchmark datasets).

Shape: numbered items under '##'..'####' taxonomy headings, one line each, numbering restarting
under each heading:
- method papers: '1. **Title.** *Authors*. Venue, Year. [[Paper]](url) [[Code]](url)';
  title = the bold text without its closing '.';
- dataset items (the three 'Datasets' sections): '1. **SQuAD.** Introduced by *Authors* in **Paper
  title.** Venue, Year. [[Paper]](url) [[Data]](url) [[Code]](url)'.  Each names and links the
  one paper that introduced the dataset, so each is an entry whose title is that paper's title (the
  second bold text, closing '.' dropped), not the dataset's name.  The Visual7W item writes its
  paper link broken ('[[Paper]]([https://arxiv.org/pdf/1511.03416]'); the arXiv id is still written.
Not entries: the table of contents, the two figure lines, headings.

Two titles keep the BibTeX braces the file writes ('{A} Case Study', '{SGCM:}').

Count check: grep -c '^[0-9]*\\. ' gives 80, every one starting '**'; per heading by awk: 68 method
items (RNN 3+8, Transformer 2+3, Graph2Seq 3, Graph-based 6, PLMs 6+17+2, LLMs 2+2, CNN 4, GNN 4,
Generative 2, Hybrid 4) and 12 dataset items (3 + 5 + 4).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "PersistenceForever__Neural-Question-Generation-Survey-List__README@d810c1b.md"
PART = "wild14_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_data = False
    n_method = n_data = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("#"):
            in_data = text.rstrip().endswith("Datasets")
            continue
        if not re.match(r"\d+\. ", text):
            continue
        bolds = re.findall(r"\*\*(.+?)\*\*", text)
        if in_data:
            assert " Introduced by " in text, i
            title = bolds[1]
            n_data += 1
        else:
            title = bolds[0]
            n_method += 1
        assert title.endswith("."), (i, title)
        assert "[[Paper]]" in text, i
        papers.append(entry(lines, i, i, title[:-1]))
    assert (n_method, n_data) == (68, 12), (n_method, n_data)
    write_truth(NAME, PART, papers,
                "every numbered item is an entry: method items' title = the first bold text without its final"
                " '.'; dataset items ('**Name.** Introduced by *Authors* in **Paper title.**') are the paper that"
                " introduced the dataset, title = the second bold text without its final '.'",
                "all 80 numbered items (68 under method headings, 12 under the three Datasets headings, counted"
                " per heading with awk) against the file; every title by eye; the broken Visual7W link (line 146)"
                " still gives 1511.03416; ACM/Springer DOIs from dl.acm.org and link.springer.com URLs")


if __name__ == "__main__":
    main()
