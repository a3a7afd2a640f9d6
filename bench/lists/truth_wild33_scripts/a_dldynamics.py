"""Wild33 truth for zeke-xie/deep-learning-dynamics-paper-list README.md: a list of peer-reviewed papers on the
training/optimization dynamics of neural networks (SGD, momentum, adaptive methods, training techniques, beyond).

Shape: one bullet per paper, ``- Title. In *Venue Year*. [[pdf](url)]``; the title is plain text (not a link), in
sentence case as the list writes it.  Variants: line 31 ends its title with ``?`` and no dot ("... local minima? In
*ICML 2018*"); line 70 has no venue ("- Dynamics of SGD ... Stepsizes. [[pdf](..)]"); line 94 "...Geometry?. In"
keeps the "?"; lines 73, 124, 125 have a broken ``[pdf](url)]`` link (one bracket) - still entries; line 27 writes
"*NeurIPS 2017*/".  Each bullet is one entry on its own line; the title is the text before " In *" (or before the pdf
link when there is no venue), final dot dropped.
The "Citing" section (133-164) asks readers to cite the author's own two papers: "[1] **ICLR 2021**: ..." with a
fenced BibTeX (140-150) and "[2] **ICML 2022 (Oral)**: ..." with a fenced BibTeX (152-164).  These cite papers, not the
list itself, so each is an entry (a reference with its BibTeX); the "[n]" line gives only a description, so the title
is the BibTeX ``title=`` value.  Both papers are also listed above (repeated records are separate entries).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "zeke-xie__deep-learning-dynamics-paper-list__README@064a9d2.md"
PART = "wild33_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            continue
        body = ln[2:]
        if " In *" in body:
            title = body.split(" In *", 1)[0]
        else:
            title = re.split(r"\s*\[\[?pdf\]", body, maxsplit=1)[0]
        papers.append(entry(lines, i, i, title))
    # the two cited papers of the Citing section: "[n] ..." line through the closing fence of its BibTeX
    for first in (140, 152):
        assert re.match(r"^\[\d\] \*\*", lines[first - 1]), lines[first - 1]
        j = first
        fences = 0
        while fences < 2:
            if lines[j].startswith("```"):
                fences += 1
            j += 1
        last = j  # 1-based line of the closing fence
        bib = "\n".join(lines[first - 1 : last])
        t = re.search(r"title\s*=\s*\{(.+?)\},", bib).group(1)
        papers.append(entry(lines, first, last, t))
    assert len(papers) == 95, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- Title. In *Venue*. [[pdf](url)]' bullet is an entry titled by the plain text before ' In *' (or before the"
        " pdf link); the two papers of the 'Citing' section ([n] line + fenced BibTeX) are entries titled by their BibTeX"
        " title.",
        "Every bullet's title read against the file (all 93), including the '?' titles (31, 'Geometry?.'), the venue-less"
        " line 70 and the one-bracket pdf links; both Citing records (140-150, 152-164) checked.",
    )


if __name__ == "__main__":
    main()
