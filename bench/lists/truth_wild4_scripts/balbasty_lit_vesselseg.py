"""Wild4 truth for balbasty/lit vesselseg.md: one page of a researcher's personal literature notes
("Vasculature segmentation (and/or other tree-like objects)").

Shape: a TOC of five '- [**Section**](#anchor)' lines, then '## Segmentation', '## Topology /
Correction', '## Constrained Constructive Optimization', '## Flow', '## Axons' and a second top
heading '# Synth-based segmentation'.  Each paper is a block: '- **Title** <br />', optional
shields.io badge lines ('![deep](https://img.shields.io/badge/deep-black)'), an authors line
('J Wan, ..., D Wei <br />'), '_Venue_ (year) <br />' (the two swapped once), a bare URL line
(doi.org, a 10.48550/arXiv DOI, arxiv.org, openreview, ...), and often a '<details><summary>bibtex
</summary>' block holding a fenced BibTeX entry for the same paper (part of the block, not a
separate entry).

Entry: every '- **Title** <br />' block (93), from its title line to its last non-blank line
before the next block or heading.  The TOC lines are not entries.  Title = the bold text.  IDs:
the first the block gives, i.e. the URL line's (the BibTeX below repeats the paper, its fields come
after); a 10.48550/arXiv.NNNN DOI gives the arXiv id too.  One block (536, Forkert 2013) has no URL
line, only its BibTeX (no id).  The Paetzold 2019 MIDL paper is listed twice (260, 1407): two
entries.  '(VesselGraph)' closing one bold title (954) is the list's nickname written into the
title text and is kept, as written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "balbasty__lit__vesselseg@dfb8e42.md"
PART = "wild4_development"

TITLE = re.compile(r"- \*\*(.+?)\*\* +<br />")


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, t in enumerate(lines, 1) if t.startswith("- **")]
    bounds = [i for i, t in enumerate(lines, 1) if t.startswith("#")] + [len(lines) + 1]
    papers = []
    no_url = []
    for s in starts:
        m = TITLE.fullmatch(lines[s - 1].rstrip())
        assert m, (s, lines[s - 1])
        stop = min(b for b in starts + bounds if b > s)
        e = stop - 1
        while not lines[e - 1].strip():
            e -= 1
        block = lines[s - 1 : e]
        if not any(re.match(r"\s*https?://\S+( +<br />)?$", t) for t in block):
            no_url.append(s)
        papers.append(entry(lines, s, e, m.group(1)))
    assert len(papers) == 93
    assert no_url == [536], no_url  # Forkert 2013: BibTeX only
    write_truth(
        NAME, PART, papers,
        "every '- **Title** <br />' block (badges, authors, venue, URL line, optional <details> BibTeX of the same"
        " paper) is one entry, title = the bold text; ids from the block, URL line first",
        "93 '- **' block starts counted by grep, all end in '<br />' (one with two spaces before it); block ends"
        " checked for every <details> block (BibTeX stays inside its entry) and at every section change; the"
        " 16 entries with arXiv or no id, the URL-less block (536), the duplicate pair (260/1407), the"
        " venue-before-authors block (tUbe net), the VesselGraph title and every 4th title of the -v output"
        " compared with the file; all non-doi.org URL lines listed by grep and matched to their entries",
    )


if __name__ == "__main__":
    main()
