"""Wild39 truth for DuskNgai/Paper-Notes Readme.md: the index page of a graphics / vision PhD student's
personal notes repository ("Personal notes of read papers and books"), listing the notes he has finished.

Shape (93 lines, no links, no ids, no final newline; the last line ends in two spaces): "# Finished Notes"
over "## " fields (Biology, Computer Graphics, Computer Vision, Deep Learning) and "### " sub-fields (Cryo,
Ultra Sound, Differentiable Rendering, Image-based Rendering, Level Sets, Mesh, Neural Volume Rendering, Ray
Tracing, Volume Rendering, Large Model, Poisson, Puzzle, Reconstruction, Segmentation).  Each note is one
plain-text line "YEAR Title" -- the note file's name -- either as an ordered-list item ("1. 2017 Attention Is All
You Need") or, where a sub-field holds one note, as a bare paragraph line ("2003 Poisson Image Editing", 76, 85,
89, 93).  Three items carry a "[viewed]" tag glued before the year (19, 80, 81).  Titles are written as the
note files are named, often with the colon dropped ("EikoNet Solving the Eikonal equation ...", "Marching Cubes
A High Resolution ...") and with typos ("Mask Autoencoder Are ...").

Decisions:
- Entry = every "YEAR Title" line (list item or bare line); 36 entries.  Not an entry: "1. cryoEM Concept Check
  Questions Revised" (11), the student's notes on a course's concept-check questions (no year, not a paper).
  No books are listed although the intro mentions them.
- Title = the text after the year (and after the "[viewed]" tag), as written; no colon restored.  Line 70 holds
  the LoRA title pasted twice without a break ("... Large Language ModelsLoRA Low-Rank Adaptation of Large
  Language Models"): the title is the first copy, "LoRA: Low-Rank Adaptation of Large Language Models"; the
  glued second copy is a paste slip, not part of the title.
- No arXiv ids or DOIs anywhere.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "DuskNgai__Paper-Notes__Readme@cef170d.md"
PART = "wild39_development"

ITEM = re.compile(r"^(?:\d+\. )?(?:\[viewed\])?(?P<year>(?:19|20)\d\d) (?P<title>\S.*?)\s*$")
NOT_PAPERS = {11}  # cryoEM concept-check questions
LORA = "LoRA: Low-Rank Adaptation of Large Language Models"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, text in enumerate(lines, 1):
        if n in NOT_PAPERS:
            assert text == "1. cryoEM Concept Check Questions Revised", text
            continue
        m = ITEM.match(text)
        if not m:
            assert not re.match(r"^\d+\. ", text), (n, text)
            continue
        title = m.group("title")
        if title.startswith(LORA):  # line 70: the title pasted twice
            assert n == 70 and title == LORA + "LoRA Low-Rank Adaptation of Large Language Models", title
            title = LORA
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 36, len(papers)
    assert sum(1 for p in papers if not re.match(r"^\d+\. ", lines[p["line"] - 1])) == 4
    write_truth(
        NAME,
        PART,
        papers,
        "Each 'YEAR Title' line of the finished-notes index (numbered item or bare line under a ### sub-field, a"
        " '[viewed]' tag allowed before the year) is an entry; title = the text after the year as written (colons"
        " not restored), the LoRA line's pasted-twice title cut to its first copy; the course concept-check"
        " questions (11) are not an entry; no ids.",
        "All 93 lines read against the -v output: every sub-field's first and last item, the four bare"
        " one-note lines (76, 85, 89, 93, the last with trailing blanks and no newline), the three '[viewed]' items"
        " (19, 80, 81), the concept-check line 11 left out, the doubled LoRA title (70), colon-less titles kept as"
        " written (18-19, 31, 35, 37, 42-43, 48, 54, 85) and the 'Mask Autoencoder' typo (71).",
    )


if __name__ == "__main__":
    main()
