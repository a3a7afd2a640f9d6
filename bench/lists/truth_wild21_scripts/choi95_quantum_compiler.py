"""Wild21 truth for choi95/awesome-compilation-for-quantum-computing README.md: an awesome list of
quantum-compiler papers (quantum computing / compilers).

Under '## Papers', topics are bold lines ('**Quantum ISA**'); one topic ('Unified Compilation
Framework for Quantum Control') nests its sub-topics as bold bullets (' + **Compiler for Ion
Traps**') with the papers indented under them.  Each paper is a '+ [Title](url) - Authors, Venue,
Year' bullet (once ', Authors' after the link instead of ' - '); two bullets wrap, their venue
running onto the next line (lines 124-125 and 155-156), so those entries end one line later.
Entry = every '+ [..](..)' bullet between '## Papers' and '## Related-repos' (74 bullets) except
the one linking a Microsoft dev blog post ('Introducing Quantum Intermediate Representation
(QIR)', line 76): a blog post, not a paper -> 73 entries.  Title = the link text, a final '.'
inside it (line 150) dropped as a citation separator.  The sections after the papers (related
repos, a book, learning resources, conference and journal names) hold no entries.
Ids: arXiv from abs/pdf/html links (version dropped), DOIs from dl.acm.org/doi links.
Count checks: 74 '+ [' bullets in lines 30-171 (grep), 84 in the whole file (10 after line 171).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "choi95__awesome-compilation-for-quantum-computing__README@f981c11.md"
PART = "wild21_development"
LINES = read_lines(NAME)


def main() -> None:
    start = LINES.index("## Papers") + 1
    stop = LINES.index("## Related-repos") + 1
    papers, bullets, skipped = [], 0, []
    for i in range(start, stop):
        text = LINES[i - 1]
        m = re.match(r"\s*\+ \[(.+?)\]\((\S+?)\)", text)
        if not m:
            assert not re.match(r"\s*\+ \[", text), i
            continue
        bullets += 1
        if "devblogs.microsoft.com" in m.group(2):
            skipped.append(i)
            continue
        end = i
        nxt = LINES[i]
        if nxt.strip() and not nxt.lstrip().startswith(("+", "*", "<", "#")):
            end = i + 1  # venue wrapped onto the next line
        title = m.group(1).strip()
        title = title.removesuffix(".")
        papers.append(entry(LINES, i, end, title))
    assert bullets == 74, bullets
    assert skipped == [76], skipped
    assert sum(1 for p in papers if p["end"] > p["line"]) == 2
    assert [p["line"] for p in papers if p["end"] > p["line"]] == [124, 155]
    assert len(papers) == 73, len(papers)
    write_truth(NAME, PART, papers,
                "every '+ [Title](url) - authors, venue, year' bullet under '## Papers' (nested ones under bold"
                " sub-topic bullets included) is an entry, title = the link text (final '.' dropped); the one"
                " bullet linking a Microsoft dev-blog post is not a paper; two bullets wrap their venue onto the"
                " next line and end there; related repos, book, resources, venue lists are not entries",
                "all 73 entries' titles against their link text by eye, the two wrapped bullets (124-125,"
                " 155-156), the skipped blog bullet (76), bullet count 74 in the Papers section by grep")


if __name__ == "__main__":
    main()
