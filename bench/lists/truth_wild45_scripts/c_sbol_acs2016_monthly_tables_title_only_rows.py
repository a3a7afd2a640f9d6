"""Wild45 truth for SynBioDex/SbolStandardWebsite content/sbolv-10-years/acs-2016/index.md: the SBOL standard
community site's "SBOL Visual 10 years" survey page for 2016, listing the ACS Synthetic Biology articles of that year
whose figures were found compatible with SBOL Visual, month by month, with counts of compliant images.

Shape (137 lines, trailing double spaces on the front-matter lines): Hugo YAML front matter (1-16) whose comment
lines look like Markdown headings (``# View.``, ``#   1 = List``, ``# Optional header image ...``); ``# Summary``
with five bold-labelled bullets of totals (19-23, e.g. ``**Total Articles Analyzed:** 169``); ``# Individual
issues``; then one ``## Month`` heading per month (January .. December, no May) each followed by a four-column
table ``|Article|No. of SBOL Visual compliant images|No. of SBOL Visual images following Best practices||`` with a
centred separator row.  Every data row is ``|Article title|n|m|:star:|`` or ``|Article title|n|m||``: the title is
plain text (no link, no authors, no id); titles hold en dashes, curly quotes (78, 127), a Greek beta (116), an em
dash joining a name (114 ``EcoExpress—Highly Efficient ...``), parentheses (120, 136).

Decisions:
- Entries (58): every data row of the monthly tables; each names one ACS Synthetic Biology article (research
  articles, letters, technical notes and one viewpoint, 101 ``Mammalian Synthetic Biology: Time for Big MACs``).
  Header rows, separator rows, month headings, the summary bullets (totals, not papers) and the front matter are
  not entries.
- Title: the first cell, as written.
- Ids: none in the file (asserted).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "SynBioDex__SbolStandardWebsite__content__sbolv-10-years__acs-2016__index@860aa3f.md"
PART = "wild45_development"

HEADER = "|Article|No. of SBOL Visual compliant images|No. of SBOL Visual images following Best practices||"
SEPARATOR = "| :---: | :---: | :---: | :---: |"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_month: dict[str, int] = {}
    month = ""
    for n, ln in enumerate(lines, 1):
        if n <= 23:
            assert not ln.startswith("|"), (n, ln)
            continue
        if ln.startswith("## "):
            month = ln[3:].strip()
            continue
        if not ln.startswith("|") or ln in (HEADER, SEPARATOR):
            assert not ln.strip() or ln == "# Individual issues" or ln in (HEADER, SEPARATOR), (n, ln)
            continue
        cells = ln.split("|")
        assert len(cells) == 6 and cells[0] == cells[5] == "", (n, ln)
        assert cells[2].isdigit() and cells[3].isdigit() and cells[4] in ("", ":star:"), (n, ln)
        per_month[month] = per_month.get(month, 0) + 1
        papers.append(entry(lines, n, n, cells[1]))
    assert per_month == {
        "January": 3, "February": 1, "March": 4, "April": 1, "June": 6, "July": 11, "August": 2,
        "September": 3, "October": 6, "November": 9, "December": 12,
    }, per_month
    assert len(papers) == 58, len(papers)
    assert not any(p["doi"] or p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each data row of the eleven monthly tables ('|Article title|n|m|:star:|') is one ACS Synthetic Biology 2016"
        " article (58); title = the first cell as written; header and separator rows, month headings, the summary"
        " totals and the YAML front matter (whose '# ...' comment lines look like headings) are not entries; no ids.",
        "Whole file read (137 lines): every row outside the tables and every table's header/separator asserted; rows per"
        " month asserted (3, 1, 4, 1, 6, 11, 2, 3, 6, 9, 12; no May) with the counts cells numeric and the last cell"
        " empty or ':star:'; all 58 -v titles compared with their rows, including the curly quotes (78, 127), en/em"
        " dashes (38, 74, 79, 113, 114), beta (116), parentheses (120, 136) and the viewpoint row 101; no ids (asserted).",
    )


if __name__ == "__main__":
    main()
