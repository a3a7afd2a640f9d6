"""Wild19 truth for raj-gun/NonSysID supplementary_information/README.md: a PhD project's supplementary notes.

Shape: about 560 lines of Pandoc-converted prose and maths (the supplementary information of a
MATLAB system-identification package), then '# References' and a Pandoc citeproc bibliography in
raw HTML: '<div id="refs" class="references csl-bib-body">' holding 48 blocks
'<div id="ref-KEY" class="csl-entry">', a '<span class="csl-left-margin">\\[n\\]' line and a
'<span class="csl-right-inline">' IEEE-style reference wrapped over several lines, closed by '</div>'.
Titles are in curly quotes '“Title,”', sometimes wrapped in '<span class="nocase">' or linked
('“[Title](https://doi.org/...),”'); DOIs as '<https://doi.org/...>' autolinks or '[10.x/y](...)'.

Entries: every csl-entry block except the two books ([1] Ljung, 'System identification', Springer;
[2] Billings, 'Nonlinear system identification: NARMAX methods ...', Wiley; italic titles, no
quotes): 46 entries, among them a book chapter ([5], in an edited volume), a 1987 Sheffield research
report ([20]) and two software papers (JOSS, SoftwareX).  An entry runs from its '<div id="ref-'
line to its closing '</div>'.  Title = the first curly-quoted text, markup removed and the closing
',' or '.' dropped.  In-text citations '\\[4\\]–\\[11\\]' in the prose are not entries.
Count checks: grep -c 'class="csl-entry"' = 48; 46 with a '“' title.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "raj-gun__NonSysID__supplementary_information__README@450ba10.md"
PART = "wild19_development"
BOOKS = {"ref-ljung1998system", "ref-billings2013a"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    blocks = 0
    for i, text in enumerate(lines, 1):
        m = re.match(r'<div id="(ref-[^"]+)" class="csl-entry">$', text)
        if not m:
            continue
        blocks += 1
        end = i + 1
        while lines[end - 1] != "</div>":
            end += 1
        if m.group(1) in BOOKS:
            continue
        own = " ".join(lines[i - 1 : end])
        t = re.search(r"“(.+?)”", own)
        assert t, i
        papers.append(entry(lines, i, end, t.group(1)))
    assert blocks == 48 and len(papers) == 46, (blocks, len(papers))
    write_truth(NAME, PART, papers,
                "every Pandoc citeproc csl-entry block of the closing References except the two books; title = the"
                " first curly-quoted text (nocase spans and links removed, closing ',' dropped); DOIs from doi.org"
                " autolinks and links",
                "all 46 entries against the file by eye (titles across wrapped lines, nocase spans, the linked"
                " chapter title, DOIs with parentheses and colons); block count by grep (48, two books left out)")


if __name__ == "__main__":
    main()
