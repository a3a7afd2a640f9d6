"""Wild60 truth for Hedlen/awesome-segment-anything README.md at 905eaab: a list of Segment Anything (SAM)
research kept entirely in wide pipe tables with image previews, split into papers and software projects.

Shape: 290 lines.  Centered teaser image (2-6), title (9), "Recognition" and News bullets (13-25), table of
contents (27-58), then ``## Papers/Projects`` (60):
- "Basemodel Papers" (61): one table (header 62, rows 64-73) ``| Title | Presentation | Paper page | Project page |
  Code base | Affiliation | Description |`` padded with blanks;
- "Derivative Papers" (75) with 19 ``####`` topic tables of the same columns (rows 80-202), some padded, some not;
- "Derivative Projects" (204) and "front-end framework" (279): tables ``| Title | Presentation | Project page |
  Code base | Affiliation | Description |`` (no paper column) listing tools, demos, extensions and apps;
- Acknowledgement and License (286-290).

Special cases:
- The Title cell is the list's label for the work: sometimes the paper's title (``Matcher: Segment Anything with One
  Shot Using All-Purpose Feature Matching`` 84, ``SAM Fails to Segment Anything?`` 102), often only the model or
  repository name (``CLIP`` 64, ``PerSAM`` 83, ``CLIP_Surgery`` 80, ``Medical-SAM-Adapter`` 104,
  ``SegmentAnythingin3D`` 161); the Description cell sometimes holds the real title's subtitle.
- Nickname parentheses: ``Segment Everything Everywhere All at Once (SEEM)`` 71 and ``Segment Anything 2 (SAM 2)``
  72; but ``MobileSAM (Faster Segment Anything)`` 88 and ``FoodSAM (Any Food Segmentation)`` 89 put a title phrase in
  the parentheses.
- The Paper page link text is a venue or ``arXiv`` / ``bioRxiv`` (``[NeurIPS2023](https://arxiv.org/pdf/...)``);
  72 links the SAM 2 page on ai.meta.com labelled ``[Paper]``.
- 95 RankSEG cites two papers in its Paper page cell: ``[NeurIPS 2025](openreview) / [JMLR 2023](jmlr.org)``.
- 120 "SAM + Stable Diffusion for Text-to-Image Inpainting" has ``-`` as Paper page (a Comet demo project).
- Project tables (205-284) contain no paper links at all.

Decisions:
- Entry = every row of the Basemodel / Derivative Papers tables whose Paper page cell holds a link, one line each;
  row 95 gives two entries (two papers on one line, both titled "RankSEG"); row 120 (no paper) is not an entry.
- Title = the Title cell as written (the list's own title field, even when it is a model name), with the model
  nickname parentheses of 71 ``(SEEM)`` and 72 ``(SAM 2)`` removed; 88 and 89 are kept whole because their
  parentheses hold title words, not a nickname.
- Rows of the Derivative Projects and front-end tables are software, not papers: not entries.  News bullets and
  the table of contents are not entries.  arXiv ids / DOIs come from the row's links by the helper.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "Hedlen__awesome-segment-anything__README@905eaab.md"
PART = "wild60_development"

NICKNAME = re.compile(r"\s+\((?:SEEM|SAM 2)\)$")


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    col = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("### Derivative Projects"):
            break
        if not ln.startswith("|"):
            col = None
            continue
        row = cells(ln)
        if row[0] == "Title":
            col = row.index("Paper page")
            continue
        if col is None or set(ln.replace(" ", "")) <= set(":-|"):
            continue
        links = re.findall(r"\]\((?:https?:)?[^)]+\)", row[col])
        if not links:
            continue
        title = NICKNAME.sub("", row[0])
        for _ in links:
            papers.append(entry(lines, n, n, title))
    by = {}
    for p in papers:
        by.setdefault(p["line"], []).append(p)
    assert len(papers) == 65, len(papers)
    assert len(by[95]) == 2 and by[95][0]["title"] == "RankSEG", by[95]
    assert 120 not in by
    assert max(by) == 202, max(by)
    assert by[69][0]["title"] == "Segment Anything" and by[69][0]["arxiv"] == "2304.02643", by[69]
    assert by[71][0]["title"] == "Segment Everything Everywhere All at Once", by[71]
    assert by[72][0]["title"] == "Segment Anything 2", by[72]
    assert by[88][0]["title"] == "MobileSAM (Faster Segment Anything)", by[88]
    assert by[84][0]["title"] == "Matcher: Segment Anything with One Shot Using All-Purpose Feature Matching"
    assert by[114][0]["doi"] == "10.1101/2023.08.21.554208", by[114]
    assert by[83][0]["title"] == "PerSAM", by[83]
    write_truth(
        NAME,
        PART,
        papers,
        method="Rows of the Basemodel Papers and Derivative Papers pipe tables (| Title | Presentation | Paper page"
        " | Project page | Code base | Affiliation | Description |) whose Paper page cell holds a link are one entry"
        " each, one line; row 95 (RankSEG) links two papers and gives two entries; row 120 has no paper.  Title ="
        " the Title cell as written (often only a model name), minus the nicknames '(SEEM)' and '(SAM 2)'.  The"
        " Derivative Projects / front-end tables list software (no paper column) and give no entries.",
        checked="Read the whole file; compared the -v output with every row of the 21 paper tables, the two-paper"
        " RankSEG row, row 120 without a paper, the nickname and title-phrase parentheses (71, 72, 88, 89), the"
        " project tables (none taken) and arXiv / bioRxiv ids from the Paper page links.",
    )


if __name__ == "__main__":
    main()
