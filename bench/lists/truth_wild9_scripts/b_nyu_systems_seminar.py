"""Wild9 truth for nyu-systems/nyu-systems-seminar README.md: NYU systems reading group, schedule per term.

Shape: prose (topics with conference links to dblp), then one pipe table per term ('### Spring
2024', '### Fall 2023 (System Challenges Posed By LLMs)', '### Spring 2023 (Cloud Scale
Databases)', '### Spring 2021', '### Fall 2020', '### Spring 2020') with columns Date | Discussion
Lead | Paper Title and Link | Conference.  The third cell holds '[Title](url)', since 2023 often
two papers joined by ' / '; the Conference cell links venues ('[OSDI'10](..)', '[ArXiv](https://arxiv.org/)'),
which are not papers.

Entry: every link of a row's 'Paper Title and Link' cell (50 = 2 + 8 + 17 + 11 + 8 + 4, counted
per term with grep).  Not entries: rows without a paper ('Reading Week', 'Thanksgiving | - | -',
'Kickoff', the ten 'Corona | Virus' rows of Spring 2020), venue links, the dblp links of the
Topics section.  Title = the link text as written (trailing spaces dropped, 'Practical Byzantine
Fault Tolerant (PBFT)' and 'LinearModels' kept as the file writes them); the RedLeaf link's
quoted URL title attribute is not text.  Ids: two papers can share a line, so each entry takes
the ids of its own link URL: DOIs from dl.acm.org/doi[/abs|/pdf]/10.xxxx URLs (including ACM's
10.5555 ones, written literally), arXiv ids from arxiv.org abs/pdf URLs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "nyu-systems__nyu-systems-seminar__README@590291d.md"
LINES = read_lines(NAME)
TERMS = {"Spring 2024": 2, "Fall 2023": 8, "Spring 2023": 17, "Spring 2021": 11, "Fall 2020": 8, "Spring 2020": 4}
LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")
NO_PAPER = ("Reading Week", "-", "Corona")


def main() -> None:
    papers, counts, term = [], {}, None
    for i, text in enumerate(LINES, 1):
        h = re.match(r"### (\w+ \d{4})", text)
        if h:
            term = h.group(1)
            continue
        if not text.startswith("|") or text.startswith(("| Date", "| ---")):
            continue
        cell = text.split("|")[3]
        links = list(LINK.finditer(cell))
        if not links:
            assert cell.strip() in NO_PAPER, (i, cell)
            continue
        for m in links:
            p = entry(LINES, i, i, m.group(1).strip())
            p["arxiv"], p["doi"] = arxiv_of(m.group(2)), doi_of(m.group(2))
            papers.append(p)
        counts[term] = counts.get(term, 0) + len(links)
    assert counts == TERMS, counts
    write_truth(NAME, "wild9_development", papers,
                "every '[Title](url)' link in a schedule row's 'Paper Title and Link' cell is an entry (two per row"
                " where joined by ' / '), title = the link text; rows without a paper (Reading Week, Thanksgiving,"
                " Kickoff, 'Corona | Virus') and venue links are not entries; ids from each entry's own link",
                "every row of the six term tables (links per term counted with grep: 2, 8, 17, 11, 8, 4 = 50), all 50"
                " titles against the file, the ' / ' pairs, the RedLeaf link with a quoted title attribute, ACM"
                " doi/abs/pdf URLs and 10.5555 DOIs, arXiv abs/pdf ids, the venue column left out")


if __name__ == "__main__":
    main()
