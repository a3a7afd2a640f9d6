"""Wild6 truth for hdShang/arxiv-daily docs/cs-CV/2025-11-25/index.md: a generated daily arXiv digest (cs.CV, Chinese page).

Shape: Jekyll front matter, a '# cs.CV（2025-11-25）' heading, a count line ('共 **47** 篇论文'), a
'<div class="interest-nav">' of topic anchors (TOC, not entries), then six '<h2>' topic sections,
each holding one HTML '<table>' whose '<tbody>' has one multi-line '<tr>' ... '</tr>' row per paper:
a number cell, a title cell '<td><a href="./papers/<id>-<slug>.html">Title</a></td>', a one-sentence
Chinese summary cell (a description, not a translated title), a tags cell, a code-mark cell and a
'favorite' button whose data-arxiv-id attribute gives the arXiv id with its version.

Entry: every '<tr>' of a tbody (the header row '<tr><th>...' is not one); its lines run from '<tr>'
to '</tr>'.  Title: the anchor text of the title cell, as written (an inline '$Δ$' kept).  arXiv id:
the row writes it literally as data-arxiv-id="2511.20804v1" (no arxiv.org URL: the link goes to a
local page), so the id is taken from that attribute, version dropped.  No DOIs.

Counts: 47 rows = the page's own '共 **47** 篇论文' = sections 21+13+10+1+1+1 (each '<h2>' says its
'(N 篇)', checked against the rows found under it) = 47 'favorite-btn' lines (grep -c).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "hdShang__arxiv-daily__docs__cs-CV__2025-11-25__index@a779e09.md"
PART = "wild6_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_section: list[list[int]] = []  # [declared, found]
    i = 0
    while i < len(lines):
        text = lines[i]
        h2 = re.match(r'<h2 id="[^"]+">.*\((\d+) 篇\)</h2>$', text)
        if h2:
            per_section.append([int(h2.group(1)), 0])
        if text == "<tr>":
            first = i + 1
            j = i
            while lines[j] != "</tr>":
                j += 1
            block = lines[i : j + 1]
            assert block[1].strip().startswith("<td>") and re.fullmatch(r"\s*<td>\d+</td>", block[1]), first
            m = re.fullmatch(r'\s*<td><a href="\./papers/[^"]+\.html">(.+)</a></td>', block[2])
            assert m, first
            ids = re.findall(r'data-arxiv-id="(\d{4}\.\d{4,5})v\d+"', "\n".join(block))
            assert len(ids) == 1, first
            e = entry(lines, first, j + 1, m.group(1))
            assert e["arxiv"] is None  # no arxiv.org form in the row; the attribute gives it
            e["arxiv"] = ids[0]
            papers.append(e)
            per_section[-1][1] += 1
            i = j
        i += 1
    assert [s[0] for s in per_section] == [21, 13, 10, 1, 1, 1], per_section
    assert all(d == f for d, f in per_section), per_section
    assert len(papers) == 47 == sum(1 for t in lines if "favorite-btn" in t)
    assert "共 **47** 篇论文" in lines[7]
    write_truth(NAME, PART, papers,
                "every <tr> row of the six topic tables is an entry from '<tr>' to '</tr>'; title = the anchor text of"
                " the title cell; arXiv id = the row's data-arxiv-id attribute (version dropped), the only form the"
                " row writes it in; the Chinese one-line summary is a description, not a title",
                "47 rows against the page's own count, each section's '(N 篇)' and grep -c favorite-btn; all 47 titles"
                " against the anchor text and the onclick copy of the title; ids against the attribute")


if __name__ == "__main__":
    main()
