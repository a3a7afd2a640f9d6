"""Wild45 truth for QData/deep2Read _pages/Basic2LearnDeep.md: the "Deep Learning Basics" page of Yanjun Qi's UVA
reading group site (deep2Read, Jekyll), "Basic Readings of Deep Learning We Finished Before 2017-Fall": what the
group read and watched before its paper sessions, as one raw HTML table in the Markdown page.

Shape (814 lines and a final newline): front matter (1-12), an anchor, "## The List of deep learning tutorials we have
read for Learning deep learning" (21), a "Last Edit" blockquote, an HTML-commented heading (27), a bulleted HTML list of
the six topic anchors (29-38), then "<table>" (46) to "</table>" (802) and a fixed-position HTML box of anchor links
(806-813).  Inside the table: six topic rows (a single "colspan=4" cell with an <h3>, 50, 278, 386-387, 505, 668-670,
725) each followed by a header row of four <th> cells (Tag, Title and Information, URLs (Paper/Video/Slide), Year)
wrapped in a stray "<h3><b>"; then one <tr> per reading, spread over 5-10 lines: a tag cell ("&check;GAN",
"DeepRBM"), a title cell, a cell of links labelled "(Video)", "(PDFslide)", "(PDF)", "(Arxiv)", "(Github)",
"(BlogExplain)", and a year cell; rows separated by blank lines and "<!--- topic -->" comments; a last
"many more exciting video tutorials @ videolectures.net" row (799-801).
Most rows are recorded talks (summer-school and conference videos with slides: "DLSS15: Leon Bottou: Multilayer Neural
Networks"), online courses ("[Coursera] Deep Learning — Andrew Ng", David Silver's course), a book ("[book] Deep
Learning — Ian Goodfellow, ..."), course syllabi (Smola, Cohen) and lecture slides (Sanjiv Kumar).  Papers are the
rows whose title cell starts "Paper:" (also "paper:", 314, 322) with "Title / Authors" (the slash with or without
spaces: "Title /Authors" 429, 438, 578, "Title/ Authors" 543, 693; "HyperNetworks / David Ha, Andrew Dai, Quoc V. Le / ICLR 2017"
with a venue after a second slash; titles alone: "Long Short-Term Memory" 519, "A Neural Algorithm of Artistic Style"
471), and two "Tutorial:" rows that are written papers (Bottou, Curtis and Nocedal's arXiv survey "Optimization
Methods for Large-Scale Machine Learning", 683; LeCun et al.'s "Efficient BackProp", a PDF, 693).
Special cases: a talk row (Hinton, DLSS12, 147-153) whose title cell ends "(Parts 1 / Relevant Paper: <a href=...
fastnc.pdf> A fast learning algorithm for deep belief nets </a>)"; the HyperNetworks row (646-655) opens its "<tr>"
right after the previous row's "</tr>" (645) and before two blank lines; title cells end with a line break before "</td>";
links: arXiv abs and pdf (one "v2"), a Nature PDF URL (nature20101), an ACM DL "citation.cfm?id=" URL, a colah blog
post after the LSTM PDF, a GitHub repository after the Artistic Style arXiv link.

Decisions:
- Entries (23): the 20 "Paper:" rows, the two "Tutorial:" rows that are papers (both PDFs of written articles; the
  other tutorials on the page are recorded talks), and the paper named inside the Hinton talk row (the row names
  its relevant paper with its full title and its own link: a record naming a talk and a paper gives one entry, the
  paper, on the row's lines).
- Not entries: talks, courses, the book, syllabi, slides, the videolectures row, the topic and header rows.
- Span: a row's "<tr>" line to its "</tr>" line.
- Title: the title cell after "Paper:"/"Tutorial:", cut at the first slash that begins the authors (" / ", " /",
  "/ "); the Hinton row's anchor text; whitespace trimmed.
- Ids: arXiv from the arXiv links (versionless); no DOI anywhere (the Nature URL holds an article id, the ACM
  citation.cfm URL an internal id, neither a DOI).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "QData__deep2Read___pages__Basic2LearnDeep@6bb9c8b.md"
PART = "wild45_development"

CELL = re.compile(r"<td[^>]*>(.*?)</td>", re.DOTALL)
KIND = re.compile(r"^(?P<kind>[Pp]aper|Tutorial):\s*(?P<rest>.+)$", re.DOTALL)
RELEVANT = re.compile(r'Relevant Paper: <a href="[^"]+" target="_blank">(?P<title>[^<]+)</a>')
TALK_TUTORIAL = ("Tutorial on Neural Network Optimization Problems", "NIPS15 Tutorial", "Tutorial of Energy-based")


def rows(lines: list[str]) -> list[tuple[int, int, str]]:
    """Each <tr>...</tr> of the table as (first line, last line, text)."""
    out = []
    first = None
    for n, text in enumerate(lines, 1):
        if first is None and "<tr" in text:
            first = n
        if first is not None and "</tr>" in text:
            out.append((first, n, "\n".join(lines[first - 1 : n])))
            first = None
    assert first is None
    return out


def main() -> None:
    lines = read_lines(NAME)
    assert lines[-1] == "" and len(lines) == 815, len(lines)
    papers = []
    kinds = []
    table = rows(lines)
    assert len(table) == 79, len(table)
    for first, last, text in table:
        cells = CELL.findall(text)
        if "colspan" in text or "<th>" in text:
            assert len(cells) <= 1, (first, cells)
            continue
        assert len(cells) >= 2, (first, text)
        title_cell = " ".join(cells[1].split())
        m = KIND.match(title_cell)
        rel = RELEVANT.search(text)
        if rel:
            assert not m
            papers.append(entry(lines, first, last, rel.group("title").strip()))
            kinds.append("relevant")
            continue
        if not m:
            continue
        rest = m.group("rest")
        title = re.split(r"\s*/\s*", rest, maxsplit=1)[0].strip()
        assert title and "/" not in title, (first, title)
        papers.append(entry(lines, first, last, title))
        kinds.append(m.group("kind").lower())
        assert not any(t in rest for t in TALK_TUTORIAL), (first, rest)
    assert kinds.count("paper") == 20 and kinds.count("tutorial") == 2 and kinds.count("relevant") == 1, kinds
    by_line = {p["line"]: p for p in papers}
    assert by_line[147]["title"] == "A fast learning algorithm for deep belief nets" and by_line[147]["end"] == 153
    assert not any(p["doi"] for p in papers)
    no_arxiv = sorted(p["line"] for p in papers if not p["arxiv"])
    assert no_arxiv == [147, 517, 541, 691], no_arxiv
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "In the one HTML table, each row whose title cell is a 'Paper:' (20) or a paper-type 'Tutorial:' (2), plus the"
        " 'Relevant Paper' named inside the Hinton talk row, is an entry spanning its <tr>..</tr> lines; title = the"
        " cell text after the label cut at the slash before the authors (the anchor text for the relevant paper);"
        " talks, courses, the book, syllabi and slides are not entries; arXiv ids from the links, no DOI (23).",
        "Whole table read (46-802) against the -v output: all 79 <tr> rows classified (6 topic rows, 6 header rows,"
        " 23 entries, the rest talks/courses/book/syllabi/slides and the videolectures row), every 'Paper:' title cut"
        " at its slash variant (429 ' /', 543 '/ ', 650 HyperNetworks with the venue after a second slash), the"
        " lower-case 'paper:' rows (314, 322), the two paper 'Tutorial:' rows (683, 693) kept and the talk tutorials"
        " (Goodfellow DLSS15, NIPS15, LeCun MLSS2005) left out, the Hinton row with its relevant paper (147-153),"
        " arXiv ids against the links (1609.03126 without v2), no id from the Nature, ACM citation.cfm, fastnc and"
        " lecun-98b links.",
    )


if __name__ == "__main__":
    main()
