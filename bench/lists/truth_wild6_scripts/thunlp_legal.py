"""Wild6 truth for thunlp/LegalPapers README.md: must-read papers on legal intelligence (law / NLP).

Shape: sections and '####' sub-sections of numbered items; each item is a bold title line
'1. **Title**.' (under 'Datasets' the bold title is wrapped in '<span id="...">...</span>'), then,
usually after a blank line, an indented italic author line '*Authors*. Venue Year. [[pdf](url)]'
(one author line wraps over two lines, one item has no blank line between title and authors).
Every numbered item is an entry (all 72 are papers); title = the bold text, its closing '.'
dropped; lines = the title line through the last line of the author paragraph.  Not entries: the
'Datasets' table (16 rows 'Author et al. (year)' linking to '#anchors' of the numbered items below,
an index naming no title) and the contributors line.  Ids come from the author line's [pdf] link
(arXiv pdf URLs, doi.org, ACM DL '/doi/' URLs, Springer chapter URLs; ACM 'citation.cfm' URLs hold
no DOI).

Count check: grep -c '^[0-9]*\\. ' = 72 = 1 + 16 + 19 + 2 + 7 + 4 + 5 + 4 + 8 + 5 + 1 per section.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "thunlp__LegalPapers__README@5ee207e.md"
PART = "wild6_development"
PER_SECTION = {"Overview of Legal Intelligence": 1, "Datasets": 16, "Legal Judgment Prediction": 19,
               "Court Views Generation": 2, "Named Entity Recognition": 7, "Event Extraction": 4,
               "Others": 5, "Information Retrieval": 4, "Legal Text Summarization": 8,
               "Legal Question Answering": 5, "Semantical Parsing": 1}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    section = None
    for i, text in enumerate(lines, 1):
        h = re.match(r"#+\s+(.*)", text)
        if h:
            section = h.group(1).strip()
            continue
        m = re.match(r"\d+\.\s+(?:<span[^>]*>)?\*\*(.+?)\*\*", text)
        if not m:
            assert not re.match(r"\s*\d+\. ", text), i
            continue
        j = i + 1
        while not lines[j - 1].strip():
            j += 1
        assert lines[j - 1].lstrip().startswith("*"), (i, j)
        end = j
        while end < len(lines) and lines[end].strip():
            end += 1
        papers.append(entry(lines, i, end, m.group(1)))
        counts[section] = counts.get(section, 0) + 1
    assert counts == PER_SECTION, counts
    assert len(papers) == 72
    write_truth(NAME, PART, papers,
                "every numbered item '1. **Title**.' (bold title, sometimes inside a <span id>) with its italic author"
                " paragraph is an entry, title = the bold text; the Datasets table (author-year rows linking to the"
                " items' anchors) is not",
                "count per section against the file by eye and grep '^[0-9]*\\. ' (72); every entry's title and author"
                " lines printed with -v and read against the file; the two-line author paragraph (Kano), the item"
                " without a blank line (Chen, prison term), the title with a space before the closing bold; ids of"
                " arXiv, doi.org, ACM /doi/ and Springer links")


if __name__ == "__main__":
    main()
