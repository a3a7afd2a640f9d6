"""Wild47 truth for iGUITest/GUISurvey README.md: the companion repository of the survey "Vision-Based Mobile App GUI
Testing: A Survey", whose README is one big pipe table of every surveyed paper, exported from ``paper-list.xlsx`` by
``Xlsx2Md.py`` (pandas ``to_markdown``), newest commit (344401e, 2024-10-23).  The table first lived in
``paper-list.md`` (7a1adb5); the newest commit renamed that file to README.md and added the two headings, so the
README is the file taken.

Shape: 277 lines, 65 KB.  ``# Vision-Based Mobile App GUI Testing: A Survey`` (1), ``## Complete Paper List`` (3),
then the table: header ``| Topic | No. | Title | Venue | Year | Source Code | Basis | Category |`` (5), a pandas
alignment row with colons (6), and 271 data rows (7-277), every cell space-padded to the column width.  The Topic cell
is a numbered taxonomy code (``1GEN`` 62 rows, ``2R&R`` 34, ``3FRM`` 56, ``4SRP`` 16, ``5RPT`` 34, ``6ELE`` 39,
``7U&A`` 11, ``8EVA`` 19) and No. restarts at 1 in each topic.  Venue is an acronym or ``Other``; the "Source Code"
column actually holds Black-box/Grey-box/White-box, Basis holds Code/Layout/Image, Category a method class.  No links
and no identifiers anywhere.

Special cases:
- Repeated papers are separate entries: ``Crowdsourced test case generation for android applications via static
  program analysis`` is 1GEN 38 (44) and 1GEN 51 (57) with different Category cells.
- Two different papers start with ``ATOM:`` (148, 162).
- 155 ``Correction to: Data-driven prototyping via natural-language-based GUI retrieval`` (a published correction
  notice) is a row like any other and an entry; the paper itself is 246.
- Titles keep what the spreadsheet held: ligature ``ﬁ`` (107 ``Gamiﬁcation``, 218 ``Identiﬁcation ...
  Classiﬁcation``), a non-breaking hyphen (123 ``Image‑Matching``), curly quotes (116, 178, 250, 266), an en dash
  (260), straight quotes (36 ``Rapid "Crash Testing" ...``), a doubled space (14 ``An  Empirical Study``, collapsed by
  the whitespace normalisation), lower-case sentence titles, and a final full stop on some (173, 174, 187), which is
  a separator and dropped.

Decisions:
- Entry = every data row (one line each); title = the Title cell, padding stripped.
- Not entries: the headings, the header and alignment rows.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "iGUITest__GUISurvey__README@344401e.md"
PART = "wild47_development"

HEAD = re.compile(r"^\| Topic +\| +No\. \| Title +\| Venue +\| +Year \| Source Code +\| Basis +\| Category +\|$")
ALIGN = re.compile(r"^\|(?::?-+:?\|)+$")
ROW = re.compile(
    r"^\| (?P<topic>[1-8][A-Z&]{3}) +\| +(?P<no>\d+) \| (?P<title>[^|]+?) +\| (?P<venue>[A-Za-z/]+) +\|"
    r" +(?P<year>\d{4}) \|(?: [^|]+ \|){3}$"
)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Vision-Based Mobile App GUI Testing: A Survey"
    assert HEAD.match(lines[4]) and ALIGN.match(lines[5]), lines[4]
    papers = []
    topics: dict[str, int] = {}
    for n, ln in enumerate(lines, 1):
        if n <= 6 or not ln:
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        topic, no = m.group("topic"), int(m.group("no"))
        topics[topic] = topics.get(topic, 0) + 1
        assert no == topics[topic], (n, topic, no)
        title = m.group("title")
        assert not re.search(r"[\[\]<>*`|]", title), (n, title)
        papers.append(entry(lines, n, n, title))
    assert topics == {
        "1GEN": 62, "2R&R": 34, "3FRM": 56, "4SRP": 16, "5RPT": 34, "6ELE": 39, "7U&A": 11, "8EVA": 19}, topics
    t = {p["line"]: p for p in papers}
    assert t[7]["title"] == "Sketch-GUIded GUI Test Generation for Mobile Applications", t[7]
    assert t[14]["title"] == (
        "On the Relative Strengths of Model-Based and Dynamic Event Extraction-Based GUI Testing Techniques: An"
        " Empirical Study"), t[14]
    assert t[36]["title"] == 'Rapid "Crash Testing" for Continuously Evolving GUI-Based Software Applications', t[36]
    assert t[44]["title"] == t[57]["title"] == (
        "Crowdsourced test case generation for android applications via static program analysis")
    assert t[107]["title"] == "A Metric Framework for the Gamiﬁcation of Web and Mobile GUI Testing", t[107]
    assert t[123]["title"] == "MAuto: Automatic Mobile Game Testing Tool Using Image‑Matching Based Approach", t[123]
    assert t[173]["title"] == "An automated model-based approach to repair test suites of evolving web applications"
    assert t[260]["title"] == "Automatic GUI Test Generation for Smartphone Applications – an Evaluation", t[260]
    assert t[277]["title"] == "Automata-Based Trace Analysis for Aiding Diagnosing GUI Testing Tools for Android"
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 271, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the single pandas-exported pipe table (7-277, one line each, 271) is an entry; title ="
        " the Title cell with its padding stripped (a final separator dot dropped); the repeated row (44/57) gives two"
        " entries; headings, header and alignment rows are not entries.",
        "Read the header and all 271 rows' Title cells; checked by regex that every row has the 8 cells with a topic"
        " code and a per-topic running No. (62/34/56/16/34/39/11/19); compared -v by eye for 7-60, 100-130, 160-200"
        " and 255-277 plus the special rows: duplicate 44/57, the two ATOM papers 148/162, ligature fi 107/218,"
        " non-breaking hyphen 123, curly quotes 116/178/250/266, en dash 260, straight quotes 36, doubled space 14,"
        " final dots 173/174/187; no links or ids in the file.",
    )


if __name__ == "__main__":
    main()
