"""Wild41 truth for CERTCC/CERT-Guide-to-CVD docs/reference/bibliography.md (commit 2bae22b, March 2024): the
bibliography of the CERT Guide to Coordinated Vulnerability Disclosure, a security guide published as a
documentation site, converted from a Confluence page with pandoc.  The file was deleted from the repository in
the next change to it (cc4614a, "clean up reference section"), so the last version before the deletion is used.

Shape: "# Bibliography", a bold "**Bibliography**" line and an italic note (1-5), then one pandoc "simple table"
(7-170) between two dashed rule lines, one row per reference, 162 rows:
    \\[12\\]    J. Ryoo, R. Kazman and P. Anand, "Architectural Analysis for Security," *IEEE Security & Privacy,*
               vol. 13, no. 6, pp. 52-59, 2015.
(all on one line).  The references are in IEEE style with the title in double quotes (books unquoted), the
container in italics, "[Online]. Available: <url>. [Accessed ...]" for web sources, "&mdash;" entities in a few
titles.  Most rows are not scholarly works: web sites and home pages (FIRST, MITRE CVE/CWE/CAPEC, vendors,
CSIRTs, bug-bounty companies, conferences), CERT/CC vulnerability notes and an advisory, blog posts, news
articles, press releases, FTC cases, codes of ethics, ISO standards, RFCs and Internet-Drafts, books (Shostack,
McGraw, Kahneman, Axelrod, "Tao: The Watercourse Way"), a dictionary entry, a Wikipedia article, a test suite,
a spreadsheet, a conference talk and a speech.

Decisions:
- Entries: the 21 rows that cite a scholarly work: journal and magazine articles (12 IEEE S&P, 22 Information
  Systems Frontiers, 37 CACM, 41 Policy Sciences, 100 PLOS One, 161 Computers & Security), conference and
  workshop papers (36, 38, 70, 98, 110, 111, 143), and technical or research reports (4 NISTIR 7298, 21 NIST SP
  800-40, 28 SEI white paper "Systemic Vulnerabilities", 30 NTIA research report, 69 NIAC final report, 87 SANS
  GIAC practical paper, 112 RAND report, 113 SSRN working paper).  Borderline rows left out: ISO standards (17,
  45), RFCs (85, 86, 124) and Internet-Drafts (18, 155), which are standards documents; the US-CERT "Build
  Security In" web article (11); the Black Hat 2013 talk (148) and Geer's speech text (157); MITRE/CERT policy and
  specification pages (81, 84, 149); the CERT SNMP advisory (95) and vulnerability notes (2, 90-92, 96, 97).
- Span: the row's single line.
- Title: the quoted text, without the closing "," that IEEE style puts inside the quotes ("?" kept, 36).
- Ids: none (no DOI or arXiv id is written in these rows; the SSRN abstract URL gives none).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "CERTCC__CERT-Guide-to-CVD__docs__reference__bibliography@2bae22b.md"
PART = "wild41_development"

ROW = re.compile(r"^  \\\[(\d+)\\\]\s+(.+)$")
QUOTED = re.compile(r'"(.+?)(?:,"|(?<=[?!])")')
PAPERS = {4, 12, 21, 22, 28, 30, 36, 37, 38, 41, 69, 70, 87, 98, 100, 110, 111, 112, 113, 143, 161}


def main() -> None:
    lines = read_lines(NAME)
    rows = {}
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if m:
            rows[int(m.group(1))] = n
        else:
            assert n <= 5 or not ln.strip() or ln.lstrip().startswith("---"), (n, ln)
    assert sorted(rows) == list(range(1, 163)), sorted(rows)
    papers = []
    for num in sorted(PAPERS):
        n = rows[num]
        q = QUOTED.search(ROW.match(lines[n - 1]).group(2))
        assert q, (n, lines[n - 1])
        papers.append(entry(lines, n, n, q.group(1)))
    assert len(papers) == 21, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "The bibliography is one pandoc simple table of 162 IEEE-style reference rows; the 21 rows citing a"
        " scholarly work (journal/magazine articles, conference papers, technical and research reports) are"
        " entries, the web pages, vulnerability notes, blogs, news, standards, RFCs, drafts, books, talks and"
        " speeches are not; title = the quoted title without IEEE's closing comma; no ids.",
        "Script asserts the 162 rows are numbered 1-162 on one line each between the table rules; every one of the"
        " 162 rows read and classified by hand (the 21 kept listed in the docstring with their kind, the borderline"
        " ones left out listed too); -v output compared with the file for all 21 titles (the '?'-final 36, the"
        " NIST report titles 4/21 that include their report numbers, the long NIAC title 69).",
    )


if __name__ == "__main__":
    main()
