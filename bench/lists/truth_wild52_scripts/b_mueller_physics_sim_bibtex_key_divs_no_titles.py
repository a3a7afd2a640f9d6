"""Wild52 truth for mueller-physics/SIM-Collection literature.md: one microscopist's commented collection of
structured illumination microscopy (SIM) publications, "mostly for me to keep track on where to find certain aspects
written down and published" (Jekyll page), newest commit (5f49d5b, 2019-04-04, "Moved literature.bib to bibtex-js").

Shape: 392 lines, 17 KB.  YAML front matter (1-7, ``bibtex: - literature.bib``), ``# Introduction`` with a bullet table
of contents of in-page anchors (19-34, not papers) and prose saying that all citations are generated from a BibTeX file
by bibtex-js (43-47).  From ``# Fundamental papers`` (49) on, every paper is a pair: a ``* `` bullet holding the
author's comment on the paper (one to six lines, e.g. ``* 2D SIM by __M. Gustafsson__ (2000):`` 59, or the long
parameter-estimation notes 183-188), then, usually after a blank line, an empty HTML placeholder
``<div class="bibtex_display" bibtexkeys="gustafsson2000"></div>`` that bibtex-js fills in the browser.  Sections:
fundamentals (56-66), reviews (76-85), building microscopes incl. two multi-focal subsections (92-159), parameter
estimation (183-218), filters (230-245), optical sectioning (258-274), optimization (282-289), software for
reconstruction / checks / image processing (295-344, the papers to cite for fairSIM, ImageJ, Fiji, MicroManager...),
localization microscopy software (351-367) and non-linear SIM (375-389).

Special cases:
- The file never writes a title, author list, venue or link of the papers themselves: the Markdown holds only the
  comment and the BibTeX key (the earlier versions of the page, up to 1b14279, had full blockquote references; the
  newest commit replaced them with the placeholders, and the brief takes the newest).  So every title is None and no
  ids are present (the bullets' links go to fairsim.org, GitHub, imagej.net, never to a paper).
- ``perez2016optimal`` is listed twice (239 under Filters, 274 under Optical sectioning, whose bullet starts with an
  ``<a name="richardson-lucy" />`` anchor): two entries.
- 56-57 and 59-60 have no blank line between bullet and div; 200-203 two blank lines; 351-352 and 356-357 bullets
  continue with a ``([github](...))`` line.
- Software entries (fairSIM, OpenSIM, SIMtoolbox, SIMcheck, ImageJ, Fiji, MicroManager x2, StackReg/TurboReg, bUnwarpJ,
  QuickPALM, rapidSTORM, ThunderSTORM) are entries: each bullet points to the publication to cite (a div with a paper's
  BibTeX key such as ``schindelin2012fiji``), not to the tool itself.

Decisions:
- Entry = one bullet + its bibtexkeys div (49, lines bullet..div); title = None (the keys are not titles, and the
  comments describe rather than name the papers); the table-of-contents bullets 19-34 are not entries.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "mueller-physics__SIM-Collection__literature@5f49d5b.md"
PART = "wild52_development"

DIV = re.compile(r'^<div class="bibtex_display" bibtexkeys="(?P<key>[a-z0-9]+)"></div>$')


def main() -> None:
    lines = read_lines(NAME)
    first = lines.index('# Fundamental papers <a name="fundamentals" />') + 1
    assert first == 49
    papers = []
    keys = []
    bullet = None
    for n, ln in enumerate(lines, 1):
        if n < first:
            continue
        if ln.startswith("* "):
            assert bullet is None, (n, ln)
            bullet = n
            continue
        m = DIV.match(ln)
        if m:
            assert bullet is not None, (n, ln)
            papers.append(entry(lines, bullet, n, None))
            keys.append(m.group("key"))
            bullet = None
        else:
            assert "bibtex" not in ln or n < first, (n, ln)
    assert bullet is None
    assert len(papers) == 49, len(papers)
    assert keys.count("perez2016optimal") == 2 and len(set(keys)) == 48
    t = {p["line"]: p for p in papers}
    assert (t[56]["end"], t[59]["end"], t[183]["end"], t[192]["end"], t[272]["end"]) == (57, 60, 190, 203, 274)
    assert (t[351]["end"], t[387]["end"]) == (354, 389)
    assert all(p["title"] is None and p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* ' comment bullet from '# Fundamental papers' (49) on, together with the"
        " '<div class=\"bibtex_display\" bibtexkeys=\"...\"></div>' placeholder that follows it, is one entry (49,"
        " lines bullet..div), the repeated perez2016optimal (239, 274) twice; the page writes no title, authors or"
        " paper link (bibtex-js renders them from a .bib file in the browser), so every title is None and no ids;"
        " the table-of-contents bullets 19-34 are not entries.",
        "Read all 392 lines: 49 bullets after line 49 each followed by exactly one bibtexkeys div (no div without a"
        " bullet, no bullet without a div); spans checked for the no-blank pairs 56-57/59-60, the long comment"
        " bullets 183-190 and 192-203, the anchor bullet 272-274, the two-line software bullets 351-354/356-359;"
        " confirmed no arXiv/DOI/paper URL anywhere in the entries (links are fairsim.org, GitHub, imagej.net,"
        " epfl.ch list).",
    )


if __name__ == "__main__":
    main()
