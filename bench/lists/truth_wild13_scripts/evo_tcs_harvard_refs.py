"""Wild13 truth for Evolutionary-Intelligence/DistributedEvolutionaryComputation TCS-(Theoretical-Computer-Science).md.

One venue page of a large bibliography of evolutionary computation: papers published in the journal
Theoretical Computer Science, written as Google Scholar 'Harvard' citations in '* ' bullets:
'* Authors, Year. Title. Theoretical Computer Science, vol(issue), pp.a-b. [ [www](sciencedirect url) ]'
sometimes followed by tags '( **ES** | **Continuous Optimization** )'.  Variants: the first bullet is
wrapped over three lines (authors and year; title; journal); one bullet links its title
('[Title](url). Theoretical Computer Science, ...'); one bullet has no '[ [www] ]' link; one nested
'  * ' bullet under the Jägersküpper 2006 paper cites its conference version ('..., 2003, June. Title.
In ICALP (pp. ...)').

Entries: every bullet, nested one included (25 = 24 top-level '* ' bullets + 1 nested, counted with
grep); lines = the bullet's own lines (3-5 for the wrapped one, else one line).  Auger 2005 appears twice
(lines 3-5 and 23): both are entries.  Title = the text between 'Year[, Month]. ' and the '. ' before the
venue ('Theoretical Computer Science' or 'In ICALP'); a title ending in '?' keeps it ('Do additional
target points speed up evolutionary algorithms?' -- the file writes '?.', the '.' is the separator).
The links are ScienceDirect 'pii' pages: no DOI, no arXiv id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "Evolutionary-Intelligence__DistributedEvolutionaryComputation__TCS-(Theoretical-Computer-Science)@97c2e7a.md"
LINES = read_lines(NAME)
CITE = re.compile(
    r"^\s*\* (?P<authors>.+?), (?P<year>\d{4})(?:, [A-Z][a-z]+)?\.\s+(?P<title>.+?)\.?\s+(?:Theoretical Computer Science|In ICALP)",
    re.DOTALL,
)


def main() -> None:
    papers = []
    i = 1
    while i <= len(LINES):
        text = LINES[i - 1]
        if not re.match(r"\s*\* ", text):
            i += 1
            continue
        end = i
        while end < len(LINES) and LINES[end].startswith("  ") and not LINES[end].lstrip().startswith("* "):
            end += 1
        own = "\n".join(LINES[i - 1 : end])
        m = CITE.match(own)
        assert m, i
        title = re.sub(r"\s+", " ", m.group("title"))
        lk = re.fullmatch(r"\[(.+)\]\(https?://[^)]+\)", title)
        if lk:
            title = lk.group(1)
        papers.append(entry(LINES, i, end, title))
        i = end + 1
    assert len(papers) == 25, [(p["line"], p["end"]) for p in papers]
    assert sum(1 for t in LINES if t.startswith("* ")) == 24
    assert sum(1 for t in LINES if t.startswith("  * ")) == 1
    write_truth(
        NAME,
        "wild13_development",
        papers,
        "every '* ' Harvard citation bullet (the nested conference-version bullet too) is an entry on its own lines;"
        " title = the text between 'Year[, Month]. ' and the '. ' before the venue, link text when linked, '?' kept",
        "all 25 bullets (24 top-level + 1 nested, grep), each title by eye against the file, the wrapped first"
        " bullet (lines 3-5), the linked title (line 6), the '?.' title (line 8), the repeated Auger 2005 paper;"
        " ScienceDirect pii links give no DOI",
    )


if __name__ == "__main__":
    main()
