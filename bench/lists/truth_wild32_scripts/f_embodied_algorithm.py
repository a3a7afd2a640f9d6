"""Wild32 truth for TianxingChen/Embodied-AI-Guide topics/algorithm.md: the Chinese "算法篇" of an embodied-AI guide.

Shape: Chinese prose sections (1)-(10) with many small Markdown tables (some inside <details>).  Rows mix tools,
courses, videos, blogs, datasets, simulators, company news and papers; a paper row names the work by a nickname
(RT-1, OpenVLA), by a Chinese description (医疗具身智能综述), or by its English title, sometimes followed by
"(venue year, institution)"; links are bare "[link](...)" labels.  Decisions:
- An entry is a table row whose subject is a scholarly work and that either links a paper document (arXiv,
  OpenReview, publisher / journal page or PDF, a paper PDF on a project site) or writes the paper as a citation
  (English title + "(venue year, institution)") even with an empty link cell (lines 550-592).
- Not entries: tools / models linked only to code or product pages (section (2) tables, lines 141 Octo, 222, 685
  VaVAM, 725 Open-EMMA, 460-462, 466), project pages only (293-294 PIVOT/SoM, 303, 341 LLaVA, 490 SRT), courses,
  videos, blogs, news, Wikipedia, Zhihu/WeChat/Sohu posts, simulators, datasets, the tutorial PDF on line 93, and
  line 340 (CLIP -> a Zhihu post).
- A row naming several papers with one link each is that many entries on the same line (129: 4, 131: 3, 132/133/
  134/302: 2, 277: the two surveys but not the blog); their arXiv ids are taken in order from the line.  Line 298
  (Cross-View-AG / AGD20K) is one paper and its dataset: one entry.  Line 683 (MagicDrive -> MagicDriveDiT) links one
  paper: one entry.
- Title: the English title as written (trailing "(venue year, institution)" and "(Nature Reviews Bioengineering)"
  dropped, "…" kept) where the row writes one (383-384, 393-395, 404-407, 472-476, 505-511, 517, 550-592, 615-645,
  703); None for nicknames (RT-1, FLOAT Drone, DRAGON, Ring-Rotor, Morphobot, Skater), Chinese descriptions and
  English labels that describe rather than title the paper (324-325, 458-459, 165-166).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "TianxingChen__Embodied-AI-Guide__topics__algorithm@5c61875.md"
PART = "wild32_development"

# single-paper rows whose title is None (nickname / Chinese description / descriptive label)
NONE_ROWS = (
    [130, 140, 165, 166] + list(range(177, 199)) + [223, 224, 225, 227] + list(range(237, 253))
    + [281, 292, 298, 299, 300, 301, 324, 325, 342, 428, 448, 454, 455, 457, 458, 459, 463, 464, 465,
       482, 483, 489, 499, 507, 627, 633, 635, 643, 644]
    + list(range(670, 674)) + list(range(679, 685)) + list(range(713, 718)) + [723, 724]
)
# single-paper rows with a written title: line -> table column holding it
TITLE_COL0 = ([383, 384, 404, 405, 406, 407, 505, 506, 509, 510, 511, 517] + list(range(550, 556))
              + [561, 562, 563, 569, 570, 615, 616, 617, 618, 624, 625, 626, 634, 636, 642, 645])
TITLE_COL1 = [393, 394, 395, 472, 473, 474, 475, 476] + list(range(588, 593)) + [703]
# rows naming several papers, one link each: line -> number of papers
MULTI = {129: 4, 131: 3, 132: 2, 133: 2, 134: 2, 277: 2, 302: 2}


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in NONE_ROWS:
        papers.append(entry(lines, n, n, None))
    for col, rows in ((0, TITLE_COL0), (1, TITLE_COL1)):
        for n in rows:
            t = cells(lines[n - 1])[col]
            t = re.sub(r"\s*\([^()]*\)\s*$", "", t)
            papers.append(entry(lines, n, n, t))
    for n, k in MULTI.items():
        ids = re.findall(r"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})", lines[n - 1])
        assert len(ids) >= k, (n, ids)
        for i in range(k):
            papers.append({"line": n, "end": n, "title": None, "arxiv": ids[i], "doi": None})
    assert len({(p["line"], p["arxiv"]) for p in papers}) == len(papers)
    assert len(papers) == 157, len(papers)
    write_truth(
        NAME, PART, papers,
        "Table rows whose subject is a paper (linked to a paper document, or written as a title with venue) are "
        "entries, several per row where a row names several linked papers; the title is the written English title "
        "without the venue bracket, None for nicknames and Chinese or descriptive labels.",
        "Every table row of the file (lines 18-736) classified by eye as paper / tool / course / blog / dataset / "
        "news; each of the 157 entries' title and id checked against its row, the multi-paper rows' ids in order.",
    )


if __name__ == "__main__":
    main()
