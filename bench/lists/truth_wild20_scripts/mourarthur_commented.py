"""Wild20 truth for mourarthur/commented-papers README: one reader's 'Read' and 'To Read' lists of papers.

Shape: two bullet lists, '## Read' (newest first, four items, three linking the reader's own note
files 'notes/Boxplots.md') and '## To Read' (93 items), every item
'- [Title (year)](url)' with sometimes ' - comment' after the link (English or Portuguese), and
once a second link ('[Medium post]', '[static page]').  Papers of economics, finance, political
science, statistics, ML, chemistry, psychology: SSRN, RePEc, JSTOR, PubMed, ScienceDirect, Wiley,
SAGE, arXiv, OSF, lab pages, a Brazilian thesis and two Portuguese articles.

Entry: every bullet, one line each, except line 27, 'Artificial intelligence, algorithmic pricing,
and collusion (2019)', which links a VoxEU column (a policy blog post) rather than the paper.
Reports and working papers (MIT Sloan/BCG 'Winning With AI', World Bank 'Good Dams and Bad Dams',
WID, Federal Reserve FEDS, central bank working paper), a handbook chapter (the Kelly criterion,
ScienceDirect B978...), a thesis (the 'Magic Formula' tese), ACM Queue articles and a paper hosted
on a VC site ('What makes entrepreneurs entrepreneurial?', Sarasvathy 2001, annotated) are kept:
each names one scholarly work.  96 entries.

Title: the link text without the final ' (year)' group; the rest as written ('ThePolitical',
'Performanceof', the '*Magic Formula*' italics cleaned, a closing '?' kept).

Ids: DOIs only where written literally (doi.org, SAGE/T&F/Wiley/Royal Society/Chicago '/doi/',
Springer, PLOS '?id=10.1371/...', science.org, OUP article/doi); RePEc's 'd10.1007_s11205...' slug,
CiteSeerX 'doi=10.1.1...' queries and the AMS '.xml' path are not DOIs; ScienceDirect pii are not.

Counts: 97 bullet lines (grep '^- \\['): 4 under Read + 93 under To Read; minus the VoxEU column.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "mourarthur__commented-papers__README@a7a6d0e.md"
PART = "wild20_development"
LINES = read_lines(NAME)

NOT_PAPERS = {27: "VoxEU column (blog post) on algorithmic pricing"}
NOT_DOI = ("ideas.repec.org", "citeseerx", "journals.ametsoc.org")


def main() -> None:
    papers = []
    bullets = 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith("- ["):
            assert not text.startswith(("- ", "* ")), (i, text)
            continue
        bullets += 1
        if i in NOT_PAPERS:
            assert "voxeu.org" in text
            continue
        m = re.match(r"- \[(.+?) \((\d{4})\)\]\(", text)
        assert m, (i, text)
        e = entry(LINES, i, i, m.group(1))
        if any(host in text for host in NOT_DOI):
            e["doi"] = None
        papers.append(e)
    assert bullets == 97, bullets
    assert len(papers) == 96, len(papers)
    write_truth(NAME, PART, papers,
                "every '- [Title (year)](url)' bullet of the Read and To Read lists is an entry except a VoxEU"
                " column; title = link text without the closing '(year)'",
                "all 96 titles by eye against the file; 97 bullets by grep (4 Read + 93 To Read); the VoxEU column"
                " left out; reports, a handbook chapter, a thesis and ACM Queue articles kept; every DOI checked by"
                " eye (RePEc slug, CiteSeerX query and AMS path are not DOIs); the arXiv ids")


if __name__ == "__main__":
    main()
