"""Wild9 truth for benb111/awesome-small-molecule-ml README: '* Authors, Year. [Title](url). [[Code](url)]' under '### ' topic headings.

Shape: an awesome list for machine learning in small-molecule drug discovery (chemistry).  Under
'## Papers' nine '### ' sub-sections hold '* ' bullets 'Surname et al, 2021. [Title](url).' with
optional '[[Code](url)]'/'[[Data](url)]' links; two bullets (lines 52-53, 72-73) break the link
text before its ']' so the entry runs over two lines.  After the papers, '## Data sets',
'## Frameworks, Libraries, and Software Tools', '## Blogs', '## Twitter' and '## Related lists'
hold resource links.

Entries: every bullet in the nine paper sections, except one: 'White, 2021. [Deep Learning for
Molecules and Materials](https://dmol.pub/)' under 'Survey papers and books' is an online book,
not an entry.  Not entries: the Contents bullets, every bullet of the data-set, framework, blog,
Twitter and related-list sections (the 'Zinc' data-set bullet links the ZINC20 paper but the
record names the database, not a paper: a data-set record, not an entry).

Title: the first link's text, its line break (if any) collapsed; a trailing annotation the list
writes in parentheses inside the link text naming the model, '(Graphormer paper)',
'(GROVER paper)', '(Chemprop)', is dropped, being description, not title.

Counts: bullets per paper section by awk (6, 17, 13, 7, 8, 5, 2, 4, 5 = 67), minus the book = 66.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "benb111__awesome-small-molecule-ml__README@3ee5657.md"
PART = "wild9_development"
BOOK_LINE = 31
EXPECTED = {"Survey papers and books": 6, "Representation, transfer learning, and few-shot learning": 17,
            "Generative algorithms": 13, "Hit finding and potency prediciton": 7, "ADME and toxicity prediction": 8,
            "Synthetic accessability and retrosynthetic planning": 5, "DNA-encoded libraries (DELs)": 2,
            "Visualization and interpretability": 4, "MS/MS prediction": 5}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    seen: dict[str, int] = {}
    section = None
    in_papers = False
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            in_papers = text.strip() == "## Papers"
            section = None
            continue
        if text.startswith("### "):
            section = text[4:].strip()
            continue
        if not (in_papers and section and text.startswith("* ")):
            continue
        seen[section] = seen.get(section, 0) + 1
        if i == BOOK_LINE:
            assert "dmol.pub" in text
            continue
        last = i
        body = text
        if "](" not in text:  # link text broken over two lines
            last = i + 1
            body = text + " " + lines[i]
        m = re.match(r"\* [^\[]*?\[(.+?)\]\(", body)
        assert m, (i, text)
        title = re.sub(r"\s+", " ", m.group(1)).strip()
        title = re.sub(r"\s*\((Graphormer paper|GROVER paper|Chemprop)\)$", "", title)
        papers.append(entry(lines, i, last, title))
    assert seen == EXPECTED, seen
    assert len(papers) == 66, len(papers)
    write_truth(NAME, PART, papers,
                "every '* Authors, Year. [Title](url).' bullet under the nine '### ' sections of '## Papers' is an entry"
                " (except the dmol.pub online book); title = the first link's text, line break collapsed, trailing"
                " '(Graphormer paper)'/'(GROVER paper)'/'(Chemprop)' annotation dropped; data-set, framework, blog,"
                " Twitter and related-list bullets are not entries",
                "all 66 entries against the file: per-section bullet counts by awk (67 = 66 + the book), the two"
                " two-line entries (52-53, 72-73), the three dropped annotations, arXiv ids (arxiv.org/abs and /pdf),"
                " DOIs from doi.org, pubs.acs.org/doi, jcheminf/biorxiv/sagepub/frontiersin URLs; Nature, RSC,"
                " PubMed, OUP-with-article-number and openreview URLs give none")


if __name__ == "__main__":
    main()
