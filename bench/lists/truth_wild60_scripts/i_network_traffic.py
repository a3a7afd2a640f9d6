"""Wild60 truth for wangtz19/Awesome-NTA README.md at f80ccce (2026-04): "Awesome Network Traffic Analysis", a
networking/security list of papers (traffic classification, generation, intrusion detection, robustness,
explainability, fingerprinting, APT/provenance IDS, distribution shift, datasets & benchmarks) followed by
dataset and tool tables.

Shape: 397 lines.  Centered HTML banner and title (1-5), a nested TOC of ``- [Name](#anchor)`` links (7-41),
``## Papers`` (43) with ``###``/``####`` sub-sections whose items are ``- `` bullets (45-280):
``- <Title>, `<Venue> <Year>` [[paper](url)] [[code](url)]`` (venue in backticks; links optional).  Then
``## Datasets`` (282) with pipe tables ``| Dataset | Year | Description | Classes | Format | Size | Link |`` and
``## Tools`` (351) with ``| Tool | Type | Language | Description | Link |`` tables, and ``## License`` (394).

Special cases:
- No link at all: 63 (``PTU: ...``), 136, 138, 139, 140, 211 (``NeurIPS Workshop 2024``), 275.
- 275 has only a year in backticks (``, `2021```); 273, 277-280 put a dataset name in the venue slot
  (``ToN-IoT:BoT-IoT 2022``, ``ISCXVPN2016 2016``).
- 50 writes an HTML entity (``Dos and Don&apos;ts of ...``): decoded to ``'`` in the title.
- 141 (``$\\mathsf{TCG}\\text{-}\\mathsf{IDS}$ : Robust ...``) and 222 (``I $^{2}$ RNN: An Incremental ...``)
  write LaTeX math in the title: kept verbatim (no rendering is imposed).
- 274 ``ToN_IoT: ...`` has a literal underscore; the curly apostrophes of 216 (``Everybody’s ... Practitioners’``)
  are kept.
- Paper links are doi.org / dl.acm.org / arxiv.org / publisher pages; 83 and 261 are both titled ``TrafficLLM: ...``
  (different papers), and several arXiv-venue items link a DOI instead of arXiv (e.g. 76, 137).
- Dataset table rows (286-349) name datasets, some mentioning the paper they come from (314 ``ASIACCS '23``, 334
  ``Moore & Zuev's SIGMETRICS '05 paper``), and tool rows (355-392) name software: not entries.

Decisions:
- Entry = every top-level ``- `` bullet containing ``, ``` `` (the backticked venue): 221, one line each.  TOC
  bullets (links to anchors), table rows and the license are not entries.
- Title = the text before the first ``, ``` ``, with HTML entities decoded.
- arXiv ids and DOIs come from the links by the helper.
"""
import html

from _wild60 import entry, read_lines, write_truth

NAME = "wangtz19__Awesome-NTA__README@f80ccce.md"
PART = "wild60_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("- ") and ", `" in ln:
            title = html.unescape(ln[2:].split(", `", 1)[0].strip())
            papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 221, len(papers)
    assert min(by) == 45 and max(by) == 280, (min(by), max(by))
    assert by[45]["title"] == (
        "A Comprehensive Survey on Network Traffic Synthesis From Statistical Models to Deep Learning"
    )
    assert by[45]["arxiv"] == "2507.01976", by[45]
    assert by[46]["doi"] == "10.1145/3675741.3675754", by[46]
    assert by[50]["title"] == "Dos and Don'ts of Machine Learning in Computer Security", by[50]
    assert by[63]["title"] == "PTU: Pre-trained Model for Network Traffic Understanding", by[63]
    assert by[141]["title"].startswith("$\\mathsf{TCG}\\text{-}\\mathsf{IDS}$ : Robust Network"), by[141]
    assert by[222]["title"].startswith("I $^{2}$ RNN: An Incremental"), by[222]
    assert by[275]["title"] == "A Detailed Analysis of the CICIDS2017 Benchmark Dataset for Intrusion Detection"
    assert by[280]["title"] == "Characterization of Encrypted and VPN Traffic using Time-related Features"
    assert by[84]["title"] == "When Simple Model Just Works: Is Network Traffic Classification in Crisis?", by[84]
    for n in (8, 25, 286, 314, 334, 355):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every top-level '- ' bullet with a backticked venue ('- Title, `Venue Year` [[paper](url)]...') in"
        " the Papers part is one paper on one line: 221.  Title = the text before ', `' with HTML entities"
        " decoded (50); LaTeX math in 141 and 222 is kept verbatim.  The TOC, the dataset and tool tables and the"
        " license are not entries.",
        checked="Read the whole file; compared the -v titles with the bullets of every section, checked the"
        " link-less items (63, 136, 138-140, 211, 275), the year-only/dataset-name venues (273-280), the entity"
        " (50) and LaTeX (141, 222) titles, and the arXiv ids / DOIs taken from the links; table rows excluded.",
    )


if __name__ == "__main__":
    main()
