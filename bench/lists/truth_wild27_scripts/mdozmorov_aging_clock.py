"""Wild27 truth for mdozmorov/Aging_clock README.md: papers, tools and databases on biological-age clocks (biology, medicine).

Shape: a short intro with a tools-folder bullet list (lines 6-8) and a table of contents, then
'## Databases', '## Papers, tools, data' (with '### Mouse'), '## Reviews', '## Misc'.  Each record is a
top-level '- ' bullet, blank lines between records, of three kinds:
  (a) a tool / database / finding described in prose, its paper given in a collapsible block that
      opens at the end of the bullet line ('<details>' + '<summary>Paper</summary>' or
      '<summary>Preprint</summary>', a Chicago reference, '</details>'), or (line 23) in an indented
      '    - “[Title](doi).” Journal' sub-bullet;
  (b) a Chicago reference as the bullet itself: 'Authors. “[Title.](https://doi.org/...)” Journal
      vol, no. n (date) - notes...' (title linked inside curly quotes);
  (c) line 42 only: a Nature-style reference 'Chen, Q., ... et al. Title. Nat Aging (2026). https://doi.org/...'.
Title = the curly-quoted span of the record (link markup removed, a final '.' or ',' dropped: line 79
writes '...Aging](url),”'; line 124 has no separator before '”'); line 42 by hand.
Entries: every record that gives a paper (kinds a-c), the record spanning the bullet line through
its '</details>' or sub-bullet; its ids come from all of those lines (the prose links of kind (a) are
GitHub, GEO, nature.com article pages, a ScienceDirect pii and a PLOS '?id=10.1371/...' URL of the
same paper on line 86).  Not entries: the tools-folder bullets 6-8, databases without a paper (26
AGEMAP site, 33 DAA, 35 HAGR, 37 JenAge) and the three Misc links 139-143 (web tools).
Count check: 37 top-level bullets from line 16 to the Misc heading, 4 without a paper -> 33 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "mdozmorov__Aging_clock__README@85e39a6.md"
PART = "wild27_development"
NO_PAPER = {26, 33, 35, 37}
SPECIAL = {42: "OMICmAge quantifies biological age by integrating multi-omics with electronic medical records"}
QUOTED = re.compile(r"“(.+?)”")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Databases") + 1
    stop = lines.index("## Misc") + 1
    bullets = [i for i in range(start, stop) if lines[i - 1].startswith("- ")]
    assert len(bullets) == 37, len(bullets)
    papers = []
    for i in bullets:
        end = i
        while end < len(lines) and lines[end].strip():
            end += 1
        if i in NO_PAPER:
            assert "“" not in "".join(lines[i - 1:end]), i
            continue
        own = "\n".join(lines[i - 1:end])
        if i in SPECIAL:
            title = SPECIAL[i]
            assert title in own, i
        else:
            m = QUOTED.search(own)
            assert m, i
            title = LINK.sub(r"\1", m.group(1)).strip()
            if title.endswith((".", ",")):
                title = title[:-1]
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 33, len(papers)
    write_truth(NAME, PART, papers,
                "every top-level bullet from Databases to Reviews that gives a paper is an entry (a tool or finding"
                " with its paper in a <details> block or sub-bullet, or a Chicago reference bullet); title = the"
                " curly-quoted title without link markup and final '.'/',' (the Nature-style line 42 by hand);"
                " databases and web tools without a paper are not entries",
                "every one of the 37 bullets read by eye and sorted (33 entries, 4 without a paper); every title"
                " compared with its record; the DOIs compared with the reference lines (bioRxiv, Nature, Cell,"
                " PLOS, Aging, Genome Biology); the PLOS '?id=' URL of line 124 and the nature.com article pages"
                " in the prose of kind-(a) records checked")


if __name__ == "__main__":
    main()
