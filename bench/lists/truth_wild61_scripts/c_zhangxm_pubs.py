"""Wild61 truth for zhangxmlab/zhangxmlab.github.io _pages/publications.md at 4e7cb7f (2026-07-07): the
publication page (Jekyll, academicpages "archive" layout) of a geography / land-use research group (PI Zhang X.),
numbered [82] down to [1] and grouped by year.

Shape: 112 lines.  Front matter (1-6), a citation-count line (8), then setext year headings
``2026`` / ``=====`` (11-12), 2025 (24), 2024 (43), 2023 (60), 2022 (78), 2021 (88) and ``2020 and before`` (96).
Each paper is one line, with no list marker and no blank line between papers (they end with two spaces, i.e.
Markdown hard line breaks, so each year is rendered as one paragraph)::

    [82] Jin, S., ..., <strong>Zhang, X.*</strong> (2026). "Title". _Journal_, 19, 134. [Link](https://...)  

Special cases:
- The PI's name is wrapped in ``<strong>...</strong>`` (HTML inside Markdown), with ``*`` for corresponding
  author inside the tag.
- The ``[n]`` numbers look like reference labels but are plain text; [1]..[82] are all present once.
- The ``2020 and before`` block holds papers from 2017-2020.
- Links are doi.org (most), MDPI / ScienceDirect / Springer / Sage / T&F / PLOS pages; 93's Springer link is
  URL-encoded (``10.1007%2Fs10661-021-08890-w``); 16 links only a journal home page; ids are whatever the
  helper finds in the links.
- 26 has a curly apostrophe in the title (``Urban cyclists’ exposure``).

Decisions:
- Entry = every line starting ``[n] `` (82 entries), one line each.
- Title = the text inside the double quotes after ``(year). ``; the trailing ``.`` outside the quotes is not
  part of it.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "zhangxmlab__zhangxmlab.github.io___pages__publications@4e7cb7f.md"
PART = "wild61_development"

ITEM = re.compile(r"^\[(\d+)\] .*?\(\d{4}\)\. \"(.+?)\"\. _")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("["):
            continue
        m = ITEM.match(ln)
        assert m, n
        numbers.append(int(m.group(1)))
        papers.append(entry(lines, n, n, m.group(2).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 82, len(papers)
    assert numbers == list(range(82, 0, -1)), numbers
    assert min(by) == 13 and max(by) == 112, (min(by), max(by))
    assert by[13]["title"].startswith("Unraveling the local determinants of well-being in the Dabie Mountain"), by[13]
    assert by[26]["title"] == (
        "Urban cyclists’ exposure to PM2.5: A quantitative analysis using trajectory data and mobile monitoring"
    ), by[26]
    assert by[27]["title"] == "Impacts of urban and cropland expansions on natural habitats in Southeast Asia"
    assert by[27]["doi"] == "10.1038/s41467-025-63384-4", by[27]
    assert by[101]["title"] == "Jingdezhen: The millennium porcelain capital", by[101]
    assert by[112]["title"].startswith("An urban heat island study in Nanchang City, China"), by[112]
    for n in (8, 11, 12, 24, 25, 96, 97):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every line starting '[n] ' under the setext year headings is one entry (82, numbered 82..1),"
        " one line each; the lines have no list marker and no blank lines between them.  Title = the text"
        " inside the double quotes after '(year). ', without the period that follows the closing quote.",
        checked="Read the whole file; compared the -v output with all 82 lines: the numbering 82..1, quotes"
        " and titles (incl. the curly apostrophe on 26 and the short title on 101), and sampled DOIs from"
        " doi.org, Springer, T&F and PLOS links.",
    )


if __name__ == "__main__":
    main()
