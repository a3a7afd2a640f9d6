"""Wild62 truth for chgwan/chgwan.github.io _owns/Self/chgwan-cv-CN.md at fb34a97 (2025-06-16): the Chinese CV page
(万晨光个人简历) of a fusion-plasma / machine-learning researcher's Jekyll (Chirpy) site, with a numbered list of his
papers among other numbered CV lists.

Shape: 247 lines.  Front matter (1-10), a CSS ``<style>`` block (12-120) and an HTML header card with name, links
and photo (122-146), then Markdown sections, each ``## <Chinese heading>`` followed by ``---``:
``## 教育背景`` (149, education table), ``## 工作经历`` (162, career table), ``## 期刊论文`` (171, journal and
conference papers, numbered 1-12 on 175-186), ``## 审稿中论文`` (188, papers under review, numbered ``1.`` and
``3.`` on 192-193), a commented-out ``<!-- ## 项目经历 ... -->`` block of 11 numbered grants (195-208),
``## 奖励`` (210, 7 awards), ``## 专利`` (222, patents, 9 numbered items with Chinese titles and ``[P]`` or CN
numbers), ``## 软件著作权`` (236, software copyrights, 6 items ``[计算机程序]``) and an online-CV link (247).
Paper lines: ``N. <authors with **C. Wan \\***, *et al.*> <title>, *<journal>* <year> **vol** ..., [doi: ...](...)``.

Special cases:
- The separator after ``*et al.*`` varies: ``*et al*., `` (175), ``*et al.*, `` (176), ``*et al.*,, `` (177, double
  comma), ``*et al.* `` (178-183, 192-193), ``*et al.*, `` before a conference paper (184-186).  The title ends at
  ``, *`` / ``. *`` before the italic journal, at ``. 20`` when the year comes first (179-182: ``... tokamaks. 2023
  *Nuclear Fusion*``), or at ``, in `` for the conference papers (184-186).
- 176 ends with ``**封面论文**`` (cover article); 192 has ``(R1 小修，已返回)`` inside the italic status.  The
  under-review list skips ``2.`` (numbers 1, 3).
- Every published paper links a DOI (``doi.org``); the two manuscripts under review have none.
- Patents, software copyrights, awards and the commented-out grants are numbered lists too, but not papers: not
  entries.

Decisions:
- Entry = each numbered line in 期刊论文 (12) and 审稿中论文 (2): 14 entries, one line each.
- Title = the text after the ``*et al.*`` group up to the venue as above, without the trailing comma/period.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "chgwan__chgwan.github.io___owns__Self__chgwan-cv-CN@fb34a97.md"
PART = "wild62_held_out"

NUM = re.compile(r"^\d+\. ")
ETAL = re.compile(r"\*et al\*?\.\*?[.,]*\s+")
END = re.compile(r"(?:, \*|\. \*|\. (?=20\d\d )|, in )")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## 期刊论文") + 1
    stop = next(i for i, ln in enumerate(lines) if ln.startswith("<!-- ## 项目经历"))
    papers = []
    for n in range(start + 1, stop + 1):
        ln = lines[n - 1]
        if not NUM.match(ln):
            continue
        rest = ln[ETAL.search(ln).end():]
        title = rest[:END.search(rest).start()]
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 14, len(papers)
    on = {p["line"]: p for p in papers}
    assert sorted(on) == list(range(175, 187)) + [192, 193], sorted(on)
    assert on[175]["title"] == "Time series extrinsic regression for reconstructing missing electron temperature in" \
        " tokamak", on[175]
    assert on[175]["doi"] == "10.1088/1741-4326/addb5f", on[175]
    assert on[177]["title"].startswith("Development of real-time density profile inversion"), on[177]
    assert on[177]["title"].endswith("reflectometer on EAST"), on[177]
    assert on[179]["title"] == "A machine-learning-based tool for last closed-flux surface reconstruction on" \
        " tokamaks", on[179]
    assert on[183]["title"] == "Open-Switch Fault Diagnosis of Three-Phase PWM Converter Systems for Magnet Power" \
        " Supply on EAST", on[183]
    assert on[184]["title"] == "Interaction AI with Retrieval-enhanced Generation for Knowledge Retrieval in EAST"
    assert on[185]["title"].startswith("PCC-Trans: a time series feature selection"), on[185]
    assert on[192]["title"].endswith("with Uncertainty Quantification") and on[192]["doi"] is None, on[192]
    assert on[193]["title"] == "Machine learning prediction of plasma behavior from discharge configurations on WEST"
    assert sum(1 for p in papers if p["doi"]) == 12
    write_truth(
        NAME,
        PART,
        papers,
        method="Each numbered line under '## 期刊论文' (papers, 175-186) and '## 审稿中论文' (under review, 192-193)"
        " is one entry: 14 entries on one line each.  Title = the text after the '*et al.*' group (separators"
        " ', ', ',, ', ' ' vary) up to the venue: ', *journal*', '. *journal*', '. <year> *journal*' or ', in"
        " <conference>'.  The numbered grants (inside an HTML comment), awards, patents and software copyrights,"
        " and the education/career tables, are not entries.",
        checked="Read the whole file; compared the -v output with the 14 paper lines: the varying et-al separators"
        " (175-177), year-before-journal lines (179-182), conference papers ending at ', in' (184-186), the"
        " under-review lines without DOI and the skipped number 2, and that no patent/award/grant line is an entry.",
    )


if __name__ == "__main__":
    main()
