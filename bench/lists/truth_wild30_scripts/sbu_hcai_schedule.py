"""Wild30 truth for human-centered-ai-sbu/human-centered-ai-sbu.github.io _pages/schedule.md: the
schedule page of a Stony Brook graduate course on (human-centered) large language models.

Shape: a Jekyll page whose body is one raw HTML ``<table>`` (no Markdown table at all).  Each
"Lecture N" row has a fourth cell ``<p>Readings:</p><ul>...</ul>`` with one
``<li><a href="URL" ...>Title</a></li>`` per reading, one per line (lines 61-276).  Every such
``<li>`` is an entry on its own line, title = the anchor text.  Special cases:

- line 62 ``The Illustrated Transformer`` (jalammar.github.io blog post) is not an entry.
- line 105 ``DataDecide: ...`` links to the Ai2 blog, but its text is the title of the DataDecide
  paper; it is kept as an entry (no ids).
- line 208 keeps the parenthetical nickname ``(InstructGPT)`` that the file writes inside the title.
- line 210 (DPO) links to arXiv 2212.08073, the Constitutional AI id of line 209; the truth
  records the id the line writes.
- lines 254/276 are Science / Science Advances articles whose URLs carry the DOI; line 255 is a
  law-review article (PDF, no id).
- the "Presentation N" rows hold only the placeholder ``Presentation paper: [link]``: no entries.
- the ``<style>`` block in the front matter (lines 1-43) and section rows are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "human-centered-ai-sbu__human-centered-ai-sbu.github.io___pages__schedule@51c5148.md"
PART = "wild30_development"

NOT_PAPERS = {62}  # blog post

LI = re.compile(r'^\s*<li><a href="[^"]*"[^>]*>(.+?)</a></li>\s*$')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = LI.match(ln)
        if not m or n in NOT_PAPERS:
            continue
        papers.append(entry(lines, n, n, m.group(1)))
    assert len(papers) == 26, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each <li><a ...>Title</a></li> reading inside the HTML schedule table is one entry titled by "
        "its anchor text; the jalammar 'Illustrated Transformer' blog post and the 'Presentation paper: "
        "[link]' placeholders are not entries; the DataDecide blog link is kept since it names the paper.",
        "Every <li> of the file read by eye against the output (27 readings, 26 entries); the DPO line's "
        "Constitutional-AI arXiv id kept as written.",
    )


if __name__ == "__main__":
    main()
