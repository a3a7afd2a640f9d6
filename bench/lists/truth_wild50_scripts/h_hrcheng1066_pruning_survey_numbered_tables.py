"""Wild50 truth for hrcheng1066/awesome-pruning README.md: the companion paper list of the TPAMI 2024 survey "A Survey
on Deep Neural Network Pruning: Taxonomy, Comparison, Analysis, and Recommendations" (Cheng, Zhang, Shi), newest commit
holding the file (f68f1a9, 2024-08-20, 98 KB).

Shape: 705 lines.  ``# awesome-pruning`` (1), a nested bullet table of contents (3-50) whose year links are anchors,
not papers, ``## 0. Overview`` (52) with a prose line naming the survey itself (54:
``Our paper [_**A Survey on ... Recommendations**_] ([Paper Link](https://arxiv.org/abs/2308.06767)), accepted by
TPAMI 2024.``), a taxonomy image, then sections 1-6 following the survey's taxonomy (when to prune: before / during /
after training, per model family and per year under ``######`` headings; dynamic pruning; learning and pruning;
applications; combination; surveys of pruning; other works).  Every paper sits in a numbered pipe table:
``| No. | Title | Venue | Type | Algorithm Name | Code | APP | Year |`` (columns vary by section: no Type in 2.x,
no Algorithm Name in 4.1 / 5.x), the number zero-padded (``01``), the title cell a Markdown link
``[Title](url)``; 340 data rows.  A ``### Type Explanation`` table (66-68) is a legend of type codes, not papers.
``### Useful Links`` / ``## Acknowledgements`` list bare GitHub repository URLs (685, 690-692, not papers) and
``## Citation`` closes with a BibTeX block for the survey (696-703).

Special cases:
- Link cells with a doubled closing parenthesis (``...2107.01808))`` 103, 104, 111), two spaces before the pipe
  (151, 190, 246, ...), an OpenReview URL holding ``%5D(%2Fprofile...)`` (437) and a scheme-less
  ``(arxiv.org/abs/2305.11627)`` (LLM-Pruner, section 4.1): all still one entry each.
- Papers listed in two sections (e.g. ``Accelerated Sparse Neural Training ...`` 255, 388, 521; ``CLIP-Q`` 320, 606;
  ``Channel Gating Neural Networks`` twice in 1.2 with two different links) are separate entries.
- A title with inline TeX, ``Learning Sparse Neural Networks Through $L_0$ Regularization`` (189), kept as written.
- The survey itself is named twice: the Overview prose line 54 (title wrapped in ``[_** ... **_]``, written
  ``Pruning-Taxonomy``) and the BibTeX block 697-702 (``title={...Pruning:Taxonomy, ...}``); both are counted as
  entries (a self-reference and a citation record of a research work), titles as written in each.

Decisions:
- Entry = every data row of the numbered tables (one line each), title = the link text of the Title cell; plus the
  Overview line 54 and the BibTeX entry 697-702 (the ``@article{`` line to its closing ``}``).
- Not entries: the table of contents, the Type Explanation legend, headings, alignment rows, the taxonomy image, the
  bare repository URLs under Useful Links and Acknowledgements.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "hrcheng1066__awesome-pruning__README@f68f1a9.md"
PART = "wild50_development"

HEAD = re.compile(r"^\| No\. \| Title +\| Venue \|")
ALIGN = re.compile(r"^\|(?: *:?-+:? *\|)+ *$")
ROW = re.compile(r"^\| ?(?P<no>\d{2}) ?\| ?\[(?P<title>[^]]+)\]\((?P<url>[^)]*)\)+ *\|")
SELF = re.compile(r"^Our paper \[_\*\*(?P<title>[^*]+)\*\*_\] \(\[Paper Link\]")
BIB_TITLE = re.compile(r"^  title=\{(?P<title>[^}]+)\},$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# awesome-pruning"
    papers = []
    rows = 0
    inside = False
    for n, ln in enumerate(lines, 1):
        if HEAD.match(ln):
            inside = True
            continue
        if m := SELF.match(ln):
            papers.append(entry(lines, n, n, m.group("title")))
            continue
        if ln.startswith("@article{"):
            end = next(k for k in range(n, len(lines) + 1) if lines[k - 1] == "}")
            t = next(BIB_TITLE.match(lines[k - 1]) for k in range(n, end) if BIB_TITLE.match(lines[k - 1]))
            papers.append(entry(lines, n, end, t.group("title")))
            continue
        if not ln.startswith("|"):
            inside = False
            continue
        if ALIGN.match(ln) or not inside:
            continue
        m = ROW.match(ln)
        assert m, (n, ln[:150])
        papers.append(entry(lines, n, n, m.group("title")))
        rows += 1
    assert rows == 340, rows
    assert len(papers) == 342, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[54]["title"] == (
        "A Survey on Deep Neural Network Pruning-Taxonomy, Comparison, Analysis, and Recommendations"), t[54]
    assert t[54]["arxiv"] == "2308.06767", t[54]
    assert (t[697]["end"], t[697]["title"]) == (
        702, "A Survey on Deep Neural Network Pruning:Taxonomy, Comparison, Analysis, and Recommendations"), t[697]
    assert t[76]["title"] == "No Free Prune: Information-Theoretic Barriers to Pruning at Initialization", t[76]
    assert (t[103]["title"], t[103]["arxiv"]) == (
        "Why is Pruning at Initialization Immune to Reinitializating and Shuffling?", "2107.01808"), t[103]
    assert t[437]["title"].startswith("Enhancing One-Shot Pruned Generative"), t[437]
    assert [p["line"] for p in papers if p["title"].startswith("Accelerated Sparse Neural Training")] == [
        255, 388, 521]
    assert not any(66 <= p["line"] <= 68 or p["line"] < 54 for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the numbered pipe tables ('| No. | Title | Venue | ...', 340 rows, repeats across sections"
        " kept) is an entry, title = the link text of the Title cell; plus the survey itself twice: the Overview prose"
        " line 54 (title inside [_** **_]) and the closing BibTeX @article (697-702, title field).  The Type"
        " Explanation legend, the table of contents, headings and the bare GitHub URLs under Useful Links /"
        " Acknowledgements are not entries.",
        "Read the head (1-80), every section boundary and the tail (600-705); checked with grep that all 340 data rows"
        " match '| NN | [Title](url) |' (irregular ones printed and read: doubled ')' 103/104/111, double spaces"
        " 151/190/246/254/255/320/388/389/521/606, the OpenReview URL with '(...)' 437); spot-checked -v titles in"
        " every section, the repeats (255/388/521, 320/606, Channel Gating twice in 1.2), the $L_0$ title 189, the"
        " self-reference 54 and BibTeX 697-702 with arXiv 2308.06767.",
    )


if __name__ == "__main__":
    main()
