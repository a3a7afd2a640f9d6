"""Wild45 truth for summitgao/LearningGuide group/papers.md: the paper list ("论文成果", research output) of Feng
Gao's group at Ocean University of China (remote sensing image analysis, SAR change detection, hyperspectral
unmixing, photometric stereo), kept in the group's GitBook learning guide.

Shape (36 lines): an ``#`` Chinese title, then three year headings written ``### _**2023**_`` (3), ``2022`` (12),
``2021`` (28), each followed by an ordered list that restarts at ``1.``; one item per line, IEEE style:
``N. Authors, "Title," _Venue_, vol., pp., Year. \\[[PDF](url)]\\[[Code@Github](url)]``.  The title sits between
straight double quotes (curly ``“ ”`` in 16), its citation comma inside the quotes.  Special cases: a Chinese-language
paper with Chinese authors and full-width commas (8, ``高峰，孟德森，...，"基于Transformer和动态3D卷积的多源遥感图像分类,"
北京航空航天大学学报``), a full-width comma inside the author list (21 ``Y. Gao，``), an ICCV paper with the venue
not italic (30), ``(In Press and Accepted)`` (5), "ESI highly cited" notes in Chinese full-width brackets after the
venue (34, 35), Markdown-escaped underscores in Code URLs, and an escaped ``\\[`` before every ``[PDF]`` link.  Links
are IEEE Xplore document pages (no DOI), one ScienceDirect ``pii`` (22, not a DOI), CVF open access (30), a Springer
article (20, DOI 10.1007/s41095-021-0223-y) and the Beihang journal page whose URL holds the DOI
(8, 10.13700/j.bh.1001-5965.2022.0397).

Decisions:
- Entries (21): every numbered item; each is one journal or conference paper.  The three year headings and the
  title are not entries.
- Title: the text between the first opening double quote (straight or curly) and its closing quote, the citation
  comma dropped; the Chinese title is kept as written (no translation is given).
- Ids: from the item's line (2 DOIs, no arXiv; asserted).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "summitgao__LearningGuide__group__papers@d74d816.md"
PART = "wild45_development"

ITEM = re.compile(r"^(\d+)\. ")
QUOTED = re.compile(r"[\"“](.+?)[\"”]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_year: dict[str, int] = {}
    year = ""
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            if ln.startswith("### "):
                year = ln.strip("#_* ")
                continue
            assert not ln.strip() or ln == "# 论文成果", (n, ln)
            continue
        per_year[year] = per_year.get(year, 0) + 1
        assert int(m.group(1)) == per_year[year], (n, ln)
        title = QUOTED.search(ln).group(1)
        papers.append(entry(lines, n, n, title))
    assert per_year == {"2023": 4, "2022": 11, "2021": 6}, per_year
    assert len(papers) == 21, len(papers)
    assert [p["line"] for p in papers if p["doi"]] == [8, 20]
    assert not any(p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered item under the year headings (2023, 2022, 2021; numbering restarts per year) is one paper (21);"
        " title = the text between the first straight or curly double quotes, the citation comma dropped, the Chinese"
        " title of 8 kept as written; ids from the item's line.",
        "Whole file read (36 lines): counts per year asserted (4, 11, 6) with the numbering checked to restart at 1; every"
        " -v title compared with its line, in particular the curly quotes (16), the Chinese title with full-width commas"
        " around it (8), the full-width comma in the author list (21), the unitalicised ICCV venue (30), the Chinese ESI"
        " notes (34, 35) and the SSCU-Net en dash (19); DOIs only at 8 (URL path of the Beihang journal) and 20 (Springer),"
        " none from IEEE document numbers or the ScienceDirect pii (22); no arXiv.",
    )


if __name__ == "__main__":
    main()
