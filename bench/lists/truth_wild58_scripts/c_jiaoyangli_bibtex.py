"""Wild58 truth for Jiaoyang-Li/Jiaoyang-Li.github.io _pages/publication-old.md at 699e2e4 (2024-12-14): the full
hand-written publication list of Jiaoyang Li (multi-agent path finding, CMU), kept in an academicpages
(minimal-mistakes) Jekyll site.  On 2024-12-14 the old page _pages/publication.md was cut down and then deleted, and
the hand-written list was kept as _pages/publication-old.md (no front matter): that file, at its newest commit, is
taken.

Shape: 1244 lines, 93 KB.  Intro with a Google Scholar link (1-2), ``{% include base_path %}`` (4), a year-anchor
line (6), then sections ``## <a name="yearNNNN"></a> NNNN`` for 2024 (8) ... 2017 (1174), "Preprints" (1197) and
"PhD Thesis" (1231).  One paper a block:
``* [Title](https://jiaoyangli.me/publications/KEY) (optional note).`` /
``    Authors with **Jiaoyang Li**.`` / ``    <i>Venue (**ABBR**)</i>, pages, Year.`` /
``    [<a href="javascript:void(0)" onclick="...">bibtex</a>]`` / ``    [[arXiv](...)] [[code](...)] [[pdf](...)]
[[publisher](https://doi.org/...)]`` / ``<div id="bibtex-KEY" style="display:none">`` ``<pre>@inproceedings{...
title = {...} ...}</pre></div>``.

Special cases:
- Every entry carries a hidden BibTeX block (``<pre>`` ... ``</pre></div>``) that repeats the title in a
  ``title = {...}`` field, sometimes in other case ("Multi-robot geometric task-and-motion planning ...") and at
  least once with the wrong authors (the TangMRS23 block copies ZhangNeurIPS23's authors): part of the entry, not
  separate entries.
- Notes after the title link are not part of the title: ``(**Best Student Paper**)``, ``(extended abstract)``,
  ``(short paper)``, ``(position paper)``, ``(**Winner of 2023 League of Robot Runners**)`` etc.
- 1199, 1215 (Preprints): no link, the title is plain text ending with a period.
- 1232 (PhD Thesis): the dissertation; listed as an entry like the papers.
- 1190-1195: two papers (an ITEC 2017 paper and "Optimal Combinations and Variable Departure Intervals for Micro Bus
  System", whose bullet is at 1193) are commented out in one ``<!-- ... -->`` block: not rendered, not entries; the
  2017 section therefore holds one entry (1175).
- The author lines start with ``**Jiaoyang Li**`` in many entries (e.g. 426): not bullets.
- 1199, 1215: the helper reads the BibTeX field ``doi = {10.48550/ARXIV.2203.02475},`` with the closing brace;
  the DOI is set by hand without it (10.48550/arxiv.2203.02475, 10.48550/arxiv.2103.08835).
- DOIs come from ``[[publisher](https://doi.org/...)]`` links (some link texts misspelt "pubsliher") and from
  ``doi = {https://doi.org/...}`` BibTeX fields; arXiv ids from ``[[arXiv](https://arxiv.org/abs/...)]`` links.

Decisions:
- Entry = every line starting with ``* `` outside the HTML comment (72): span = that line through the last
  non-blank line before the next bullet, heading or comment (the BibTeX ``</pre></div>`` line).  Title = the link text of the bullet's first
  ``[...](...)``, or, without a link, the bullet text with its trailing period dropped.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "Jiaoyang-Li__Jiaoyang-Li.github.io___pages__publication-old@699e2e4.md"
PART = "wild58_development"

BULLET = re.compile(r"^\* ")
LINKED = re.compile(r"^\* \[([^\]]+)\]\(")
HEADING = re.compile(r"^(#|<!--)")
COMMENT = range(1190, 1196)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[1189].startswith("<!--") and lines[1194].endswith("-->")
    starts = [n for n, ln in enumerate(lines, 1) if BULLET.match(ln) and n not in COMMENT]
    stops = [n for n, ln in enumerate(lines, 1) if BULLET.match(ln) or HEADING.match(ln)] + [len(lines) + 1]
    papers = []
    for first in starts:
        nxt = min(s for s in stops if s > first)
        last = nxt - 1
        while not lines[last - 1].strip():
            last -= 1
        ln = lines[first - 1]
        m = LINKED.match(ln)
        title = m.group(1).strip() if m else ln[2:].strip().rstrip(".").strip()
        p = entry(lines, first, last, title)
        if p["doi"] and p["doi"].endswith("}"):
            p["doi"] = p["doi"].rstrip("}")
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 72, len(papers)
    assert 1193 not in by and by[1175]["end"] == 1188, by[1175]
    assert by[1215]["doi"] == "10.48550/arxiv.2103.08835", by[1215]
    assert by[10]["title"] == "Guidance Graph Optimization for Lifelong Multi-Agent Path Finding", by[10]
    assert by[152]["title"] == (
        "Accelerating Search-Based Planning for Multi-Robot Manipulation by Leveraging Online-Generated Experiences"
    ), by[152]
    assert by[289]["title"] == "Solving Multi-Agent Target Assignment and Path Finding with a Single Constraint Tree"
    assert by[289]["arxiv"] == "2307.00663", by[289]
    assert by[1199]["title"] == "Cooperative Task and Motion Planning for Multi-Arm Assembly Systems", by[1199]
    assert by[1199]["arxiv"] == "2203.02475", by[1199]
    assert by[1215]["title"] == "Multi-Robot Routing with Time Windows: A Column Generation Approach", by[1215]
    assert by[1232]["title"] == "Efficient and Effective Techniques for Large-Scale Multi-Agent Path Finding"
    assert by[1232]["end"] == 1244, by[1232]
    assert by[409]["doi"] == "10.1609/icaps.v33i1.27194", by[409]
    write_truth(
        NAME,
        PART,
        papers,
        method="Each '* ' bullet outside the HTML comment at 1190-1195 is one paper (72, under year headings 2024-2017, Preprints and PhD Thesis): span ="
        " the bullet line through its hidden <div><pre> BibTeX block (last non-blank line before the next bullet or"
        " heading or comment).  Title = the link text of the bullet's first [Title](url); the two preprints have no link, so"
        " the bullet text without its final period.  DOI braces from BibTeX fields (1199, 1215) removed by hand.  Notes after the link ((short paper), (**Best ... **)) and the"
        " BibTeX title fields are not titles of other entries.",
        checked="Counted bullets (73, one inside the comment at 1190-1195) and headings; read the -v output against every bullet line (titles, notes"
        " left out), the spans' ends at the </pre></div> lines, the two unlinked preprints (1199, 1215), the thesis"
        " (1232), and spot-checked arXiv ids and DOIs against the [[arXiv]] / [[publisher]] links.",
    )


if __name__ == "__main__":
    main()
