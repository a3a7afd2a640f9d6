"""Wild51 truth for WilmerLab/wilmerlab.github.io _pages/publications.md: the publication page of the Wilmer lab
(chemical engineering, metal-organic frameworks, thermal transport, gas sensing), newest commit (0760882).

Shape: 538 lines, 42 KB, a Jekyll (minimal-mistakes ``splash``) page whose papers live in the YAML front matter
(1-343), not in the Markdown body.  Front matter: ``layout``/``title``/``permalink``/``date``/``categories`` (2-6),
then 67 keys (8-338), one per paper, each a 5-line block::

    2024_chinmay:                                   <- key line (year_author_venue)
      - image_path: /assets/img/publications/...    <- thumbnail
        alt: "2024_chinmay"
        title: "The impact of missing linker defects in UiO-66 ..."
        excerpt: "**67.** [Mhatre, C. V., ... Title. Journal, 128(32), ..., **(2024)**.](https://pubs.acs.org/doi/...)"

The excerpt is a numbered (**67.** down to **1.**) full citation wrapped in one Markdown link.  The body (344-538)
is a year-button HTML table (349-367) and per-year ``----`` headings with ``{% include feature_row id="..." %}``
lines that only point back to the front-matter keys.

Special cases:
- ``<sub>2</sub>`` HTML inside titles (title lines 46, 116, 136, 241 of blocks 43, 113, 133, 238): tags dropped,
  text kept (``CO2``).
- 62 and 59 (2023_islamov_npj / 2023_islamov_naturecompmater) are the same paper twice (same title, same Nature
  link): two entries.
- The title field is sentence-case while the excerpt's citation often has Title Case: the ``title:`` field is
  taken as written.
- Ids: DOIs come from doi.org / pubs.acs.org/doi / onlinelibrary /doi/ / aps / tandfonline links in the excerpt
  lines (40 of 67); RSC, Nature, ScienceDirect, MDPI and IEEE links give none.

Decisions:
- Entry = each front-matter key block (key line .. excerpt line, 5 lines, as given to ``entry``); title = the ``title:`` value, HTML tags
  stripped.
- Not entries: page metadata keys, the year-button table, year headings and the ``{% include feature_row %}`` lines
  (mere references to the front-matter blocks).
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "WilmerLab__wilmerlab.github.io___pages__publications@0760882.md"
PART = "wild51_development"

KEY = re.compile(r"^(?P<key>\d{4}_\w+):$")
TITLE = re.compile(r'^    title: "(?P<title>.+)"$')
EXCERPT = re.compile(r'^    excerpt: "\*\*(?P<num>\d+)\.\*\* \[.*\]\((?P<url>[^)]+)\)"$')
TAG = re.compile(r"</?[a-z]+>")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "---" and lines[342] == "---", (lines[0], lines[342])
    papers = []
    nums = []
    for n, ln in enumerate(lines[:342], 1):
        m = KEY.match(ln)
        if not m:
            continue
        assert lines[n].startswith("  - image_path: "), n
        assert lines[n + 1].startswith("    alt: "), n
        t = TITLE.match(lines[n + 2])
        e = EXCERPT.match(lines[n + 3])
        assert t and e, (n, lines[n + 2], lines[n + 3])
        title = TAG.sub("", t.group("title"))
        assert not re.search(r"[\[\]<>*`]", title), (n, title)
        nums.append(int(e.group("num")))
        papers.append(entry(lines, n, n + 4, title))
    assert nums == list(range(67, 0, -1)), nums
    assert len(papers) == 67, len(papers)
    includes = [ln for ln in lines[342:] if ln.startswith("{% include feature_row")]
    assert len(includes) == 67, len(includes)
    t = {p["line"]: p for p in papers}
    assert t[8]["title"] == (
        "The impact of missing linker defects in UiO-66 on adsorption and diffusion of isopropyl alcohol"), t[8]
    assert t[43]["title"] == "Implementation of a core–Shell design approach for constructing MOFs for CO2 capture"
    assert t[33]["title"] == t[48]["title"], (t[33], t[48])
    assert t[338]["title"] == "Self-assembly: from crystals to cells", t[338]
    assert t[73]["doi"] == "10.1021/jacs.1c12545", t[73]
    write_truth(
        NAME,
        PART,
        papers,
        "Papers live in the Jekyll YAML front matter: each of the 67 'YYYY_name:' key blocks (key, image_path, alt,"
        " title, excerpt; 5 lines) is one entry, title = the 'title:' value with <sub> tags stripped; the numbered"
        " citation in 'excerpt' (67..1) confirms the count; the duplicate npj paper (blocks 33 and 48) is two entries;"
        " the body's year table, headings and '{% include feature_row %}' references are not entries.",
        "Read the whole file; checked the -v output against every title: line (67 blocks, numbering 67..1 contiguous),"
        " the CO<sub>2</sub> titles (43, 113, 133, 238), the duplicate 33/48, first and last blocks, and that the body"
        " holds 67 include lines, one per key.",
    )


if __name__ == "__main__":
    main()
