"""Wild truth for YangLinyi/FinNLP-Progress NLP-based_Financial_Forecasting README: tables '| Reference | [Title](url) | Data | Model | ... | Venue |'.

Every body row of the section tables (stock movement, returns, portfolios, trading, forecasting
skill, interpretable models, discourse, visualization, other) is an entry, title = the linked
text of the Paper cell (second cell).  One row is left out: Markowitz et al. (2000) 'Mean-variance
analysis in portfolio choice and capital markets', a book (its link is Google Books).  The
Duan et al. row that repeats Ding et al.'s title and link is an entry as written.  Ids come from
the row's line; in every row the Paper cell is the first to give a DOI or arXiv id (Venue-cell
proceedings links come after it).
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "YangLinyi__FinNLP-Progress__NLP-based_Financial_Forecasting__README@5f581c4.md"
PART = "wild_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


BOOKS = ("Mean-variance analysis in portfolio choice and capital markets",)


def main() -> None:
    for i, text in enumerate(LINES, 1):
        if not text.startswith("|") or text.startswith(("| Reference", "|-")):
            continue
        cells = text.strip().strip("|").split("|")
        m = re.match(r"\s*\[(.+?)\]\(", cells[1])
        if m.group(1).startswith(BOOKS):
            continue
        add(i, i, m.group(1))
    write("every body row of the section tables is an entry, title = the linked text of the Paper cell;"
          " one row naming a book (Google Books link) is left out",
          "all 64 entries against their rows (65 body rows = 83 '|' lines less 9 headers and 9 separators;"
          " the one book row left out): titles, arXiv ids, the 13 DOIs each from the Paper cell (ACM with"
          " casa_token queries, percent-encoded Springer, SIAM, World Scientific), Venue-cell proceedings"
          " links after them")


if __name__ == "__main__":
    main()
