"""Wild37 truth for JSLiam94/Paper-List-for-Prototypical-Learning README.md: an undergraduate group's
list of prototype-learning papers (interpretable "this looks like that" image classification, then
medical imaging by specialty), with abstracts, English-Chinese vocabulary notes and BibTeX per paper.

Shape: ``##``/``###`` headings with emoji; each paper is a record opened by a bullet
``- [[YEAR-VENUE]](paper url) **Title** [:octocat:](code url)``, followed by a ``<details>`` Abstract
card (the abstract in ``<pre>`` or as a ``- [Abstract] ...`` bullet), often a ``<details>`` Vocabulary
card, the paper's BibTeX in a ``<pre>`` block, and a figure ``![alt text](images/image-N.png)``.  An
entry spans its bullet through the last non-blank line before the next paper bullet or heading
(the BibTeX is the same paper's, so it is part of the entry, not an entry of its own); the title is the
bold text as the bullet writes it.  Decisions:
- Contents (25-29) and Tips (36-37) bullets, the ``- [Abstract] ...`` bullet inside the first card (46),
  the Star History chart (1962-1965), logos and badges: not entries.
- Line 156's bold title writes ``Does it_Shortcomings`` where its BibTeX has ``Does it? Shortcomings``:
  the bullet's text is kept as written; the BibTeX's differing case (e.g. 106, 621) is not used.
- From 1769 on, records have no <details> cards (bullet, BibTeX, figure only); same span rule.
- 1829 (``Protoasnet``, MICCAI 2023) and 1844 (``ProtoASNet: Comprehensive evaluation ...``, MedIA 2025)
  are two papers: two entries.
- Ids: the first id in the entry's lines, which is the bullet's link where it is an arXiv or
  DOI-bearing URL (1784: a web.archive.org copy of a dl.acm.org/doi URL); otherwise a DOI or arXiv id
  the BibTeX or abstract writes, if any.
49 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "JSLiam94__Paper-List-for-Prototypical-Learning__README@07fc628.md"
PART = "wild37_development"


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, ln in enumerate(lines, 1) if ln.startswith("- [[")]
    heads = [i for i, ln in enumerate(lines, 1) if ln.startswith("#")]
    papers = []
    for s in starts:
        nxt = min([x for x in starts + heads if x > s] + [len(lines) + 1])
        e = nxt - 1
        while not lines[e - 1].strip():
            e -= 1
        m = re.match(r"^- \[\[[^\]]+\]\]\([^)\s]+\) \*\*(.+?)\*\*", lines[s - 1])
        assert m, (s, lines[s - 1])
        papers.append(entry(lines, s, e, m.group(1)))
    assert len(papers) == 49, len(papers)
    write_truth(NAME, PART, papers,
                "Each '- [[YEAR-VENUE]](url) **Title** [:octocat:](code)' paper bullet with its Abstract/Vocabulary <details> cards, <pre> BibTeX and figure is one entry (up to the next paper bullet or heading), title = bold text as written; Contents/Tips bullets, the abstract bullet inside a card and the Star History chart are not entries.",
                "Read the head (1-41), every record's bullet line and span end (49 records, spans ending at the figure line before the next bullet or heading, e.g. 1118 before the Cancer heading, 1960 before Star History), five records in full (42-59 with the in-card abstract bullet, 61-104, 156-195 'Does it_', 757-796 BibTeX arXiv id, 1784-1796 archived ACM URL), each record's BibTeX title compared with its bullet title (all the same paper), the ids (17 arXiv, 1 DOI) against the -v output.")


if __name__ == "__main__":
    main()
