"""Wild61 truth for JHU-MedImage-Reg/MedImgReg_Survey README.md at 93ef760 (2025-05-29): the companion list of a
survey on deep learning in medical image registration (loss functions, network architectures, uncertainty,
benchmark datasets, applications, zero-shot / foundation models).

Shape: 305 lines.  Title, badges and a "New!" note (1-6); overview index of anchors (8-34); a BibTeX citation of
the survey itself inside an indented code block (39-47); ``## Loss Functions`` (49) with bullets naming image
similarity measures (52-63) and regularizers (66-77); then ``###`` sections of paper bullets (81-297) written
``* "<title>", <venue>, <year> (<authors>). [[Paper](url)][[GitHub](url)]``; a benchmark dataset table (191-217);
PubMed search queries (299-305).

Special cases:
- Four regularizers are a bullet with the method name (70 ``* ICON``, 72, 74, 76) and the paper nested under it as
  an indented bullet (71, 73, 75, 77); the nested bullet is the entry (one line), the parent is a label.
- Some bullets start with a LaTeX badge ``$${\\color{red}New!}$$`` before the quoted title (77's parent 76, 164,
  297).
- 62-63 (``Correlation Ratio (CR)`` / ``Local correlation ratio``) are loss-function implementations with a
  ``[[Code]]`` link and a ``[[Paper](https://arxiv.org/abs/2409.13863)]`` link; they name a loss, not a paper
  title, and both point to the same paper.  Decision: not entries (the list there enumerates loss functions,
  like 52-61 which have only code links).
- 244-245 have empty ``[[Paper]()][[GitHub]()]`` links; still entries.  Several papers appear twice in different
  sections (TransMorph 121/185, Atlas-ISTN 231/246, anatomy-guided fusion 132/247, ...): every bullet is an entry.
- Titles keep the list's own casing and typos (85 ``Voxelmorph: ...``, 89 ``U-net vs transformer: Is u-net
  outdated in medical image registration?`` with its question mark, 125 ``prediction--correction``).
- The three SPIE links (238, 264, 277) end in ``/10.1117/12.2581948.short#_=_``; the helper keeps ``.short``,
  which is the site's URL suffix, so it is cut by hand (DOI ``10.1117/12.2581948``).
- The survey's own BibTeX (39-47), the dataset table (191-217) and the PubMed queries (301, 304, which contain
  quoted search terms) are not entries.

Decisions:
- Entry = every bullet (any indent) whose text, after an optional ``$${\\color{red}New!}$$`` badge, starts with a
  double-quoted title: 154 entries, one line each.
- Title = the text between the two double quotes (without the quotes and without the comma after them).
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "JHU-MedImage-Reg__MedImgReg_Survey__README@93ef760.md"
PART = "wild61_development"

ITEM = re.compile(r'^\s*\* (?:\$\$\{\\color\{red\}New!\}\$\$ )?"([^"]+)",')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if m:
            p = entry(lines, n, n, m.group(1).strip())
            if p["doi"] and p["doi"].endswith(".short"):
                p["doi"] = p["doi"][: -len(".short")]  # SPIE URL suffix, not part of the DOI
            papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 154, len(papers)
    assert min(by) == 71 and max(by) == 297, (min(by), max(by))
    assert by[71]["title"] == "ICON: Learning Regular Maps Through Inverse Consistency", by[71]
    assert by[77]["title"] == "Unsupervised learning of spatially varying regularization for diffeomorphic image registration"
    assert by[77]["arxiv"] == "2412.17982", by[77]
    assert by[89]["title"] == "U-net vs transformer: Is u-net outdated in medical image registration?", by[89]
    assert by[164]["title"].startswith("ConvexAdam: Self-Configuring"), by[164]
    assert by[244]["title"] == "Cross-Modality Multi-Atlas Segmentation via Deep Registration and Label Fusion"
    assert by[259]["title"] == "WarpPINN: Cine-MR image registration with physics-informed neural networks"
    assert by[265]["doi"] == "10.1002/mp.14065", by[265]
    assert by[238]["doi"] == "10.1117/12.2581948" and by[277]["doi"] == "10.1117/12.2550992", by[238]
    assert by[296]["title"].startswith("BrainMorph:") and by[296]["arxiv"] == "2405.14019", by[296]
    assert by[297]["title"] == "multiGradICON: A Foundation Model for Multimodal Medical Image Registration"
    for n in (40, 62, 63, 70, 76, 193, 301, 304):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet (any indent) whose text, after an optional '$${\\color{red}New!}$$' badge, starts with"
        " a double-quoted title ('* \"<title>\", <venue>, <year> (<authors>). [[Paper](..)][[GitHub](..)]') is one"
        " entry (154), one line each; the four regularizer bullets (ICON, GradICON, ...) are labels and the nested"
        " quoted bullet under each is the entry.  Title = the text inside the double quotes.  The loss-function"
        " bullets (including 62-63, which link a paper but name a loss), the survey's own BibTeX, the dataset table"
        " and the PubMed queries are not entries.",
        checked="Read the whole file; compared the -v output with all 154 bullets section by section: nested"
        " regularizer papers (71-77), New! badges (164, 297), empty links (244-245), repeated papers across"
        " sections, question-mark and double-hyphen titles (89, 125), and the arXiv/DOI ids the links carry.",
    )


if __name__ == "__main__":
    main()
