"""Wild32 truth for CliMA/Oceananigans.jl docs/src/index.md: the documentation home page of an ocean
fluid-dynamics model, most of which (lines 131-305) is the list "Papers and preprints using Oceananigans".

Shape: a VitePress front block, install notes and contact bullets (not records; their links are tools,
forums and Slack).  Inline links in prose are not entries (line 27 "[fast!](doi)", line 88 "[preprint
submitted to ...](arXiv doi)").  Entries:
- lines 90-96: the overview paper the project asks users to cite, set as a blockquote ("> "Title"" /
  authors / "submitted to ..., arXiv:[2502.14148](...)"); it is not BibTeX boilerplate, so it counts;
- lines 103-129: six "model development papers", each a bullet "* **Author et al. (Year), ["Title"](doi).**"
  plus a blank line and an indented italic description; span = bullet through description; the title's
  own quote marks are dropped;
- lines 135-305: 86 one-line items "1. Authors (Year). [Title](doi), _Venue_, **vol**, pages. DOI: [..](..)",
  separated by blank lines; title = the first link text (final "." dropped, "?" kept).
Many items are arXiv preprints written only as 10.48550/arXiv DOIs; the helper gives both ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "CliMA__Oceananigans.jl__docs__src__index@4c09b08.md"
PART = "wild32_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    # the overview paper in a blockquote
    assert lines[89].startswith('> "High-level') and "2502.14148" in lines[95]
    papers.append(entry(lines, 90, 96, re.match(r'> "(.+)"', lines[89]).group(1)))
    # model development papers
    dev_start = next(i for i, ln in enumerate(lines, 1) if ln.startswith("We've also submitted"))
    list_head = next(i for i, ln in enumerate(lines, 1) if ln.startswith("## Papers and preprints"))
    bullets = [i for i in range(dev_start, list_head) if lines[i - 1].startswith("* **")]
    for k, first in enumerate(bullets):
        nxt = bullets[k + 1] if k + 1 < len(bullets) else list_head
        last = max(i for i in range(first, nxt) if lines[i - 1].strip())
        title = re.search(r'\["(.+?)"\]\(', lines[first - 1]).group(1)
        papers.append(entry(lines, first, last, title))
    assert len(bullets) == 6
    # the list of papers using Oceananigans
    n = 0
    for no in range(list_head + 1, len(lines) + 1):
        ln = lines[no - 1]
        if ln.startswith("1. "):
            title = re.search(r"\[(.+?)\]\(https?://", ln).group(1)
            papers.append(entry(lines, no, no, title))
            n += 1
        else:
            assert not ln.strip() or ln.startswith("If you have work"), (no, ln)
    assert n == 86, n
    assert len(papers) == 93, len(papers)
    write_truth(NAME, PART, papers,
                "The cite-this overview blockquote, the six model-development bullets and the 86 numbered items of "
                "'Papers and preprints using Oceananigans' are entries (title = quoted or first link text); prose links "
                "and install/contact bullets are not.",
                "Blockquote and the six bullets read by eye; the 86 one-line items checked first/last, every item with a "
                "title ending in '.', '?' or holding a colon, and a sample of 25 against the file.")


if __name__ == "__main__":
    main()
