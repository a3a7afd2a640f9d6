"""Wild truth for vvvityaaa/awesome-spiking-neural-networks README: an awesome list with numbered items
'N. [Title](url), Authors (Year) - description' (a few use ' - ' instead of ', ' before the authors).

Entries: every numbered item of the '## Papers' section (its subsections: fundamental/overview,
applied, ANN-to-SNN conversion, learning methods, neuron models, neuromorphic hardware), one line
each; title = the link text.  Not entries: the Books section (two books and a lecture playlist),
Frameworks and Repositories (software), Others (a project, tutorials, a web simulator), the figure
caption's '[1]' blog link, badges and the table of contents.  Frontiers URLs give their DOI without
'/full', the bioRxiv URL without its 'v1'; Nature article ids, PMC and IEEE document numbers are not DOIs.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "vvvityaaa__awesome-spiking-neural-networks__README@4b98916.md"
PART = "wild_held_out"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text
            continue
        if not (section or "").startswith("## Papers"):
            continue
        m = re.match(r"\d+\. \[(.+?)\]\(", text)
        if m:
            papers.append({"line": i, "end": i, "title": tidy(clean(m.group(1))), "arxiv": arxiv_of(text),
                           "doi": doi_of(text)})
    out = {
        "file": NAME,
        "part": PART,
        "method": "every numbered '[Title](url), Authors (Year) - note' item under '## Papers' is an entry, title ="
                  " the link text; books, frameworks, repositories and 'Others' are not entries",
        "checked": "every item of the file (Books, all 37 paper items with title, id and line, Frameworks,"
                   " Repositories, Others); the numbering gap (no item 3 under Neuron models) is the file's own",
        "papers": papers,
    }
    save(out)


if __name__ == "__main__":
    main()
