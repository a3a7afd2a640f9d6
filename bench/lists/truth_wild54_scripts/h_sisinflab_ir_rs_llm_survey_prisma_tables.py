"""Wild54 truth for sisinflab/IR-RS-with-LLM-survey README.md: the companion repository of the systematic (PRISMA)
survey "A Survey of Information Retrieval and Recommender System in the era of Large Language Models: Two sides of
the same Task" (Politecnico di Bari / Cagliari); newest commit (05748a1, February 2026).  It lists every surveyed
paper in four wide pipe tables.

Shape: 654 lines, 152 KB.  The survey's title as the H1 heading (1) and again as a block quote after "for our survey
paper:" (5); prose on the PRISMA procedure with a figure and two fenced keyword lists (7-50); ``## The Surveyed
Papers`` with a four-bullet table of contents (52-59) and ``#### Computed Metrics`` prose with a fenced formula
(61-72); ``## The Included Collection`` (74) with ``### Infromation Retrieval`` (77, sic) and ``### Recommender
Systems`` (205), each split into ``#### Pre-GPT Era`` and ``#### LLM Era`` behind ``<a id=...>`` anchors.  Each of the
four tables has the header ``| Title | Authors | Year | Venue | Rank | Number of Citations | Normalized Citation |
Label |`` and rows ``| [Title.](https://doi.org/10.1038/S41746-025-01648-5) | Authors | 2025 | npj Digit. Medicine |
Q1 | 2 | 1.00 | Sparse Representation |``: IR pre-GPT 83-107 (25 rows), IR LLM era 113-202 (90), RS pre-GPT 211-357
(147), RS LLM era 363-631 (269).  Then data-analysis prose, an authors list with mailto links (641-649) and four
footnotes (651-654): ``[^1]: Page, Matthew J., et al. "The PRISMA 2020 statement: an updated guideline for reporting
systematic reviews." bmj 372 (2021).``, two web portals ([^2] ICORE, [^3] Scimago) and ``[^4]: Corresponding
auhtors.``

Special cases:
- Every title is the link text of the first cell and ends with the dblp-style period (``... guideline updates.``),
  tidied away; two end in ``?`` (332, 408) and keep it.  Author cells keep dblp spacing (``Sangyeop Kim ,``).
- Links are DOI resolvers (476 rows, ids taken as DOIs, lower-cased by the id helper) or dblp record pages (55 rows, no id).
- The PRISMA footnote [^1] (651) cites a BMJ article without a link: an entry, title in the quotes, no id.
- The survey's own title in the H1 (1) and in the block quote (5) is the page title / running text, not an entry;
  footnotes [^2]-[^4] are websites and a note.
- Four rows (155, 183, 466, 498) have ``N/A`` citations and a negative normalized citation (``-0.50``); still
  entries.
- 531 rows although the prose says 388 papers; no title repeats.

Decisions:
- Entry = every data row of the four tables (531, one line each), title = the first cell's link text; plus the
  PRISMA footnote (1).  Not entries: headers, dash rows, tables of contents, authors list, other footnotes.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "sisinflab__IR-RS-with-LLM-survey__README@05748a1.md"
PART = "wild54_development"

HEAD = "| Title | Authors | Year | Venue | Rank | Number of Citations | Normalized Citation | Label |"
ROW = re.compile(r"^\| \[(?P<title>[^\]]+)\]\((?P<url>https://(?:doi|dblp)\.org/[^ )]+)\) \| (?P<authors>[^|]+) \|"
                 r" (?P<year>\d{4}) \| (?P<venue>[^|]+) \| (?P<rank>[^|]+) \| (?P<cites>\d+|N/A) \| (?P<norm>-?[\d.]+) \|"
                 r" (?P<label>[^|]+) \|$")
PRISMA = re.compile(r'^\[\^1\]: Page, Matthew J\., et al\. "(?P<title>[^"]+)" bmj 372 \(2021\)\.$')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# A Survey of Information Retrieval and Recommender System"), lines[0]
    papers = []
    tables: list[int] = []
    inside = False
    for n, ln in enumerate(lines, 1):
        if ln == HEAD:
            inside = True
            tables.append(0)
            continue
        if not ln.startswith("|"):
            inside = False
            m = PRISMA.match(ln)
            if m:
                papers.append(entry(lines, n, n, m.group("title")))
            continue
        if ln == "|---|---|---|---|---|---|---|---|":
            continue
        assert inside, (n, ln)
        m = ROW.match(ln)
        assert m, (n, ln[:120])
        papers.append(entry(lines, n, n, m.group("title")))
        tables[-1] += 1
    assert tables == [25, 90, 147, 269], tables
    t = {p["line"]: p for p in papers}
    assert (t[83]["title"], t[83]["doi"]) == ("High-precision information retrieval for rapid clinical guideline updates",
                                              "10.1038/s41746-025-01648-5"), t[83]
    assert t[98]["title"] == "Information Retrieval in Software Engineering utilizing a pre-trained BERT model", t[98]
    assert (t[98]["doi"], t[98]["arxiv"]) == (None, None), t[98]
    assert t[332]["title"] == ("How well do pre-trained contextual language representations recommend labels for"
                               " GitHub issues?"), t[332]
    assert t[408]["title"] == "Lost in Sequence: Do Large Language Models Understand Sequential Recommendation?"
    assert t[631]["title"] == "LLANIME: Large Language Models for Anime Recommendations", t[631]
    assert (t[651]["title"], t[651]["doi"]) == (
        "The PRISMA 2020 statement: an updated guideline for reporting systematic reviews", None), t[651]
    assert sum(1 for p in papers if p["doi"]) == 476
    assert len(papers) == 532, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the four 8-column tables (IR pre-GPT 83-107, IR LLM era 113-202, RS pre-GPT 211-357, RS"
        " LLM era 363-631; 531 rows) is an entry, title = the link text of the Title cell (dblp-style final period"
        " tidied); plus the PRISMA 2020 statement cited in footnote [^1] (651), title in its quotes; the survey's"
        " own title in the H1 and block quote, the web-portal footnotes and the authors list are not entries.",
        "Checked all 531 rows by regex (8 cells each, doi.org or dblp.org link, no repeats) and read the -v output"
        " against the file for the first and last rows of each table (83, 107, 113, 202, 211, 357, 363, 631), the"
        " '?' titles 332/408, a sample of 40 rows across the tables, DOI ids on 476 doi.org rows (none on 55 dblp"
        " rows), and the footnotes 651-654.",
    )


if __name__ == "__main__":
    main()
