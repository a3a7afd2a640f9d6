"""Wild56 truth for BenniProbst/VIA research/phase3_literature_review/_archive/SECTION_9_LITERATURVERZEICHNIS_NEW.md:
"Abschnitt 9: Literaturverzeichnis (Vollständig - 133 Quellen)", the German-framed bibliography chapter of a master's
thesis exposé (industrial automation, DSLs, compilers, microservices, IPC, optimisation, ROS), newest commit touching
the path (3ac7cd3, 2025-10-23, the commit that moved it into ``_archive/`` unchanged).

Shape: 373 lines, 22 KB.  German title/status block (1-5), ``## 9. Literaturverzeichnis`` (9), then ``### 9.x``
sections (German or English names, several only holding an italic German cross-reference such as ``*Siehe Abschnitt
9.3 für Compiler-Papers ...*``) and ``####`` sub-headings; one numbered paragraph per source, numbered 1..133
continuously across sections, blank line between paragraphs.  Sources 1-121 are APA-like with bold authors:
``5. **Wollschlaeger, M., et al.** (2025). AAS Meets OPC UA: A Unified Approach to Digital Twins. *IEEE ... 2025*.``;
for articles/papers the title is plain and the venue italic, for books, standards, theses, reports and web pages the
title itself is italic: ``52. **Fowler, M.** (2010). *Domain Specific Languages*. Addison-Wesley Professional. ISBN``,
``1. **IEC 63278-1:2024**. *Asset Administration Shell ...*. International Electrotechnical Commission (IEC).``
Sources 122-133 (``### 9.15 Additional Research Papers``, 324-359) drop the bold: ``122. Wu, X., et al. (2023).
Multi-Objective ... Scheduling. arXiv:2023.xxxxx`` and, with no authors at all, ``123. Metronome: Efficient Scheduling
for Periodic Traffic Jobs. arXiv``.  A German ``**Zusammenfassung**`` (363-368) and a numbered ``**Nächste Schritte**``
list (370-373, ``1. ✅ Vollständiges Literaturverzeichnis erstellt``) close the file.

Special cases:
- Non-papers (italic title, APA convention for stand-alone works): standards 1-4, 48, 94-96, 119, RFC 89; the PhD
  thesis 17; OPC Foundation / RAMI / acatech / Plattform documents 40, 49-51; books 52, 59-61, 63-64, 79, 85-86, 92,
  102, 117-118, 120; web pages / docs / GitHub projects 73, 90-91, 110-116.  These 39 are not entries.
- Papers without a venue or with ``[Venue TBD]`` (21, 22-25, 41-42, 47, 129) and with only ``arXiv`` (34, 123-128,
  130-133) are entries.  15 (``TU Dresden Technical Report``) and 78 (a chapter in *Present and Ulterior Software
  Engineering*) have plain titles, so are entries.  93 (Vinoski, ``Advanced Message Queuing Protocol``, an IEEE
  Internet Computing column) is an entry.
- Titles containing ``. `` or ``?``-like punctuation: 58 ``Programming vs. That Thing Subject Matter Experts Do``.
- 125 ``Resource Scheduling for UAVs-aided D2D Networks (NSGA-III Application). arXiv``: the parenthesis is the list
  author's note on what the paper is used for, not part of the title, so it is dropped.
- arXiv ids written as ``arXiv:1405.7470`` (71), ``arXiv:2312.10257`` (74), ``arXiv:2311.15460`` (75),
  ``arXiv:2303.14620`` (76), ``arXiv:2311.14283`` (77), ``arXiv:2304.10408`` (87); 122's ``arXiv:2023.xxxxx`` is a
  placeholder, no id.  DOIs written ``DOI: 10....`` at 45, 46, 62, 72, 82, 84, 97-101, 108, 109.
- The ``Nächste Schritte`` list (371-373) and the summary bullets name no papers.

Decisions:
- Entry = one numbered source paragraph (one line) of 9.1-9.15 whose title is plain (an article, paper, chapter,
  report or preprint): 94 entries.  The 39 italic-title sources (books, standards, thesis, docs, web pages) are not
  papers.
- Title = for bold-author lines the text after ``(year). `` up to the ``. `` that starts the italic venue / ``arXiv`` /
  ``[Venue TBD]`` / bare year, or the end; for 122-133 the same after ``(year). `` or, with no authors, from the start
  of the line.  Trailing period dropped.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "BenniProbst__VIA__research__phase3_literature_review___archive__SECTION_9_LITERATURVERZEICHNIS_NEW@3ac7cd3.md"
PART = "wild56_development"

ITEM = re.compile(r"^(?P<num>\d+)\. (?P<rest>.+)$")
BOLD = re.compile(r"^\*\*(?P<who>[^*]+)\*\*(?: \((?P<year>\d{4})\))?\. (?P<tail>.+)$")
PLAIN_AUTHORS = re.compile(r"^[^()]+ \((?P<year>\d{4})\)\. (?P<tail>.+)$")
# the title ends at the '. ' that starts the italic venue, 'arXiv', '[Venue TBD]', a bare year, or the line end
END = re.compile(r"\.(?: (?=\*|arXiv|\[Venue TBD\]|\d{4}\.)|$)")
NOTE = re.compile(r" \((?:NSGA-III Application)\)$")


def title_of(tail: str) -> str | None:
    """The plain title at the start of ``tail``; None when the title is italic (a non-paper)."""
    if tail.startswith("*"):
        return None
    m = END.search(tail)
    assert m, tail
    return NOTE.sub("", tail[: m.start()]).strip()


def main() -> None:
    lines = read_lines(NAME)
    assert lines[8] == "## 9. Literaturverzeichnis", lines[8]
    assert lines[362] == "**Zusammenfassung**:", lines[362]
    papers = []
    nonpapers = []
    for n, ln in enumerate(lines[:362], 1):
        m = ITEM.match(ln)
        if not m:
            continue
        rest = m.group("rest")
        b = BOLD.match(rest)
        if b:
            tail = b.group("tail")
        else:
            p = PLAIN_AUTHORS.match(rest)
            tail = p.group("tail") if p else rest
        title = title_of(tail)
        if title is None:
            nonpapers.append(int(m.group("num")))
            continue
        papers.append(entry(lines, n, n, title))
    by_line = {p["line"]: p for p in papers}
    by_num = {int(lines[p["line"] - 1].split(".", 1)[0]): p for p in papers}
    assert nonpapers == [1, 2, 3, 4, 17, 40, 48, 49, 50, 51, 52, 59, 60, 61, 63, 64, 73, 79, 85, 86, 89, 90, 91, 92,
                         94, 95, 96, 102, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120], nonpapers
    assert len(papers) == 94, len(papers)
    assert by_num[5]["title"] == "AAS Meets OPC UA: A Unified Approach to Digital Twins", by_num[5]
    assert by_num[15]["title"] == "Connection Management Function Module (CMFM) Generality Hierarchy", by_num[15]
    assert by_num[22]["title"] == "SIM-CIP: concept of a spatial information model for complex industrial plants"
    assert by_num[34]["title"] == "Generation of Asset Administration Shell with Large Language Model Agents"
    assert by_num[58]["title"] == "Programming vs. That Thing Subject Matter Experts Do", by_num[58]
    assert by_num[62]["doi"] == "10.1109/cgo.2004.1281665", by_num[62]
    assert by_num[71]["arxiv"] == "1405.7470", by_num[71]
    assert by_num[78]["title"] == "Microservices: yesterday, today, and tomorrow", by_num[78]
    assert by_num[87]["arxiv"] == "2304.10408", by_num[87]
    assert by_num[122]["arxiv"] is None, by_num[122]
    assert by_num[123]["title"] == "Metronome: Efficient Scheduling for Periodic Traffic Jobs", by_num[123]
    assert by_num[125]["title"] == "Resource Scheduling for UAVs-aided D2D Networks", by_num[125]
    assert by_num[133]["title"] == "Towards Deterministic Communications in 6G Networks", by_num[133]
    assert by_line[359] is by_num[133]
    write_truth(
        NAME,
        PART,
        papers,
        method="Each numbered source paragraph (one line) of sections 9.1-9.15 whose title is plain text is an entry"
        " (journal/conference papers, chapters, reports, arXiv preprints); sources whose title is italic (books,"
        " standards, the PhD thesis, OPC/RAMI/acatech documents, web pages and GitHub projects) are not papers."
        "  Title = the text after '**Authors** (year). ' (or, in 9.15 without bold, after 'Authors (year). ' or from"
        " the line start when there are no authors) up to the '. ' that opens the italic venue, 'arXiv', '[Venue"
        " TBD]' or a bare year, or the line end; 125's '(NSGA-III Application)' note is dropped.  The closing"
        " 'Nächste Schritte' list is not part of the bibliography.",
        checked="Read all 133 sources and the -v output line by line: the 39 italic-title non-papers, every title's"
        " start and end (58's 'vs.', 78's chapter, 122-133 without bold or authors), the arXiv ids written"
        " 'arXiv:NNNN.NNNNN' (71, 74-77, 87) and the placeholder at 122, and the 'DOI: ' DOIs.",
    )


if __name__ == "__main__":
    main()
