"""Wild49 truth for IntelligentDDS/awesome-papers Root_cause_analysis/README.md: a Chinese AIOps group's list of
papers on root cause analysis in distributed systems / microservices (one topic file of a multi-folder awesome repo),
newest commit touching the file (91747e7).

Shape: 119 lines (no final newline), 13 KB.  ``# Root cause analysis in distributed system`` (1), a bold ``**Content**`` table of contents
(3-15, anchor links, not entries), then eleven ``## `` sections (Metric 18, Log 42, Trace 52, Metric and Log 74,
Metric and Trace 77, Metric, Log and Trace 80, Network 91, Alert 97, Knowledge Graph 104, Change 108, Profile 114).
Each paper is one line ``- YY_VENUE_Title [[paper]](url) [[code]](url) [[data]](url)``: the title carries a glued
prefix of a two-digit year and a venue joined by underscores (``23_Asplos_``, ``21_ICSE Workshop_``, ``22_ICSE-SEIP_``,
``21_Usenix ATC_``, ``20_Applied Science_``), followed by bracketed link labels.

Special cases:
- 32 ``20_VLDB_VLDB_Diagnosing Root Causes ...``: the venue is written twice (two prefix segments).
- 98 ``22_Online Summarizing Alerts ...``: year only, no venue segment.
- 82-83 ``23_FSE_Nezha: Nezha: Interpretable Fine-Grained Root Causes Analysis for`` / ``Microservices on ...``: the
  title wraps onto a second, unbulleted line; the doubled ``Nezha: Nezha:`` is the list's own and kept.
- 109-111 (Change) and 116-119 (Profile): the items lost their ``- `` bullets, so in Markdown each group is one
  paragraph of three / four lines; still one paper per line.  111 writes ``[paper](url)`` with single brackets, 47 writes
  ``[code](url)``.
- Trailing ``Awarded Best Paper! 👍`` after the links (38, 59) is a note, not title text.
- 110 (Orca, OSDI 18, Change) repeats 38 (Metric) with another link: two entries.
- ``ϵ-Diagnosis`` (36), ligatures ``Efﬁcient`` (29) and ``Proﬁling`` (119), ``Systemswith`` (93),
  ``T-Rank:A`` (64) are kept as written.

Decisions:
- Entry = every line opening (after an optional ``- ``) with ``NN_``, up to the line holding its ``[paper]`` link
  (82-83 spans two lines): 73 entries.
- Title = the text before the first bracketed link label, with the ``NN_`` year and every ``VENUE_`` segment dropped
  (the text after the last underscore; no title in the file contains an underscore), a trailing space trimmed.
- Not entries: the table of contents, headings.
- Ids from the entry's lines: arXiv abs/pdf links give arXiv ids; ACM ``/doi/...``, Wiley ``doi/full/10.1002``, Springer
  ``/chapter/10.1007/...`` and ``/content/pdf/10.1007/...`` links give DOIs (the helper decides; 46 gives the
  ACM-hosted IEEE DOI ``10.1109/icse.2019.00031``, 119 an ACM ``10.5555/...`` id).
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "IntelligentDDS__awesome-papers__Root_cause_analysis__README@91747e7.md"
PART = "wild49_development"

START = re.compile(r"^(?:- )?(?P<year>\d{2})_(?P<rest>.*)$")
LABEL = re.compile(r"\s*\[\[?(?:paper|code|data)\]\]?\(")
PAPER = re.compile(r"\[\[?paper\]\]?\(")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Root cause analysis in distributed system"
    papers = []
    n = 1
    while n <= len(lines):
        m = START.match(lines[n - 1])
        if not m:
            assert not PAPER.search(lines[n - 1]), (n, lines[n - 1])
            n += 1
            continue
        first = n
        text = m.group("rest")
        while not PAPER.search(lines[n - 1]):
            n += 1
            text += " " + lines[n - 1].strip()
        last = n
        head = LABEL.split(text, maxsplit=1)[0]
        title = head.split("_")[-1].strip()
        assert title and not re.search(r"[\[\]()]", title), (first, head)
        papers.append(entry(lines, first, last, title))
        n += 1
    t = {p["line"]: p for p in papers}
    assert (t[19]["title"], t[19]["doi"]) == (
        "ShapleyIQ: Influence Quantification by Shapley Values for Performance Debugging of Microservices",
        "10.1145/3623278.3624771"), t[19]
    assert t[28]["title"] == "MicroDiag: Fine-grained Performance Diagnosis for Microservice Systems", t[28]
    assert t[32]["title"] == "Diagnosing Root Causes of Intermittent Slow Queries in Cloud Databases", t[32]
    nezha = "Nezha: Nezha: Interpretable Fine-Grained Root Causes Analysis for Microservices on Multi-Modal Observability Data"
    assert (t[82]["end"], t[82]["title"]) == (83, nezha), t[82]
    assert t[98]["title"] == "Online Summarizing Alerts through Semantic and Behavior Information", t[98]
    assert t[106]["title"].startswith("A Causality Mining and Knowledge Graph Based Method"), t[106]
    assert t[111]["title"] == ("Staged Deployment in Mirage, an Integrated Software Upgrade Testing and Distribution"
                               " System"), t[111]
    assert t[38]["title"] == t[110]["title"] == "Orca: Differential Bug Localization in Large-Scale Services"
    assert t[20]["arxiv"] == "2207.08369", t[20]
    assert len(papers) == 73, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every line opening with a 'NN_' year prefix (bulleted, or unbulleted in Change 109-111 / Profile 116-119) is"
        " one paper, running to the line with its '[paper]' link (82-83 wraps): 73 entries; title = the text before"
        " the first '[[paper]]'/'[[code]]'/'[[data]]' label with the 'NN_' year and the 'VENUE_' segments (one, two for"
        " 20_VLDB_VLDB_, none for 22_Online...) dropped; the repeated Orca (38, 110) counts twice; the table of"
        " contents and headings are not entries.",
        "Read all 119 lines; compared -v for every entry: prefixes with spaces or hyphens in the venue (ICSE Workshop,"
        " ICSE-SEIP, Usenix ATC, Applied Science) removed, double venue 32, no venue 98, wrapped Nezha 82-83 with the"
        " doubled 'Nezha:' kept, unbulleted lines 109-111/116-119, single-bracket '[paper]' 111, 'Awarded Best"
        " Paper!' notes not in titles; ids from arXiv, ACM DL, Wiley and Springer links only.",
    )


if __name__ == "__main__":
    main()
