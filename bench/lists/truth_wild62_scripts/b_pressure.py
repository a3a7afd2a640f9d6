"""Wild62 truth for PinkR1ver/Jude.W-s-Knowledge-Brain
research_career/papers_read/2024_winter_holiday/papers_read_about_pressure_injury.md at b4402bc (2024-03-02): a
student's Obsidian "knowledge brain" (published with Quartz) note titled "关于压疮（pressure injury）相关的文献阅读" -- his
own reading notes, in Chinese, on the papers he read about pressure injuries over the 2024 winter holiday.

Shape: 336 lines.  YAML front matter (1-7).  Then one ``## <English paper title>`` heading per paper (10, 76, 102, 120,
140, 157, 182, 211, 227, 245, 260, 275, 287, 304, 319), each followed by ``### DOI`` (or ``### ISBN``) with the DOI
as a bare URL (14), bare ``10.xxxx/...`` (most) or ISBN pair (308), ``### Publication Date``/``### Date``, ``###
Abstract`` with Chinese notes, sometimes ``### Tech Detail`` with bullet notes, Obsidian ``> [!abstract]`` callouts,
embedded screenshots and (entry 1) a Markdown table of earlier case definitions whose ``Reference`` column holds
DOIs (66-68).

Special cases:
- The notes inside a paper's section cite other work by DOI only (66-67 table ``10.1093/jamia/ocaa004``,
  ``10.5334/egems.307``; 99 PROBAST ``https://doi.org/10.7326/M18-1376``): not entries (no title), but they are inside
  the spans of entries 1 and 2; the entry's DOI is the one under its own ``### DOI`` heading, set by hand.
- 102 ends with a trailing space; 140 and 157 write hyphens as U+2011 (``fabric‑based``, ``Real‑Time``,
  ``Hospital‑Acquired``): titles keep the file's characters.
- 304 (Integrated System for Pressure Ulcers Monitoring and Prevention) is a book chapter with only an ISBN: no DOI.
- 245 and 260 are materials-science papers (Nature Communications / Nature) that the author only skimmed: still entries.
- The ``###`` sub-headings (DOI, Date, Abstract, Tech Detail) are not entries.

Decisions:
- Entry = each ``## `` heading; span = the heading through the last non-blank line before the next ``## `` heading.
- Title = the heading text, stripped.  DOI = the text under the entry's own ``### DOI`` heading (lower-cased, URL
  prefix removed), set by hand for every entry so that DOIs quoted in the notes never replace it.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = (
    "PinkR1ver__Jude.W-s-Knowledge-Brain__research_career__papers_read__2024_winter_holiday__"
    "papers_read_about_pressure_injury@b4402bc.md"
)
PART = "wild62_held_out"

H2 = re.compile(r"^## (.+)$")
DOI = re.compile(r"(10\.\d{4,9}/\S+)")


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, ln in enumerate(lines, 1) if H2.match(ln)]
    papers = []
    for i, first in enumerate(heads):
        stop = heads[i + 1] - 1 if i + 1 < len(heads) else len(lines)
        last = stop
        while not lines[last - 1].strip():
            last -= 1
        title = H2.match(lines[first - 1]).group(1).strip()
        p = entry(lines, first, last, title)
        doi = None
        for n in range(first + 1, last + 1):
            if lines[n - 1].strip() == "### DOI":
                k = n + 1
                while not lines[k - 1].strip():
                    k += 1
                doi = DOI.search(lines[k - 1]).group(1).rstrip(".").lower()
                break
        p["doi"] = doi
        papers.append(p)
    assert len(papers) == 15, len(papers)
    on = {p["line"]: p for p in papers}
    assert sorted(on) == [10, 76, 102, 120, 140, 157, 182, 211, 227, 245, 260, 275, 287, 304, 319], sorted(on)
    assert on[10]["title"].startswith("A Comprehensive and Improved Definition for Hospital-Acquired"), on[10]
    assert on[10]["title"].endswith("Electronic Health Records: Comparative Study"), on[10]
    assert on[10]["doi"] == "10.2196/40672", on[10]
    assert on[76]["doi"] == "10.1002/nop2.1429", on[76]
    assert on[102]["title"] == (
        "A systematic review of movement monitoring devices to aid the prediction of pressure ulcers in at-risk adults"
    ), on[102]
    assert on[140]["title"].startswith("A fabric\u2011based wearable sensor"), on[140]
    assert on[157]["title"].endswith("Predict When Hospital\u2011Acquired Pressure Injuries (Bedsores) Occur"), on[157]
    assert on[211]["doi"] == "10.1097/won.0000000000000626", on[211]
    assert on[227]["doi"] == "10.1109/i2mtc48687.2022.9806603", on[227]
    assert on[275]["title"] == "Impedance sensing device enables early detection of pressure ulcers in vivo", on[275]
    assert on[304]["doi"] is None and on[304]["title"] == "Integrated System for Pressure Ulcers Monitoring and Prevention"
    assert on[319]["title"].endswith("in Pressure Injuries (Bedsores) Management: A Systematic Review"), on[319]
    assert all(p["arxiv"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Obsidian reading note (Chinese) with one '## <English title>' section per paper read, each with"
        " '### DOI' (or ISBN), '### Date', '### Abstract' and optional '### Tech Detail' sub-sections.  Entry = each"
        " '## ' heading, spanning its section up to the last non-blank line before the next '## '; title = the heading"
        " text (U+2011 hyphens kept).  DOI = the value under the section's own '### DOI' (set by hand, lower-cased,"
        " URL prefix removed) so that DOIs cited inside the notes (66-67 table, 99) do not replace it; the ISBN-only"
        " book chapter (304) has no DOI.  Sub-headings, callouts, the table and images are not entries.",
        checked="Read the whole file; compared the -v output with the 15 '## ' headings (titles, trailing space on"
        " 102, U+2011 hyphens on 140/157), each section's DOI line, the ISBN-only section 304, and that the DOIs in"
        " the entry-1 table and the PROBAST note on 99 are not entries.",
    )


if __name__ == "__main__":
    main()
