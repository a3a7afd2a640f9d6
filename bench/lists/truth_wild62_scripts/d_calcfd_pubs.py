"""Wild62 truth for cMadan/calcFD PUBLICATIONS.md at e49a81d (2021-04-29): the list of neuroimaging papers (brain
structure, cortical complexity / fractal dimension, ageing, eating disorders) that used the calcFD MATLAB toolbox,
grouped by year.

Shape: 41 lines.  ``# Publications using calcFD`` (1), an invitation to add papers (3), then year headings
``## 2016`` (5) ... ``## 2021`` (37).  Each paper is one ``*`` bullet in APA style, separated by blank lines:
``* <Authors> (<year>). <Title>. *<Journal>, <volume>*, <pages>. doi:<doi>`` (e.g. 7).

Special cases:
- The journal and volume are italicised together (``*NeuroImage, 134*``); the DOI is written bare as
  ``doi:10.xxxx/...`` (no link) at the end of each line, some lines end with two trailing spaces (13, 17).
- Long author lists are elided APA-style with ``... &`` (21, 33, 35).
- Titles contain colons (31 ``Cortical complexity in Anorexia Nervosa: A fractal dimension analysis``, 39) and a
  non-ASCII hyphen (27 ``multiple‐acquisition``, U+2010), kept as written.
- The intro sentence (3) mentions no paper.

Decisions:
- Entry = each ``*`` bullet (13 entries), one line each.
- Title = the text between ``(<year>). `` and the ``. *`` that opens the italic journal.  ids: the DOIs written at
  the end of each line (the helper reads ``doi:10...``).
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "cMadan__calcFD__PUBLICATIONS@e49a81d.md"
PART = "wild62_held_out"

APA = re.compile(r"^\* .+? \((?:19|20)\d\d[a-z]?\)\. (.+?)\. \*[^*]+\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        m = APA.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group(1).strip()))
    assert len(papers) == 13, len(papers)
    on = {p["line"]: p for p in papers}
    assert sorted(on) == [7, 11, 13, 17, 19, 21, 25, 27, 31, 33, 35, 39, 41], sorted(on)
    assert on[7]["title"] == "Cortical complexity as a measure of age-related brain atrophy", on[7]
    assert on[7]["doi"] == "10.1016/j.neuroimage.2016.04.029", on[7]
    assert on[13]["title"] == "Test-retest reliability of brain morphology estimates", on[13]
    assert on[27]["title"].endswith("structural brain complexity in multiple\u2010acquisition MRI"), on[27]
    assert on[31]["title"] == "Cortical complexity in Anorexia Nervosa: A fractal dimension analysis", on[31]
    assert on[35]["title"].startswith("Cortical Thickness, local Gyrification Index and Fractal Dimensionality"), on[35]
    assert on[39]["title"] == ("Structural complexity is negatively associated with brain activity: A novel"
                               " multimodal test of compensation theories of aging"), on[39]
    assert on[41]["doi"] == "10.1111/ejn.15039", on[41]
    for p in papers:
        assert p["doi"], p
        assert " & " not in p["title"] and "(20" not in p["title"], p
    write_truth(
        NAME,
        PART,
        papers,
        method="Each '*' bullet under the year headings is one APA reference and one entry (13 entries, one line"
        " each).  Title = the text after '(<year>). ' up to the '. *' that opens the italic '*Journal, volume*'."
        "  DOIs are the bare 'doi:10...' strings ending each line.  Year headings and the intro sentence are not"
        " entries.",
        checked="Read the whole file; compared the -v output with all 13 bullets: titles (colons, the U+2010 hyphen"
        " in 27, the elided author lists in 21/33/35 not leaking into titles) and one DOI per entry.",
    )


if __name__ == "__main__":
    main()
