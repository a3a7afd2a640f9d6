"""Wild52 truth for chutsu/papers index.md: a robotics PhD student's SLAM reading list, each paper a bracketed citation
plus its BibTeX in a fenced block.  Taken at e37ac62 (2018-10-21, "Restructure papers"), the commit that added it: the
next commit touching it (3e942c8, 2019-01-04) deleted it, and the repository's newest tree (406ba44, 2024) keeps only a
README and a prose ``misc/slam.md`` with no list.

Shape: 208 lines, 7.5 KB.  ``# SLAM`` (1), then 12 bullets (3-197).  Each bullet is ``- [citation text][Key]`` wrapped
over 1-4 lines, then a blank line and an indented fenced ``` block holding the BibTeX record (``@inproceedings{...``
with ``title={...}``, ``author={...}`` ...).  The bracket is a Markdown reference-style link whose URL is defined at
the end of the file (199-208: ``[DurrantBailey2006]: https://...pdf``), far from the entry.
- Most citations are APA (``Durrant-Whyte, H., & Bailey, T. (2006). Simultaneous localization and mapping: part I.
  IEEE robotics & automation magazine, 13(2), 99-110.``): title between ``(year[, month]). `` and the next ``. ``.
- Three are Google-Scholar MLA (``Triggs, Bill, et al. "Bundle adjustment—a modern synthesis." International ...``):
  title in double quotes (3, 19, 149).

Special cases:
- 3-5 Triggs has no reference key: ``[... Heidelberg, 1999.APA]`` (the copied "APA" tab label left in the text), so
  the bracket renders literally; 19-20 Davison's key ``[Davison2003]`` has no definition and its second line starts
  at column 0; its venue is ``null``.
- 102-104 / 118-119 two Strasdat papers share the title idea: ``Real-time monocular SLAM: Why filter?`` and ``Visual
  SLAM: why filter?`` (title ending ``?.``; the separator dot is not part of the title).
- 149 Maddern is one 300-character line; 162-165 Leutenegger's key is misspelt ``[LuteneggerEtAl2015]`` (defined so).
- 182-185 Cadena's venue is ``arXiv preprint arXiv:1606.05830``: the only id written in an entry's own lines (the
  reference definitions at 199-208 are not part of any entry, so no other ids).

Decisions:
- Entry = each ``- [`` bullet from its first line through the closing ``` of its BibTeX block (12 entries).
- Title = the citation's title as written in the bracket (quoted title for MLA, text after ``(year). `` up to the next
  ``. `` for APA), line breaks collapsed; the BibTeX ``title={}`` is not used (it matches anyway, modulo case).
- The reference-definition lines 199-208 and the heading are not entries.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "chutsu__papers__index@e37ac62.md"
PART = "wild52_development"

BULLET = re.compile(r"^- \[")
QUOTED = re.compile(r'"(?P<title>[^"]+?)\.?"')
APA = re.compile(r"\(\d{4}(?:, [A-Z][a-z]+)?\)\.\s+(?P<title>.+?)\.\s")
REFDEF = re.compile(r"^\[[A-Za-z0-9]+\]: https?://\S+$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# SLAM", lines[0]
    papers = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        if not BULLET.match(ln):
            n += 1
            continue
        first = n
        cite_end = n
        while not re.search(r"\](?:\[[A-Za-z0-9]+\])?$", lines[cite_end - 1]):
            cite_end += 1
        cite = re.sub(r"\s+", " ", " ".join(lines[first - 1 : cite_end]))
        assert lines[cite_end] == "" and lines[cite_end + 1].strip() == "```", (first, lines[cite_end + 1])
        assert lines[cite_end + 2].strip().startswith("@"), (first, lines[cite_end + 2])
        last = cite_end + 3
        while lines[last - 1].strip() != "```":
            last += 1
        q = QUOTED.search(cite)
        m = q or APA.search(cite)
        assert m, (first, cite)
        papers.append(entry(lines, first, last, m.group("title")))
        n = last + 1
    defs = [i for i, ln in enumerate(lines, 1) if REFDEF.match(ln)]
    assert defs == list(range(199, 209)), defs
    assert papers[-1]["end"] < 199, papers[-1]
    t = {p["line"]: p for p in papers}
    assert (t[3]["title"], t[3]["end"]) == ("Bundle adjustment—a modern synthesis", 17), t[3]
    assert t[19]["title"] == "Real-time simultaneous localisation and mapping with a single camera", t[19]
    assert t[34]["title"] == "Simultaneous localization and mapping: part I", t[34]
    assert t[102]["title"] == "Real-time monocular SLAM: Why filter?", t[102]
    assert t[118]["title"] == "Visual SLAM: why filter?", t[118]
    assert t[134]["title"] == "LSD-SLAM: Large-scale direct monocular SLAM", t[134]
    assert t[149]["title"].startswith("Illumination invariant imaging: Applications"), t[149]
    assert t[162]["title"] == "Keyframe-based visual–inertial odometry using nonlinear optimization", t[162]
    assert (t[182]["title"], t[182]["arxiv"], t[182]["end"]) == (
        "Simultaneous Localization And Mapping: Present, Future, and the Robust-Perception Age", "1606.05830", 197)
    assert sum(1 for p in papers if p["arxiv"] or p["doi"]) == 1, [p for p in papers if p["arxiv"] or p["doi"]]
    assert len(papers) == 12, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [citation][Key]' bullet with the fenced BibTeX block under it is one entry (12), spanning the bullet's"
        " first line to the block's closing fence; title = the citation's title as written (the quoted title in the"
        " three Google-Scholar MLA citations, else the APA text between '(year). ' and the next '. '), line breaks"
        " collapsed; the reference-link definitions at 199-208 and the heading are not entries, so the pdf URLs there"
        " give no ids.",
        "Read all 208 lines; compared -v for all 12 entries: MLA quoted titles (3 Triggs with the stray 'APA' and no key,"
        " 19 Davison with an undefined key and an unindented second line, 149 Maddern on one long line), APA titles"
        " ending '?.' (102, 118), LSD-SLAM colon title 134, en dash kept in 162; entry ends on each BibTeX block's"
        " closing fence; the only id is arXiv 1606.05830 written in Cadena's citation and BibTeX (182-197).",
    )


if __name__ == "__main__":
    main()
