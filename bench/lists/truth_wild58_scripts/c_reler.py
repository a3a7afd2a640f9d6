"""Wild58 truth for layumi/reler-lab.github.io-2 publications.md at ad5afb2 (2022-06-19): the "Publication" page of
the ReLER lab site (Jekyll), "the full publication list of ReLER since 2016", written by hand.

Shape: 1187 lines, 51 KB.  Front matter (1-4), an HTML comment (6), intro (8), year-anchor links (10-12), ``<hr>``
(14), then "## Conferences" (16) with "### 2022" ... "### 2016" (18-718) and "## Journals" (757) with "### 22" ...
"### 16" (759-1144).  One paragraph a paper, paragraphs separated by blank lines:
``_Title_<br>`` / ``Authors<br>`` / ``Venue, Year [links]``, sometimes with extra link lines after the venue
(294-298: four ``[[Explore ...]]``/``[[Code]]`` lines; 685, 928).

Special cases:
- 814-815: the title's closing underscore is on the next line, after a stray word: ``_Art-up: A novel method for
  generating scanning-robust aesthetic qr codes`` / ``Authors_<br>``; the real authors follow on 816.  Title = the
  text on 814; "Authors" is a pasted label, not part of the title.
- 340: the title ends with a period inside the underscores (``_ActBERT: ... Representations._<br>``): dropped.
- After "### 2018", "### 2017", "### 18", "### 17", "### 16" (573, 661, 992, 1075, 1144) the first
  paper follows the heading with no blank line: the entry starts at its title line, the heading is not part of it.
- Venue lines carry ``([URL](...))``, ``[[Paper]]``, ``[[Code]]`` links; arXiv ids come from arxiv.org links there
  (e.g. 293 -> 2002.12186, 334 -> 1912.11164).  No DOIs are written.
- Some papers are listed twice (in a conference and a journal year): each listing is its own entry.

Decisions:
- Entry = every paragraph whose first line (after a heading, if any) starts with ``_``: 278 entries.  Span = title
  line through the last line of the paragraph.  Title = the text between the underscores, trailing period dropped.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "layumi__reler-lab.github.io-2__publications@ad5afb2.md"
PART = "wild58_development"

TITLE = re.compile(r"^_(.+?)_\s*<br>\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    total = len(lines)
    while n <= total:
        ln = lines[n - 1]
        if ln.startswith("_"):
            last = n
            while last < total and lines[last].strip():
                last += 1
            m = TITLE.match(ln)
            if m:
                title = m.group(1).strip()
            else:
                assert n == 814, (n, ln)
                title = ln[1:].strip()
            title = title.rstrip(".").strip()
            papers.append(entry(lines, n, last, title))
            n = last + 1
            continue
        n += 1
    by = {p["line"]: p for p in papers}
    assert len(papers) == 278, len(papers)
    assert by[20]["title"] == "Large-scale Video Panoptic Segmentation in the Wild: A Benchmark", by[20]
    assert by[340]["title"] == "ActBERT: Learning Global-Local Video-Text Representations", by[340]
    assert by[814]["title"] == "Art-up: A novel method for generating scanning-robust aesthetic qr codes", by[814]
    assert by[814]["end"] == 817, by[814]
    assert by[291]["arxiv"] == "2002.12186", by[291]
    assert by[291]["end"] == 298, by[291]
    assert by[332]["arxiv"] == "1912.11164", by[332]
    assert papers[-1]["line"] == 1185, papers[-1]
    write_truth(
        NAME,
        PART,
        papers,
        method="One paragraph a paper: '_Title_<br>' / 'Authors<br>' / 'Venue, Year [links]' (sometimes more link"
        " lines), under '### year' headings in '## Conferences' and '## Journals'.  Every paragraph starting with"
        " '_' (after a heading with no blank line, the title line) is one entry, span = title line to the end of"
        " the paragraph.  Title = text between the underscores, trailing period dropped; at 814-815 the closing"
        " underscore follows a stray 'Authors' on the next line, so the title is the text of 814.",
        checked="Counted the '_' title lines (278) against the paragraphs, read every title and span in the -v"
        " output against the file, the broken title at 814-815, the heading+paper paragraphs (573, 661, 992, 1075,"
        " 1144), the multi-line link tails (291-298, 684-685, 926-928) and the arXiv ids from arxiv.org links.",
    )


if __name__ == "__main__":
    main()
