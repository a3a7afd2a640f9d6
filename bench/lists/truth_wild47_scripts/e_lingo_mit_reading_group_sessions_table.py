"""Wild47 truth for lingo-mit/lingo-website reading-group.md: the MIT LINGO lab's reading-group page, an archive of
the sessions read in themed rounds (Feb.-June 2026); newest commit (22df66e, 2026-06-23).

Shape: 40 lines, 4 KB.  Jekyll front matter (1-4), ``## Reading Group`` (6), three prose paragraphs (8-16),
``### Current Theme`` with the theme name (18-20), ``### Sessions`` (22), then one five-column pipe table
``| Date | Theme | Reading / session | Authors | Format |`` (24) with an alignment row (25) and 14 data rows (26-39),
newest first, closed by a kramdown attribute line ``{: .sessions-table }`` (40).  The Reading cell is always one
linked title ``[Title](url)``; the Authors cell holds the authors as written (``Jamie Simon et al.``, ``J. J.
Hopfield``); the Format cell says who led it (``Discussion led by [Name](homepage)``, ``Speaker: [Name](homepage)``,
``Group discussion``).

Special cases:
- Links go to arXiv abs pages (10 rows), a PDF on LeCun's site (29), PNAS ``/doi/10.1073/...`` (30), Annual Reviews
  ``/content/journals/10.1146/...`` (32) and a Deep Blue repository item (35); the Format cell's links are people's
  homepages, not papers.
- ``A Tutorial on Energy-Based Learning`` (29) is a book chapter / tutorial and ``Telling More Than We Can Know``
  (35) a 1977 Psychological Review article: both research works, kept.
- ``mHC: Manifold-Constrained Hyper-Connections`` (38) keeps its nickname prefix; titles keep their case
  (``What do language models learn when they learn language?`` 31).
- Only 14 entries: the page is young (first written 2026-05-29).

Decisions:
- Entry = every data row of the table (one line each); title = the link text of the Reading cell.
- Not entries: headings, prose, the theme line, header/alignment rows, the kramdown attribute line.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "lingo-mit__lingo-website__reading-group@22df66e.md"
PART = "wild47_development"

HEAD = "| Date | Theme | Reading / session | Authors | Format |"
ALIGN = "| --- | --- | --- | --- | --- |"
ROW = re.compile(r"^\| (?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4}) \| (?P<theme>[^|]+?) \| \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)"
                 r" \|(?P<authors>[^|]+)\|(?P<format>[^|]+)\|$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[5] == "## Reading Group"
    start = lines.index(HEAD) + 1
    assert lines[start] == ALIGN
    papers = []
    for n, ln in enumerate(lines, 1):
        if n <= start + 1 or not ln.startswith("|"):
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    assert lines[39] == "{: .sessions-table }"
    t = {p["line"]: p for p in papers}
    assert (t[26]["title"], t[26]["arxiv"]) == ("There Will Be a Scientific Theory of Deep Learning", "2604.21691"), t[26]
    assert (t[30]["doi"], t[30]["arxiv"]) == ("10.1073/pnas.79.8.2554", None), t[30]
    assert t[32]["doi"] == "10.1146/annurev-psych-022423-032425", t[32]
    assert (t[35]["title"], t[35]["doi"]) == ("Telling More Than We Can Know: Verbal Reports on Mental Processes", None)
    assert t[38]["title"] == "mHC: Manifold-Constrained Hyper-Connections", t[38]
    assert len(papers) == 14, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the single sessions table (26-39) is an entry (14); title = the link text of the"
        " 'Reading / session' cell; authors, theme and format cells (whose links are people's homepages) are not"
        " title text; headings, prose, the current-theme line and the kramdown '{: .sessions-table }' line are not"
        " entries.",
        "Read all 40 lines; compared -v for all 14 rows: titles as written (case of 31, nickname prefix 38), arXiv ids"
        " from the 10 arXiv rows, DOIs from the PNAS (30) and Annual Reviews (32) URLs, none for the LeCun PDF (29)"
        " and the Deep Blue item (35).",
    )


if __name__ == "__main__":
    main()
