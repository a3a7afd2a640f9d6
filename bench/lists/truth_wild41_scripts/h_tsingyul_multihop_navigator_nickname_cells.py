"""Wild41 truth for TsingyuL/multi-hop-rag-survey docs/literature_navigator.md: the "literature navigator" page of a
survey's research hub (multi-hop retrieval-augmented generation) -- small pipe tables whose "Representative
papers" / "Start with" cell links one to three papers by nickname; newest commit (2026-08-12).

Shape: title and two intro paragraphs (1-12; repository-relative links to a reference library, a codebook and an
audit summary), ``## Start with your question`` with a 3-column table of challenge names and no links (16-22),
then five sections ``## 1. Next-Hop Discovery`` .. ``## 5. Evidence Composition``, each a short paragraph and a
table ``| Family | Representative papers | What to inspect |`` (rows 32-35, 45-47, 57-60, 70-72, 82-85).  The
middle cell lists ``[Nickname](url)`` links separated by ``, `` (one link only in 84): method nicknames
(``GoldEn Retriever``, ``MDR``, ``Self-Ask``, ``Search-R1``, ``S3HQA`` ...), never titles.  Links go to the ACL
Anthology (most), OpenReview forums, NeurIPS proceedings, arXiv abs pages (35, 58, 71) and a doi.org DOI (57).
``## Benchmark reading paths`` (87) has ``| Evaluation need | Start with | Important caution |`` (89-95): the
middle cell links one dataset paper or two joined by `` and `` (92, 95) by dataset name (HotpotQA, MuSiQue,
HoVer, QASC, HybridQA ...).  A closing numbered list (99-105) and paragraph link only repository pages.  Several
papers are listed twice: DecompRC (33, 83), MIGRES and S2G-RAG (34, 59), HybridQA and MultiModalQA (85, 95).

Decisions:
- Every paper link in a Representative-papers or Start-with cell is one entry (a cell naming two or three papers
  is two or three entries on the same line): 11 + 8 + 8 + 6 + 10 method papers and 7 benchmark papers = 50.
  Title = null (only a nickname or dataset name); arXiv id / DOI from that link's own URL (the line holds
  several, so the ids are set per link).  Repeated papers are separate entries.
- Not entries: the question table 16-22 (challenge names), the What-to-inspect cells, the links to repository
  pages (9-11, 100, 103).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "TsingyuL__multi-hop-rag-survey__docs__literature_navigator@a7ee2e4.md"
PART = "wild41_development"

TABLES = {
    "| Family | Representative papers | What to inspect |": [(32, 35), (45, 47), (57, 60), (70, 72), (82, 85)],
    "| Evaluation need | Start with | Important caution |": [(91, 95)],
}
LINK = re.compile(r"\[(?P<name>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)")
SEP = {"| Family | Representative papers | What to inspect |": ", ",
       "| Evaluation need | Start with | Important caution |": " and "}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_table = []
    for header, spans in TABLES.items():
        for first, last in spans:
            assert lines[first - 3] == header and lines[first - 2] == "| --- | --- | --- |", first
            assert not lines[last].strip(), last
            count = 0
            for n in range(first, last + 1):
                cells = lines[n - 1].split(" | ")
                assert len(cells) == 3, n
                cell = cells[1]
                links = LINK.findall(cell)
                assert links and LINK.sub("", cell).replace(SEP[header].strip(), "").strip(" ,") == "", (n, cell)
                assert not LINK.search(cells[0]) and not LINK.search(cells[2]), n
                for _name, url in links:
                    p = entry(lines, n, n, None)
                    p["arxiv"] = arxiv_of(url)
                    p["doi"] = doi_of(url)
                    papers.append(p)
                    count += 1
            per_table.append(count)
    assert per_table == [11, 8, 8, 6, 10, 7], per_table
    assert len(papers) == 50, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every [Nickname](url) paper link in the Representative-papers cells of the five challenge tables and in"
        " the Start-with cells of the benchmark table is one entry (several per line), title null (nickname or"
        " dataset name only), arXiv id/DOI from that link's URL; the question table, What-to-inspect cells and"
        " repository-page links are not entries.",
        "Whole 110-line file read; every table row listed with its links and the 50 entries compared with the -v"
        " output: per-link ids on multi-link lines (arXiv 35 Search-R1/RAG-Gym, 58 Stop-RAG, 71 RetroRAG; DOI 57"
        " IDRQA; none for ACL Anthology, OpenReview, NeurIPS, AAAI), the single-link row 84, the 'and'-joined"
        " benchmark cells 92/95, repeated papers 33/83, 34/59, 85/95; the link-free question table 16-22 and the"
        " repository links 9-11/100/103 checked to be no entries.",
    )


if __name__ == "__main__":
    main()
