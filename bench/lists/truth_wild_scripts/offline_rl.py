"""Wild truth for hanjuku-kaso/awesome-offline-rl README: '- [Title](url) [[code]](url)' with an '  - Authors. Venue, Year.' sub-bullet.

Entries: every top-level '- [' bullet of the '## Papers' section (surveys, theory/methods,
benchmarks, applications, off-policy evaluation and learning), running over its author
sub-bullet.  Title = the bullet's first link text.  Not entries: the maintainers, the contents,
the 'Open Source Software/Implementations' section (libraries, benchmark suites and datasets;
most link a [[paper]], but the bullet's subject is the software), blogs, podcasts, workshops and
tutorials/talks (videos and slides).  Repeated papers are separate entries.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, write_truth

NAME = "hanjuku-kaso__awesome-offline-rl__README@e89fcd8.md"
PART = "wild_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    own = "\n".join(LINES[first - 1:last])
    t = tidy(clean(title)) if title is not None else None
    doi = doi_of(own)
    if doi:
        doi = re.sub(r"/full/html$", "", doi)  # Emerald URLs add '/full/html' to the DOI
    PAPERS.append({"line": first, "end": last, "title": t or None, "arxiv": arxiv_of(own), "doi": doi})


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


def main() -> None:
    inside = False
    starts = []
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            inside = text.startswith("## Papers")
        if inside and text.startswith("- "):
            starts.append(i)
    for i in starts:
        end = i
        j = i + 1
        while j <= len(LINES) and LINES[j - 1].startswith(" "):
            end = j
            j += 1
        title = re.match(r"- \[(.+?)\]\(http", LINES[i - 1]).group(1)
        add(i, end, title)
    write("every top-level '- [Title](url)' bullet of the Papers section is an entry, with its author sub-bullet;"
          " title = the link text; software, blog, podcast, workshop and talk sections are not entries",
          "the count (1060 '- ' bullets in the Papers section, each a one-line title bullet plus one author"
          " sub-bullet; 868 arXiv links there, 868 entries with arXiv id), 25 random entries (title, lines, id),"
          " every bullet whose link is not arXiv/OpenReview/proceedings/ACM (19, all papers), all 29 DOIs"
          " (ACM, Springer, Emerald '/full/html' tail, T&F query), the software, blog, podcast, workshop and"
          " talk sections left out")


if __name__ == "__main__":
    main()
