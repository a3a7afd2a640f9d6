"""Wild10 truth for cmput416/resources papers.md: the paper list of a program-analysis course (programming
languages and software engineering).

Shape: twenty '# Topic' headings (no preamble), each followed by bullets of one reference each:
'- Authors. <a href="url">Title</a>, VENUE 'yy.' or '- Authors. [Title](url), VENUE 'yy.' (HTML anchors
and Markdown links mixed, even within a section); a few add pages or a journal volume, one has no
venue ('[Automating Abstract Interpretation](pdf).').  Every bullet is a paper and an entry (one line);
title = the link text (a full stop inside one link text and a trailing space in another dropped; ASE's
'(T)' track mark kept as part of the printed title); DOI from the link when it holds one (doi.org,
dx.doi.org, doi.acm.org, LIPIcs DOIs); PDF links and 'dl.acm.org/citation.cfm?id=' links give none.
Counts per section (bullets counted by eye, then by awk): see PER_SECTION; 79 in all.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "cmput416__resources__papers@b8e2492.md"
PER_SECTION = {
    "Replication Studies": 3, "Exploratory Studies": 1, "User Studies": 4, "Abstract Interpretation": 2,
    "Lattice Thoery": 3, "Points-to and Call Graphs": 9, "IFDS & IDE": 8,
    "Analysis Frameworks and Infrastructure": 9, "Security": 5, "Android": 7, "Analyzing Dynamic Languages": 5,
    "Code Recommender Systems": 6, "Clone Detection": 2, "Program Synthesis": 2, "Probabilistic Programming": 3,
    "Machine Learning": 2, "Smart Contracts": 3, "Compiler Optimizations": 1, "Program Repair": 2, "Testing": 2,
}
LINK = re.compile(r'<a href="[^"]*">([^<]*)</a>|\[([^\]]*)\]\([^)]*\)')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    section = None
    for i, text in enumerate(lines, 1):
        if text.startswith("# "):
            section = text[2:]
            continue
        if not text.startswith("- "):
            assert text == "", i
            continue
        m = LINK.search(text)
        assert m and re.match(r"- [^\[<]+\. $", text[: m.start()]), i
        title = m.group(1) if m.group(1) is not None else m.group(2)
        papers.append(entry(lines, i, i, title))
        counts[section] = counts.get(section, 0) + 1
    assert counts == PER_SECTION, counts
    assert len(papers) == 79
    write_truth(NAME, "wild10_development", papers,
                "every bullet 'Authors. <a>Title</a>|[Title](url), Venue' under a topic heading is an entry (one line),"
                " title = the link text (final full stop and space dropped), DOI from the link when it holds one",
                "79 bullets counted per section by eye and by awk; every bullet matched as authors, then one link;"
                " every title read against its line; the links without DOI (author PDF, USENIX PDF, janvitek.org,"
                " citation.cfm) and the DOI forms (doi.acm.org, dx.doi.org, LIPIcs, Springer chapter) checked")


if __name__ == "__main__":
    main()
