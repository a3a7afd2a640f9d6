"""Wild22 truth for navis-org/navis docs/publications.md: neuroscience (connectomics) papers that used NAVis.

Shape: a MkDocs page (YAML front matter, '# Publications using {{ navis}}', an intro with
footnote marks, an admonition '!!! Example' asking to cite the tool's Zenodo DOI), then '## YEAR'
headings (2026 .. 2020) and under them 78 raw-HTML records, each its own '<ol>' with one
'<li value = "N">' (N counts down 78 .. 1; some written 'value="N"'), the record on the next
line: '<strong>Title.</strong> Authors et al., Venue (year). <a href="https://doi.org/...">DOI</a>',
then '</li>' and '</ol>'.  An entry spans the '<li' line to the '</li>' line.  Title = the
<strong> text with its final '.' (the citation's separator) dropped; on line 334 (value 27) the
period is outside ('<strong>Vimo - ...</strong>.'); on line 283 (value 35) no space follows
'</strong>'.  The DOI is the first link (doi.org or dx.doi.org; line 184 (value 51) has a
trailing space inside the href and the link text; line 94 (value 66) is a 10.48550/arXiv DOI,
so its arxiv id is 2512.06934).
Not entries: the Zenodo 'cite NAVis' DOI in the admonition (the list's own boilerplate), the
footnote at the end.  Repeated works stay separate entries: Chen et al. (lines 178 and 259, same bioRxiv DOI),
Reinhard et al. (lines 310 and 370, same DOI, two titles), Ganguly et al. (lines 295 Nat Commun
and 364 bioRxiv), Cornean et al. (lines 283 Nat Commun and 376 bioRxiv).
Count check: 78 '<li' lines, values 78..1 each once = 78 entries, 78 with a DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "navis-org__navis__docs__publications@ae9f042.md"
PART = "wild22_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    values = []
    for i, text in enumerate(lines, 1):
        m = re.match(r'\s*<li value ?= ?"(\d+)">\s*$', text)
        if not m:
            continue
        values.append(int(m.group(1)))
        end = next(j for j in range(i + 1, len(lines) + 1) if lines[j - 1].strip() == "</li>")
        assert end == i + 2, i
        t = re.match(r"\s*<strong>(.+?)</strong>", lines[i])
        assert t, i
        title = t.group(1).strip()
        title = title.removesuffix(".")
        papers.append(entry(lines, i, end, title))
    assert values == list(range(78, 0, -1)), values
    assert len(papers) == 78
    assert all(p["doi"] for p in papers)
    write_truth(NAME, PART, papers,
                "each '<li value=\"N\">' record (78) is an entry, title = its <strong> text without the final"
                " period; the tool's own Zenodo citation in the intro admonition is not an entry",
                "first and last entry of each year heading, a sample of 20 records, values 27 (period outside"
                " strong), 35 (no space after </strong>), 51 (space inside href), 66 (arXiv DOI) read by eye;"
                " the 78 values checked to run 78..1")


if __name__ == "__main__":
    main()
