"""Wild truth for Douwe-Spaanderman/Radiomics-papernotes README: '- [:blue_book:](notes) Title [[paper](url)]' under year headings.

Entries: every '- ' bullet under the Traditional Radiomics, Deep Radiomics and Deep Learning
Methods headings, noted (':blue_book:'/':green_book:' link to the note) or '[TODO]'.  Title = the
text between that tag and ' [[paper]'.  One bullet, '- :blue_book: Preprint Starmans et al.',
records a preprint without naming its title: an entry with title null.  Not entries: the
'Content: - TODO' line and the template bullets and empty MISC section inside HTML comments.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "Douwe-Spaanderman__Radiomics-papernotes__README@0f904eb.md"
PART = "wild_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


def main() -> None:
    inside = False
    comment = False
    for i, text in enumerate(LINES, 1):
        if text.startswith("<!--"):
            comment = True
        if text.startswith("-->"):
            comment = False
            continue
        if text.startswith("### "):
            inside = True
        if comment or not inside or not text.startswith("- "):
            continue
        body = re.sub(r"^- (\[:\w+:\]\([^)]*\)|\[TODO\]|:\w+:)\s*", "", text)
        m = re.match(r"(.*?)\s*\[\[paper\]", body)
        title = m.group(1) if m else None  # 'Preprint Starmans et al.' names no title
        add(i, i, title)
    write("every '- ' bullet under the three radiomics/deep-learning headings (outside HTML comments) is an entry;"
          " title = the text between the note tag or [TODO] and ' [[paper]', null for the one untitled preprint",
          "all 30 entries against the file (34 '- ' lines = 30 + the Content TODO + 3 commented template lines):"
          " titles, lines, the 10 arXiv ids, the Springer (one percent-encoded) and Wiley DOIs, PII and journal"
          " URLs giving no DOI, the untitled preprint on line 21")


if __name__ == "__main__":
    main()
