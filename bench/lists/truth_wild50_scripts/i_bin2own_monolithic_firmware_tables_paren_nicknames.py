"""Wild50 truth for Bin2Own/Awesome-Monolithic-Firmware papers.md: an index of security research papers on monolithic
(bare-metal / MCU / RTOS / PLC) firmware -- rehosting, fuzzing, hotpatching -- newest commit (afd0857).

Shape: 76 lines, 21 KB, two pipe tables.  ``# Security Research Papers for Monolithic Firmware`` (1), a one-line
blurb (2), ``## Research Papers`` (4), then the main table (5-70):
``| Paper | Venue | Year | Slide | Video | Source Code | Dataset | Tag |`` with an alignment row (6) and 64 data rows,
newest first (2026 down to 2019).  The Paper cell is one Markdown link ``[Title](url)``; most rows open with ``| [``,
two without the space (``|[DyMA-Fuzz: ...`` 11, ``|[Update If You Dare: ...`` 17).  The Slide/Video/Source/Dataset
cells hold links or placeholders (``–``, ``-``, ``--``, ``S``/``V``); the last cell is a comma-separated tag list.
Row 47 lacks the closing pipe; row 70 has a space after it.
``## SoK Papers`` (72) then a second, four-column table (73-76: header, alignment, 2 rows).

Special cases:
- Four titles end with a parenthesised tool nickname inside the link text: ``... in PLCs (LogicFuzz)`` 14,
  ``... State Machine Recovery (Ta'veren)`` 15, ``... Embedded Network Stacks (Pemu)`` 21,
  ``... Bare-metal Embedded Devices (μSBS)`` 52.  These are the list's nickname tags, not title text: dropped.
- ``Facilitating Non-Intrusive In-Vivo Firmware Testing with Stateless Instrumentation`` is listed twice (34 and 38):
  two entries.
- Titles kept as written, typos included (``viaRun-Time`` 22, ``Analysis ofEmbedded`` 70, ``A Friend’s Eye`` curly
  apostrophe 36, non-breaking hyphens ``Specification‑Guided`` 54 / ``Re‑hosting`` 68, ``μAFL`` 51).
- Source-code and dataset links (GitHub, Zenodo DOIs ``10.5281/zenodo...`` on 16, 27, 34, 38) share the row: the
  entry spans the row, so a Zenodo DOI in the Dataset cell is the row's DOI when the paper link has none.

Decisions:
- Entry = every data row of both tables (one line each, 66); title = the Paper cell's link text, a trailing
  ``(Nickname)`` dropped.
- Not entries: headings, blurb, table headers and alignment rows.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "Bin2Own__Awesome-Monolithic-Firmware__papers@afd0857.md"
PART = "wild50_development"

HEAD = re.compile(r"^\| Paper \| Venue \| Year \|")
ALIGN = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+$")
ROW = re.compile(r"^\|\s?\[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)\s*\|(?P<rest>.*)$")
NICK = re.compile(r"\s\((?P<nick>LogicFuzz|Ta'veren|Pemu|μSBS)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Security Research Papers for Monolithic Firmware"
    papers = []
    tables: list[int] = []
    nicks = []
    for n, ln in enumerate(lines, 1):
        if HEAD.match(ln):
            tables.append(0)
            continue
        if not ln.startswith("|") or ALIGN.match(ln):
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        title = m.group("title").strip()
        t = NICK.search(title)
        if t:
            nicks.append(n)
            title = title[: t.start()]
        assert "(" not in title and "[" not in title, (n, title)
        papers.append(entry(lines, n, n, title))
        tables[-1] += 1
    assert tables == [64, 2], tables
    assert nicks == [14, 15, 21, 52], nicks
    t = {p["line"]: p for p in papers}
    assert t[7]["title"].startswith("Stop Starving or Stuffing Me: Boosting Firmware Fuzzing"), t[7]
    assert t[11]["title"] == ("DyMA-Fuzz: Dynamic Direct Memory Access Abstraction for Re-hosted Monolithic Firmware"
                              " Fuzzing"), t[11]
    assert t[14]["title"] == "An LLM-Driven Fuzzing Framework for Detecting Logic Instruction Bugs in PLCs", t[14]
    assert t[15]["title"] == "Discovering Blind-Trust Vulnerabilities in PLC Binaries via State Machine Recovery"
    assert t[21]["arxiv"] == "2509.13740", t[21]
    assert t[34]["title"] == t[38]["title"], (t[34], t[38])
    assert t[39]["doi"] == "10.1145/3643916.3644407", t[39]
    assert t[51]["title"] == "μAFL: Non-intrusive Feedback-driven Fuzzing for Microcontroller Firmware", t[51]
    assert t[70]["title"] == "Toward the Analysis ofEmbedded Firmware through Automated Re-hosting", t[70]
    assert t[76]["title"] == "A Survey of Operating System Kernel Fuzzing", t[76]
    assert len(papers) == 66, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the two pipe tables (Research Papers 7-70, 64 rows; SoK Papers 75-76, 2 rows) is an entry"
        " (66); title = the Paper cell's link text as written, a trailing parenthesised tool nickname (LogicFuzz 14,"
        " Ta'veren 15, Pemu 21, μSBS 52) dropped; the repeated NDSS 2024 paper (34, 38) is two entries; headings,"
        " blurb, headers and alignment rows are not entries.",
        "Read all 76 lines; compared -v for every row: the two rows without a space after the opening pipe (11, 17),"
        " the four nickname suffixes dropped, typos kept ('viaRun-Time' 22, 'ofEmbedded' 70), curly apostrophe 36,"
        " non-breaking hyphens 54/68, the duplicate 34/38; row 47 without its closing pipe, 70 with a trailing space;"
        " ids: arXiv links 11 (arxiv html), 21, 25, 51; DOIs"
        " from dl.acm.org (39-42, 47, 55, 67, 76), Springer chapter 43, and Zenodo artifact DOIs in the Dataset cell"
        " (16, 27, 34, 38), kept since the entry spans the whole row.",
    )


if __name__ == "__main__":
    main()
