"""Wild61 truth for strongcourage/awesome-directed-fuzzing README.md at 5d39358 (2025-12-27): an awesome-list of
directed greybox fuzzing papers, one ``###`` heading per paper followed by a line of bracketed links and a
collapsible ``<details>`` abstract card, cards separated by long ``-----`` rules, roughly in year order 2017-2025.

Shape: 1022 lines.  ``# awesome-directed-fuzzing`` with badge (1), an intro paragraph (3) linking the sibling pages
whitebox.md and misc.md.  Then 91 cards (6-1022), each:
``------...`` rule, ``### [VENUE'YY] Title `` (often with a trailing space), blank, ``[[paper]](url) [[project]](url)
[[slides]](url) [[talk]](url)`` (any subset), blank, ``<details>`` / ``<summary>Click to see the abstract!</summary>``
/ abstract paragraphs / ``</details>``.

Special cases:
- The bracketed prefix is a venue tag, not part of the title, and takes odd forms: ``[arxiv'19]``,
  ``[Appl.Sci.'21]``, ``[ASE'21 NIER]``, ``[EuroS&PW 2023'23]``, ``[ICSE'24-SEIP]``, ``[thesis]``,
  ``[MS Thesis'23]``, ``[IET Software'23]``.
- 320 appends the author to a PhD thesis title: ``### [thesis] Directing greybox fuzzing to discover bugs in
  hardware and software - Sadullah Canakci``; the `` - Sadullah Canakci`` is the author and is left out.  Theses
  (320, 539, 925) are listed like the papers and kept as entries.
- Titles keep the file's spacing and case (262 ``BEACON : Directed Grey-Box Fuzzing ...``, 579 ``Titan : ...``,
  388 ``SELECTFUZZ``), prefixes ``Poster:`` (50) and ``SoK:`` (152, 728) and suffixes ``(Registered Report)`` (774,
  785), which are part of those papers' titles.
- 527 (SyzDirect) and 666 (LABRADOR) have no link line at all; 742, 766 and 979 have an empty ``[[paper]]()``; 85
  links a local pdf.  Ids: 32 arxiv.org pdf/abs links give arXiv ids; dl.acm.org, Springer and IET links give 9 DOIs; the abstracts
  hold no ids.
- Duplicates: FishFuzz appears as an arXiv preprint (351, ``Throwing Larger Nets to Catch Deeper Bugs``) and as the
  USENIX paper (465, ``Catch Deeper Bugs by Throwing Larger Nets``); the ASIACCS'24 SoK is listed twice (728, 828)
  with the same title.  Every card is its own entry.

Decisions:
- Entry = every ``### `` heading (91); span = the heading down to its card's ``</details>`` line, so the link line
  and the abstract are part of the entry.
- Title = the heading text after the ``[...]`` venue tag, stripped; 320 cut before `` - Sadullah Canakci``.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "strongcourage__awesome-directed-fuzzing__README@5d39358.md"
PART = "wild61_development"

HEAD = re.compile(r"^### \[[^\]]+\]\s*(?P<title>.+?)\s*$")
THESIS_AUTHOR = " - Sadullah Canakci"


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("### ")]
    papers = []
    for i, n in enumerate(heads):
        m = HEAD.match(lines[n - 1])
        assert m, (n, lines[n - 1])
        title = m.group("title")
        if title.endswith(THESIS_AUTHOR):
            title = title[: -len(THESIS_AUTHOR)].strip()
        stop = heads[i + 1] if i + 1 < len(heads) else len(lines) + 1
        ends = [k for k in range(n + 1, stop) if lines[k - 1].strip() == "</details>"]
        assert len(ends) == 1, (n, ends)
        papers.append(entry(lines, n, ends[0], title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 91, len(papers)
    assert min(by) == 6 and max(by) == 1013, (min(by), max(by))
    assert by[6]["title"] == "Directed Greybox Fuzzing" and by[6]["end"] == 14, by[6]
    assert by[50]["title"] == "Poster: Directed Hybrid Fuzzing on Binary Code", by[50]
    assert by[50]["doi"] == "10.1145/3319535.3363275", by[50]
    assert by[60]["arxiv"] == "1901.11479", by[60]
    assert by[262]["title"] == "BEACON : Directed Grey-Box Fuzzing with Provable Path Pruning", by[262]
    assert by[320]["title"] == "Directing greybox fuzzing to discover bugs in hardware and software", by[320]
    assert by[351]["title"] == "FishFuzz: Throwing Larger Nets to Catch Deeper Bugs", by[351]
    assert by[465]["title"] == "FishFuzz: Catch Deeper Bugs by Throwing Larger Nets", by[465]
    assert by[505]["title"] == "Guiding Directed Fuzzing with Feasibility", by[505]
    assert by[527]["title"] == "SyzDirect: Directed Greybox Fuzzing for Linux Kernel", by[527]
    assert by[527]["arxiv"] is None and by[527]["doi"] is None, by[527]
    assert by[728]["title"] == by[828]["title"], (by[728], by[828])
    assert by[774]["title"] == "Effective Fuzzing within CI/CD Pipelines (Registered Report)", by[774]
    assert by[1013]["title"] == "Attention Distance: A Novel Metric for Directed Fuzzing with Large Language Models"
    assert by[1013]["arxiv"] == "2512.19758" and by[1013]["end"] == 1021, by[1013]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '### [VENUE'YY] Title' heading (91, lines 6-1013) is one entry, a card spanning the heading,"
        " its bracketed link line and its <details> abstract down to '</details>'.  Title = the heading text after"
        " the bracketed venue tag (Poster:/SoK: prefixes and '(Registered Report)' suffixes kept); the author"
        " appended to the thesis title at 320 is cut off.  Theses and duplicate listings are entries.",
        checked="Read all 91 headings and sampled cards; compared the -v output with every heading: odd venue tags,"
        " the thesis with author (320), space-before-colon titles (262, 579), cards without links (527, 666) or"
        " with empty links (742, 766, 979), duplicates (351/465, 728/828), spans ending at </details>, and arXiv"
        " ids / DOIs from the link lines.",
    )


if __name__ == "__main__":
    main()
