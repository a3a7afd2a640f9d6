"""Wild truth for dair-ai/ML-Papers-of-the-Week README (Jan-Sep 2023): weekly tables '| **N). Title** - summary | [Paper](url), [Tweet](url) |'.

Every body row of a weekly table is an entry, title = the bold text with its 'N).', 'N)' or 'N.' number
(inside or before the bold) and a dash left inside the bold dropped.  The bold text is the
list's own short title for the paper (often shortened: 'Transformers as SVMs', 'Llama 2',
'QLoRA'); it is taken as the file writes it.  Rows that link the paper only as [Project] are
entries; the model cards and reports linked as [Paper] (Claude 2, GPT-4) are technical reports.
Not entries: 'Google AI Research Recap (2022 Edition)' (a blog post) and 'Multimodal Deep
Learning' (a book, linked as [Book]), the week index at the top and the newsletter/Discord lines.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, write_truth

NAME = "dair-ai__ML-Papers-of-the-Week__README@e153587.md"
PART = "wild_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    own = "\n".join(LINES[first - 1:last])
    t = tidy(clean(title)) if title is not None else None
    # four rows write 'arxiv.org/abs//2306.13575' (a doubled slash): the id is still written there
    PAPERS.append({"line": first, "end": last, "title": t or None,
                   "arxiv": arxiv_of(re.sub(r"(arxiv\.org/(?:abs|pdf))/+", r"\1/", own)), "doi": doi_of(own)})


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


NOT_PAPERS = ("Google AI Research Recap", "Multimodal Deep Learning")


def main() -> None:
    for i, text in enumerate(LINES, 1):
        if not text.startswith("|") or text.startswith(("| **Paper", "| ---")):
            continue
        m = re.match(r"\|\s*(?:\d+[).]\.?\s*)?\*\*(?:\d+\)\.?\s*)?(.+?)\*\*", text)
        title = re.sub(r"\s*-$", "", m.group(1).strip())
        if title.startswith(NOT_PAPERS):
            continue
        add(i, i, title)
    write("every body row of the weekly tables is an entry, title = the bold text without its number (the list's"
          " own short title for the paper); a blog-post recap and a book are left out",
          "the count (431 table lines = 36 headers + 36 separators + 359 rows; 357 entries + the blog recap and"
          " the book), 25 random rows (title, line, id), every row without an arXiv id (28: lab, Nature, JAMA,"
          " bioRxiv, OpenReview, ACL, project pages), the four 'abs//' arXiv links, the number and dash"
          " variants of the bold ('1)', '1).', '5.', '2) Title**', 'LLMs -**')")


if __name__ == "__main__":
    main()
