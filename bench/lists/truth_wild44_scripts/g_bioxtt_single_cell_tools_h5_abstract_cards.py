"""Wild44 truth for bio-xtt/sc_tools README.md: a personal collection of single-cell bioinformatics tools
(scRNA-seq pipelines/methods/tools/databases, single-cell epigenomics, spatial transcriptomics, multi-omics,
other genomics tools, pangenome tools), each recorded by the paper that describes it.

Shape: ``# sc_tools`` and one sentence (1-2); ``## Area`` and ``### kind`` headings (piplines, methods, tools,
database, pangenome tools); under them one card per paper: ``##### Paper Title(Venue Year)`` (the venue/year tag
glued to the title or after a space, in either order, abbreviated: ``(NC2022)``, ``(2022 NBT)``, ``(GB 2021)``,
``(Bioinformatics 2022)``, ``(2020 genome research)``, ``(iSince 2022)``, ``(2022)``; some headings end in a
space), usually a blank line, the paper URL (bare or wrapped in ``(...)``: nature.com article, Genome Biology
DOI URL, OUP article URL, bioRxiv DOI URL, PMC, PubMed, Wiley DOI), one or more paragraphs copied from the
abstract (a Chinese comment at 663), then ``###### access`` and the tool's code/web location.  Several cards
lack the URL (71, 296, 341, 515, 609, 652, 657, 662), the access part (376, 570, 575) or both (667-668 has
only a PubMed URL).  Special cases: the SCONCE card is written twice in a row (289, 296) and the MIST paper
("Region-specific denoising ...") twice in different sections (334, 466), kept as repeated records; the card
at 402 is headed with the tool name only (``SpatialInferCNV(2022 cell)``), not the paper's title; two
headings have no venue tag (120 ``scAI: ...``, 667 ``A Review of Pangenome Tools and Recent Studies``); 540
has a parenthesis inside the title (``(single cell) omics``); OUP ``advance-article/doi/10.1093/...`` URLs
carry the article number and a query (192, 219, 494, 534 with a full-width ``）``, 582).

Decisions:
- Entries: every ``##### `` heading (94), each the card of one published paper or preprint (database
  and software papers included: the record cites the paper); the entry spans the heading through the last
  non-blank line before the next heading other than ``###### access`` (i.e. including the access part).
  ``#``/``##``/``###`` headings, the intro and ``###### access`` lines are not entries.
- Title: the heading text without the final parenthesised venue/year tag (a ``(...)`` holding a 4-digit year
  at the end); ``None`` for the tool-name-only heading 402.  Everything else as written.
- Ids: the helpers' first DOI/arXiv on the entry's lines; only the paper URLs carry DOIs (Genome Biology,
  OUP advance articles, bioRxiv, Wiley); nature.com article ids, OUP volume/page URLs, PMC/PubMed ids are not
  DOIs; no arXiv id in the file (asserted).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "bio-xtt__sc_tools__README@794a892.md"
PART = "wild44_development"

CARD = re.compile(r"^##### (?P<t>.+?)\s*$")
TAG = re.compile(r"\s*\((?P<tag>[^()]*\d{4}[^()]*)\)$")
TOOL_ONLY = {402}


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("#") and not ln.startswith("###### ")]
    papers = []
    untagged = []
    for i, n in enumerate(heads):
        m = CARD.match(lines[n - 1])
        if not m:
            assert re.match(r"^#{1,3} ", lines[n - 1]), (n, lines[n - 1])
            continue
        nxt = heads[i + 1] if i + 1 < len(heads) else len(lines) + 1
        last = max(k for k in range(n, nxt) if lines[k - 1].strip())
        t = m.group("t")
        tm = TAG.search(t)
        if tm:
            t = t[: tm.start()]
        else:
            untagged.append(n)
        papers.append(entry(lines, n, last, None if n in TOOL_ONLY else t))
    assert untagged == [120, 667], untagged
    assert len(papers) == 94, len(papers)
    assert not any(p["arxiv"] for p in papers)
    assert sum(1 for p in papers if p["doi"]) == 32, sum(1 for p in papers if p["doi"])
    write_truth(
        NAME,
        PART,
        papers,
        "Each '##### Paper Title(Venue Year)' card is one paper (94), spanning the heading through its URL,"
        " abstract paragraphs and '###### access' part; title = the heading without the final parenthesised"
        " venue/year tag, None for the tool-name-only heading 'SpatialInferCNV(2022 cell)'; repeated cards"
        " (SCONCE, MIST) kept; ids = the first DOI on the entry's lines (paper URLs only).",
        "Whole file read (670 lines): all 94 '#####' headings against the -v output; first/last card of every"
        " ### section (6/13, 22/91, 99/176, 184/190, 203/239, 247/314, 327/381, 389/473, 483, 492/499, 507/515,"
        " 524/540, 549/632, 639/667); tag forms stripped (NC2022, 2022 NBT, GB 2021, 2020 genome research,"
        " iSince 2022, 2022, trailing spaces 84/113/162/169); untagged headings 120 and 667 (asserted); 540 inner"
        " parenthesis kept; 402 title None; cards without URL (71, 296, 341, 515, 609, 652, 657, 662), without"
        " access (376, 570, 575) and the last card 667-668; spans stop before blank runs and section headings"
        " (190-199, 314-318, 473-477, 540-545); DOIs: Genome Biology, OUP advance-article (192, 219, 494, 534,"
        " 582 with article number/query dropped), bioRxiv (v1.full/v2 dropped), Wiley 454; nature.com/PMC/"
        " PubMed not taken; DOI count 32 and no arXiv asserted; count 94 asserted.",
    )


if __name__ == "__main__":
    main()
