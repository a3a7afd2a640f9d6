"""Wild39 truth for Rowing0914/COPA_papers README.md: a student's list of the papers of two editions of
COPA (the Symposium on Conformal and Probabilistic Prediction with Applications), kept as the index of
his conformal-prediction review notes; newest commit (2018).

Shape: a title and a note about a MathJax browser plugin (1-7), then two sections written in two
different ways:
- ``## Papers at the Conference [COPA 2017](url)`` (9-28): flat ``*`` bullets whose link text holds the
  title and the authors together, ``[Title by Author, Author](PMLR pdf url)``; a bullet
  ``[supplementary note](...-supp.pdf)`` (27) after the SCOT paper, and one paper (28) indented under it
  as a sub-bullet.
- ``## Papers at the Conference([COPA2016](url))`` (30-49): bold session bullets (``**Invited Paper**``,
  ``**Theory of Conformal Prediction**``, ...) with indented sub-bullets ``[Title](Springer chapter url)
  by Authors``.
Each paper bullet is one entry on its own line.  Title: in 2017 the link text before its last `` by ``
(line 22's title itself contains ``by Using``); in 2016 the link text.  Decisions:
- Line 10 ``[Preface: Alex Gammerman, ...]`` is the editors' preface of the PMLR volume, listed and
  linked like the papers: an entry titled ``Preface`` (the names after the colon are its authors).
- Line 27, the supplementary material of the SCOT paper (26), is not an entry (not a paper of its own).
- Lines 21 and 22 are two different papers by the same author linked to the same PDF: two entries.
- Line 20 ends its authors with ``et al`` and line 28 has a space before ``]``: authors dropped anyway.
- ``kk-NN`` / ``kk-labelsets`` (24, 28) are kept as written (a k rendered twice).
- Not entries: the MathJax note and its Chrome-store URL (4-7), the section headings with their COPA
  links, the bold session bullets (31, 33, 36, 44).
- Ids: the 2016 Springer chapter URLs carry DOIs (``10.1007/978-3-319-33395-3_N``); the PMLR PDF links
  of 2017 carry none; no arXiv id anywhere.
33 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "Rowing0914__COPA_papers__README@0fc90f9.md"
PART = "wild39_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"\s*\* \[(.+?)\]\((\S+)\)(.*)$", ln)
        if not m:
            continue
        text, _url, tail = m.groups()
        if i < 30:  # COPA 2017: 'Title by Authors' inside the link text
            if text == "supplementary note":
                continue
            if text.startswith("Preface: "):
                title = "Preface"
            else:
                assert " by " in text, (i, text)
                title = text.rsplit(" by ", 1)[0]
        else:  # COPA 2016: '[Title](url) by Authors'
            assert tail.startswith(" by "), (i, tail)
            title = text
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 33, len(papers)
    write_truth(NAME, PART, papers,
                "Each paper bullet is one entry on its line: COPA 2017 bullets '[Title by Authors](pdf)' (title = link text before its last ' by '; the preface as 'Preface'), COPA 2016 sub-bullets '[Title](springer) by Authors' (title = link text); the supplementary-note bullet, bold session bullets, headings and MathJax note are not entries.",
                "Whole file read (49 lines, no final newline): all 33 titles and lines against the -v output, the ' by ' split incl. the in-title 'by Using' (22) and 'et al' (20), the preface (10), the supplementary note skipped (27) and the sub-bullet under it (28), the shared PDF of 21/22, the session bullets (31, 33, 36, 44) skipped; ids: 15 Springer chapter DOIs on 32-49, none on the PMLR links, no arXiv id.")


if __name__ == "__main__":
    main()
