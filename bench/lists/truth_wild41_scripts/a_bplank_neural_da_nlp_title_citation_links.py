"""Wild41 truth for bplank/awesome-neural-adaptation-in-NLP README.md: an NLP group's awesome list of neural
unsupervised domain adaptation in NLP, the companion of Ramponi & Plank's COLING 2020 survey; newest commit
(0e20e35, 2021-07-09).

Shape: badges (3), an intro, a taxonomy image (7), the list's own "Please cite our [[survey paper]]" line (9)
and its BibTeX in a code fence (10-24), a Contents list of anchor links (26-56).  Then ``# Surveys`` (62-97):
bullets grouped under bold pseudo-headings (``**Machine Learning**``, ``**Vision**`` ...), ``# Collections``
(99-106: links to other awesome lists and the NLP-progress page), and ``# Unsupervised DA`` with ``## By
methods`` / ``## By tasks`` and sub-headings down to ``#####`` (110-291).  A record is a ``- `` bullet
``Title [[Authors, Venue year]](url)``: the plain title, then the citation as the text of a double-bracketed
link.  Variants: 71 uses single brackets ``[Wang et al., 2021 (technical report), ArXiv](url)``; 97 puts the
link inside the outer brackets ``[[Kashyap et al. 2020](url)]``; 92-93 break the record after the title, the
citation link alone on 93; 161 adds a note ``[N.B. similar to aux-MLM which was contemporaneously proposed for
cross-lingual learning by [[van der Goot et al., 2021 NAACL]](url))``.  The By-tasks sections repeat papers
of the By-methods sections.

Decisions:
- Every ``- `` bullet of Surveys and Unsupervised DA is an entry (its line; 92-93 for the broken record), title
  = the text before the citation link (`` [[`` or `` [``), as written (``forAbstractive`` 245 kept).  All are
  scholarly works: articles, conference papers, technical reports (71, 78) and PhD theses / thesis chapters
  (77, 79, 83: a thesis chapter is the thesis record).
- 161 names two papers: UDALM (title as usual) and, in its N.B., the aux-MLM paper of van der Goot et al.
  (NAACL 2021) cited by its own link, named only by nickname: a second entry on the same line, title null.
- Repeats across sections are separate entries.
- Not entries: badges, the image, the "Please cite our survey" line 9 and the survey's BibTeX (the list's own
  boilerplate), the Contents list, the Collections bullets (awesome lists, a leaderboard page), the bold
  pseudo-headings.
- Ids: arXiv ids from arxiv.org links (``1802.03601v4`` 70 gives 1802.03601); DOIs: the sci-hub link of 67
  holds ``10.1109/msp.2014.2347059`` literally (kept as the entry's DOI, though Pan & Yang's survey is in
  TKDE), the MIT Press TACL URL 169/268 gives ``10.1162/tacl_a_00294``; ACL Anthology, JMLR, PMLR, OUP article
  URLs without a DOI give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "bplank__awesome-neural-adaptation-in-NLP__README@0e20e35.md"
PART = "wild41_development"

CITE = re.compile(r" \[\[?[A-Z][^\]]*(?:\]\(|\]\]\()")
SECTIONS = [(62, 97), (110, 291)]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for lo, hi in SECTIONS:
        for i in range(lo, hi + 1):
            ln = lines[i - 1]
            if not ln.startswith("- "):
                continue
            last = i
            m = CITE.search(ln)
            if m is None:
                assert lines[i].startswith("[["), i
                last = i + 1
                title = ln[2:]
            else:
                title = ln[2 : m.start()]
            papers.append(entry(lines, i, last, title))
            if "[N.B. " in ln:
                assert i == 161
                papers.append(entry(lines, i, i, None))
    assert len(papers) == 121, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- Title [[Authors, Venue year]](url)' bullet of the Surveys and Unsupervised DA sections is an entry"
        " (92-93 one record broken before its citation), title = the text before the citation link; 161's N.B."
        " citing the aux-MLM paper by its own link is a second entry with title null; the survey's own cite line"
        " and BibTeX, the Contents list and the Collections links are not entries; repeats are separate entries.",
        "Whole 291-line file read; every bullet compared with the -v output (first/last of each section: 67/97,"
        " 118/149, 155/162, 166/174, 186/207, 212, 216/220, 224, 228, 232, 236, 240/241, 245, 253/254, 258/262,"
        " 266/269, 273/279, 283, 287/291), the citation variants 71 (single brackets), 97 (link inside brackets)"
        " and 92-93 (broken record), the theses/thesis chapters 77/79/83 and technical reports 71/78 kept, 161 as"
        " two entries, the Collections bullets 103-106 and the BibTeX 10-24 left out; ids: arXiv links (70's v4"
        " dropped), the sci-hub DOI on 67, the TACL MIT Press DOI on 169/268.",
    )


if __name__ == "__main__":
    main()
