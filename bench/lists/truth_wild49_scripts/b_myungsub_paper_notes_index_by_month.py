"""Wild49 truth for myungsub/paper-notes README.md: a Korean PhD student's index of his own paper notes (video frame
interpolation, dynamic convolutions, VAEs, GANs, CAM), newest commit (83d4e07, 2020-08-24).  The README is the whole
list; each bullet links to the student's note in ``notes/`` and to the paper.

Shape: 61 lines, 4.4 KB, no final newline.  ``# paper-notes`` (1), then twelve ``### YYYY-MM`` headings (3 ... 55,
newest first; the month is the paper's release month, not the reading date) with 1-3 ``* `` bullets each (16 in all),
some bullets separated by blank lines (24/26, 31/33).  A bullet is ``* Title [ [note](notes/x.md) ] [ [paper](url) ]``
plus optional ``[ [code](...) ]``, ``[ [project page](...) ]``, ``[ [blog](...) ]`` groups, spaced irregularly
(``[ [note](...)]``, ``[[note](...)]``, ``[[project page](...)]``).  Four HTML comments about MathJax close the file
(58-61).

Special cases:
- Venue tails after the title are dropped: ``..., ICLR 2018`` (26), ``..., NIPS 2017 workshop`` (31).
- 26 ``MaskGAN: Better Text Generation via Filling in the ___________``: the blank of eleven underscores is part of
  the title; the shared markup cleaner would read two of them as emphasis, so the title is set as written.
- 31 keeps its TeX ``$\\beta$``: ``Understanding disentangling in $\\beta$-VAE``; 49 writes ``β-VAE`` in Unicode.
- 33 ``Data Distillation: Towards Omni-Supervised Learning`` links arXiv 1503.02531, which is Hinton et al.'s
  "Distilling the Knowledge in a Neural Network" (a wrong link in the list); the id is taken from the line as written.
- Two bullets share one note file with another (31/49 ``beta-vae.md``, 53/57 ``gradcam.md``): still separate papers.
- Ids: arXiv links 5, 11, 24 (``1801.03924v1``, version dropped), 26, 33, 37, 41, 45, 53; none from CVF (6, 7, 15, 19),
  Google Drive (31), OpenReview (49) or the CSAIL page (57).

Decisions:
- Entry = every ``* `` bullet (16); title = the text before the first ``[`` link group, a trailing ``, Venue Year``
  dropped (26, 31).  Not entries: headings, the MathJax comments.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "myungsub__paper-notes__README@83d4e07.md"
PART = "wild49_development"

MONTH = re.compile(r"^### 20\d\d-\d\d$")
BULLET = re.compile(r"^\* (?P<title>[^\[]+?)\s*\[\s?\[note\]\(notes/[\w.-]+\.md\)\s?\](?P<rest>.*)$")
VENUE = re.compile(r", (?:ICLR 2018|NIPS 2017 workshop)$")
MASKGAN = "MaskGAN: Better Text Generation via Filling in the ___________"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# paper-notes"
    papers = []
    months = 0
    for n, ln in enumerate(lines, 1):
        if MONTH.match(ln):
            months += 1
            continue
        if not ln.startswith("* "):
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        title = VENUE.sub("", m.group("title"))
        p = entry(lines, n, n, title)
        if title == MASKGAN:
            p["title"] = MASKGAN  # the underscore blank is title text, not emphasis
        papers.append(p)
    assert months == 12, months
    t = {p["line"]: p for p in papers}
    assert t[5]["title"] == "Blurry Video Frame Interpolation" and t[5]["arxiv"] == "2002.12259", t[5]
    assert t[24]["arxiv"] == "1801.03924", t[24]
    assert t[26]["title"] == MASKGAN and t[26]["arxiv"] == "1801.07736", t[26]
    assert t[31]["title"] == "Understanding disentangling in $\\beta$-VAE" and t[31]["arxiv"] is None, t[31]
    assert (t[33]["title"], t[33]["arxiv"]) == ("Data Distillation: Towards Omni-Supervised Learning", "1503.02531")
    assert t[41]["title"] == "Unsupervised Learning of Disentangled Representations from Video", t[41]
    assert t[49]["title"] == "β-VAE: Learning Basic Visual Concepts with a Constrained Variational Framework"
    assert [p["line"] for p in papers if p["arxiv"]] == [5, 11, 24, 26, 33, 37, 41, 45, 53]
    assert not any(p["doi"] for p in papers)
    assert len(papers) == 16, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* ' bullet under the twelve '### YYYY-MM' headings is an entry (16); title = the text before the"
        " first '[ [note](...) ]' link group, a trailing ', ICLR 2018' / ', NIPS 2017 workshop' venue dropped;"
        " 26's eleven-underscore blank kept as title text (set as written, since the markup cleaner would eat two"
        " underscores as emphasis); headings and the MathJax HTML comments are not entries.",
        "Read all 61 lines; compared -v for all 16 bullets: titles, the two venue tails (26, 31), the TeX $\\beta$ (31)"
        " and Unicode β (49), irregular bracket spacing ([[note] 37, [[project page] 24); arXiv ids 5, 11, 24 (v1"
        " dropped), 26, 33 (wrong paper linked, id kept as written), 37, 41, 45, 53; no ids from CVF/Drive/"
        "OpenReview/CSAIL links.",
    )


if __name__ == "__main__":
    main()
