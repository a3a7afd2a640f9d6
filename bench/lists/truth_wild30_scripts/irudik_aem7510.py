"""Wild30 truth for irudik/aem7510 README.md: syllabus of a PhD course in environmental economics
(Cornell AEM 7510, 2025) on climate impacts, risk and adaptation.

Shape: "## Course Schedule" (line 84) has one "### Session N" heading per class, each followed by a
bullet list of Chicago-style references without links: "- Last, First, and Other. "Title." Journal
vol, no. (year): pages."; the required paper of a session is wrapped in ***bold italics***.  Titles are
mostly in double quotes; nine records give the title unquoted after the authors (100, 105, 106, 113
in APA order "(2021). Title. Journal", 136, 146, 192, 199, 200).  A title ending in "?" keeps the "?"
and drops the "." after it (130, 153).  Line 163 ends in a stray "f", kept in the span.

Not entries: the prose mention of Burke, Hsiang, and Miguel (2015) in the replication assignment (59);
line 177 "- Weitzman, van der Ploeg, Lemoine, hong ecta, " (a note naming authors only, no work
identified); the sessions without readings (11, 16); and the block of records at 201-205, which sits
inside an HTML comment "<!-- ... -->" and is not shown on the rendered page.  The handbook chapter at
112 (Carleton et al., "Adaptation to climate change", Handbook of the Economics of Climate Change) is a
scholarly work of its own and is an entry.  Deschênes-Greenstone at 98 and the comment at 99 share the
journal citation but are two entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "irudik__aem7510__README@9088d29.md"
PART = "wild30_development"

MANUAL = {
    100: "The marginal product of climate",
    105: "How much will global warming cool global growth?",
    106: "The Macroeconomic Impact of Climate Change: Global vs. Local Temperature",
    113: "The impact of temperature on productivity and labor supply: Evidence from Indian manufacturing",
    136: "Long-range forecasts as climate adaptation: Experimental evidence from developing-country agriculture",
    146: "How are insurance markets adapting to climate change? Risk selection and regulation in the market "
         "for homeowners insurance",
    192: "Spatial correlation, trade, and inequality: Evidence from the global climate",
    199: "Anticipating climate change across the united states",
    200: "Propagation of extreme heat in agriculture across sectors and space",
}
NOT_ENTRIES = {177}


def main() -> None:
    lines = read_lines(NAME)
    schedule = next(i for i, ln in enumerate(lines, 1) if ln.startswith("## Course Schedule"))
    comment = next(i for i, ln in enumerate(lines, 1) if ln.startswith("<!--"))
    papers = []
    for n in range(schedule, comment):
        ln = lines[n - 1]
        if not ln.startswith("- ") or n in NOT_ENTRIES:
            continue
        title = MANUAL.get(n)
        if title is None:
            title = re.search(r"\"(.+?)\"", ln).group(1)
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 60, len(papers)
    write_truth(NAME, PART, papers,
                "Every bullet of the course schedule (sessions 1-20) that cites a work is one entry, the quoted "
                "title (else the unquoted title after the authors) is its title; the HTML-commented session 22 "
                "block and an authors-only note are not entries.",
                "All 61 schedule bullets and the commented block read by eye against the file; every title checked "
                "to occur in its line.")


if __name__ == "__main__":
    main()
