"""Wild62 truth for pulp-platform/iDMA README.md at 2557a7d: the README of an open-source DMA engine (PULP platform,
computer architecture / systems); its ``## Publications`` section is the project's bibliography: the project's own
paper as a BibTeX block, then the 'systems/publications that make use of iDMA' as ``<details>`` cards.

Shape: 509 lines.  Badges and project description (1-31).  ``## Publications`` (33): 'you can cite us' and a fenced
BibTeX ``@article{benz2023highperformance, title={A high-performance, energy-efficient modular DMA engine
architecture}, ...}`` (36-47); 'The following systems/publications make use of iDMA:' (49); 21 cards (51-446), each
``<details>`` / ``<summary><b>Title</b></summary>`` / ``<p>`` / fenced BibTeX with the same title / ``</p>`` /
``</details>``.  Then ``## License``, ``## Contributing``, ``## Getting Started`` (build and simulation notes).

Special cases:
- The project's own paper (36-47) has no card and no summary line: its title is the BibTeX ``title={...}``; it is
  an entry (it is listed under ``## Publications`` as a full reference).
- Titles are the summary text; the BibTeX title sometimes differs in case (167 vs 172 'Sparse stream semantic
  registers'), the summary is used.  300 keeps its curly quotes: ``”Interrupting” the Status Quo: ...``.  358
  writes ``83\\%`` (a TeX escape copied into the HTML summary): the title is written ``83% FPU utilization``.
- Two different AXI-REALM papers (321, 394) and two different Occamy papers (358, 411): four entries.
- arXiv ids: 430's card has ``eprint={2502.18953}`` and an arxiv.org URL, 377/394 write ``arXiv:2410.15985`` /
  ``arXiv:2501.10161``; PsPIN (72) and MemPool (227) write the id only as ``journal={ArXiv}, volume={abs/2010.03536}``
  / ``abs/2303.17742``: set by hand when the helper misses it.  No DOIs in the file.

Decisions: entry = the own-paper BibTeX block (36-47) and each ``<details>`` card (``<details>`` .. ``</details>``).
Title = ``title={...}`` of 38 / the text inside ``<summary><b>..</b></summary>``.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "pulp-platform__iDMA__README@2557a7d.md"
PART = "wild62_held_out"

SUMMARY = re.compile(r"^<summary><b>(.+)</b></summary>\s*$")
ABS = re.compile(r"volume=\{abs/(\d{4}\.\d{4,5})\}")


def main() -> None:
    lines = read_lines(NAME)
    papers = [entry(lines, 36, 47, "A high-performance, energy-efficient modular DMA engine architecture")]
    assert "title={A high-performance, energy-efficient modular DMA engine architecture}" in lines[37]
    start = None
    for n, ln in enumerate(lines, 1):
        if ln.strip() == "<details>":
            start, title = n, None
        elif start and SUMMARY.match(ln):
            title = SUMMARY.match(ln).group(1).replace("\\%", "%")
        elif ln.strip() == "</details>" and start:
            p = entry(lines, start, n, title)
            if p["arxiv"] is None:
                m = ABS.search("\n".join(lines[start - 1 : n]))
                if m:
                    p["arxiv"] = m.group(1)
            papers.append(p)
            start = None
    by = {p["line"]: p for p in papers}
    assert len(papers) == 22, len(papers)
    assert by[51]["title"].startswith("An Open-Source Platform for High-Performance"), by[51]
    assert by[71]["arxiv"] == "2010.03536", by[71]
    assert by[226]["arxiv"] == "2303.17742", by[226]
    assert by[376]["arxiv"] == "2410.15985" and by[393]["arxiv"] == "2501.10161", (by[376], by[393])
    assert by[429]["arxiv"] == "2502.18953", by[429]
    assert by[357]["title"].startswith("Occamy: A 432-core 28.1 DP-GFLOP/s/W 83% FPU utilization"), by[357]
    assert by[299]["title"].startswith("”Interrupting” the Status Quo"), by[299]
    assert sum(1 for p in papers if p["title"].startswith("AXI-REALM")) == 2
    assert all(p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries: the project's own paper given as a fenced BibTeX block under '## Publications' (36-47,"
        " title = its title={...}) and each '<details>' card of 'systems/publications that make use of iDMA'"
        " (span <details>..</details>, title = the <summary><b>..</b></summary> text, TeX escape '\\%' written as"
        " '%').  arXiv ids written only as BibTeX 'volume={abs/NNNN.NNNNN}' with journal ArXiv are set by hand"
        " when the helper does not read them.  Badges, protocol links, license and build notes are not entries.",
        checked="Read the Publications section whole; compared the -v output with all 21 summary lines and the"
        " BibTeX blocks (spans, titles, arXiv ids in eprint/url/journal/volume fields), the two AXI-REALM and two"
        " Occamy papers, the curly-quoted and \\%-escaped titles.",
    )


if __name__ == "__main__":
    main()
