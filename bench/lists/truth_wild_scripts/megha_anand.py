"""Wild truth for megha-anand/megha-anand.github.io publications.md: a chemist's publication page (Jekyll).

One paper per '#### [Title](doi link){:target="_blank"}' heading, followed by a '>' block quote
with the authors (Liquid '{{ site.cite.* }}' names), a '*Published*' date and the venue line
with '[DOI: ...](doi link)'.  Every heading is an entry (14, all journal articles); its lines run
from the heading to the last '>' line.  Title = the heading's link text (the kramdown
'{:target="_blank"}' attribute list is not text).  The DOI is the one of the heading's link
(doi.org, www.doi.org or dx.doi.org), lower-cased; no arXiv ids.  The front matter and the '---'
rules are not entries.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "megha-anand__megha-anand.github.io__publications@bbdda29.md"
PART = "wild_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


def main() -> None:
    for i, text in enumerate(LINES, 1):
        m = re.match(r"#### \[(.+)\]\((https?://[^)]+)\)\{:target=\"_blank\"\}$", text)
        if not m:
            assert not text.startswith("#"), i
            continue
        end = i
        while end < len(LINES) and LINES[end].startswith(">"):
            end += 1
        add(i, end, m.group(1))
    write("every '#### [Title](doi url)' heading with its '>' author/date/venue block is an entry; title = the"
          " heading's link text; DOI from the heading's doi.org link",
          "all 14 entries one by one against the file (titles, line ranges, DOIs, incl. the dx.doi.org and"
          " www.doi.org links and upper-case RSC DOIs lower-cased); front matter and '---' rules give no entry")


if __name__ == "__main__":
    main()
