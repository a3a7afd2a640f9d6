"""Wild truth for LirongWu/awesome-protein-representation-learning README: '1. [Venue Year] **Title**[[paper]](url)[[code]](url)'.

Every numbered item under a 'Year ...' heading is an entry (all are papers); title = the bold
text; the '[Venue Year]' tag before it is dropped.  Not entries: the 'Related Awesome' bullets
(other lists), the list's own survey in the 'Citation' BibTeX and the contact bullets.  A Nature
article URL holds no DOI (its article id is not one); bioRxiv URLs give their 10.1101 DOI.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "LirongWu__awesome-protein-representation-learning__README@97d848f.md"
PART = "wild_held_out"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"\d+\. \[[^\]]*\]\s*\*\*(.+?)\*\*", text)
        if not m:
            continue
        papers.append({"line": i, "end": i, "title": tidy(clean(m.group(1))), "arxiv": arxiv_of(text), "doi": doi_of(text)})
    out = {"file": NAME, "part": PART,
           "method": "every numbered item '1. [Venue Year] **Title**[[paper]](url)' under a year heading is an"
                     " entry, title = the bold text; the Related Awesome bullets and the cite-us BibTeX are not",
           "checked": "count against grep '^[0-9]*\\. ' (236 numbered lines, all entries), every line that does not"
                      " match the usual shape (only 144, no space before the bold title), 25 entries spread over"
                      " the year sections, the arXiv/bioRxiv/DOI links",
           "papers": papers}
    save(out)


if __name__ == "__main__":
    main()
