"""Wild21 truth for jiayiliu/dnn_compression index.md: a model-compression literature page whose
main list is a Pandoc *simple table* (space-aligned columns, a dashed rule under the header, no pipes).

Shape: 15 lines of HTML (script, stylesheet, analytics) before `# Model Compression`; an
"Existing collections" part with one linked repository (`+ [Knowledge Distillation](github)`, a
code repo: not an entry) and one linked survey paper under `### Survey paper` (an entry); a
`## Tools` part of five linked tools (not entries); then `## Literature Summry` with the table
`Year  Author  Title  Venue  Pruning  Distillation`, one paper per row, the title cell a Markdown
link `[Title](url)`, flags `x` in the last columns.  The last line has no closing newline.

Entry: the survey bullet (line 29) and every table row (a line starting with two spaces and a
four-digit year).  Title: the link text.  Count check: 57 rows by `grep -c '^  [12][0-9]{3}  '`,
plus the survey = 58.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "jiayiliu__dnn_compression__index@401be33.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    section = ""
    rows = 0
    for i, text in enumerate(LINES, 1):
        if text.startswith("#"):
            section = text.strip("# ").strip()
            continue
        if section == "Survey paper" and text.startswith("+ ["):
            m = re.match(r"\+ \[(.+?)\]\(", text)
            papers.append(entry(LINES, i, i, m.group(1)))
        elif section == "Literature Summry" and re.match(r"  [12]\d{3}  ", text):
            m = re.search(r"\[(.+?)\]\(", text)
            papers.append(entry(LINES, i, i, m.group(1)))
            rows += 1
    assert rows == 57, rows
    assert len(papers) == 58, len(papers)
    write_truth(NAME, "wild21_development", papers,
                "the survey bullet under 'Survey paper' and every row of the Pandoc simple table (space-aligned,"
                " no pipes) under 'Literature Summry'; title = the link text of the Title column; the linked"
                " repository and the tools are not entries",
                "all 58 entries against the file: titles (incl. 'Do deep nets really need to be deep?', the"
                " non-chronological XNOR-Net row), arXiv ids from abs/pdf links, OpenReview/CVF/NIPS/AAAI links"
                " without ids, the Frontiers link without DOI text; the HTML head, repo link and tools left out")


if __name__ == "__main__":
    main()
